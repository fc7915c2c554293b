#pragma once

#include "logtablemodel.h"
#include "store/heartbeatrecord.h"

// The events as the Events page shows them (docs/watch.md, "Events"): one row per event, newest
// first, with the kinds and states in the administrator's words.
class EventsModel : public LogTableModel<ComputerEvent>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        ComputerColumn,
        AddressColumn,
        FromColumn,
        ToColumn,
        DetailColumn,
        ColumnCount
    };

    using LogTableModel::LogTableModel;

    // Oldest first, as the store gives them; shown newest first.
    void setEvents(QVector<ComputerEvent> events);
    const ComputerEvent &event(int row) const { return this->row(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Every kind's key, in the order the page offers them.
    static QStringList kinds();
    // The words for a kind's key ("went-offline" -> "Went offline").
    static QString kindName(const QString &key);
    // The words for a state's key: a heartbeat state, or a security status; the key itself when
    // it is neither (a health state, stored by a newer osmgmt).
    static QString stateName(const QString &key);

protected:
    QStringList headers() const override;
};
