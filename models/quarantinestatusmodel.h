#pragma once

#include "quarantine/quarantineroster.h"

#include <QAbstractTableModel>
#include <QVector>

// The Computer Quarantine Status report as its page shows it (reference 001, docs/quarantine.md):
// one row per quarantined, pending or released computer, in address order.
class QuarantineStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ComputerColumn,
        AddressColumn,
        StateColumn,
        ReasonColumn,
        PolicyColumn,
        SinceColumn,
        GraceEndsColumn,
        MissingCvesColumn,
        WhyColumn,
        ColumnCount
    };
    // Qt::UserRole: the row's state key ("quarantined", "pending", "released").
    static constexpr int StateKeyRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<QuarantineEntry> entries);
    const QVector<QuarantineEntry> &entries() const { return m_entries; }
    int count(QuarantineState::State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const QuarantineEntry &entry, int column) const;

    QVector<QuarantineEntry> m_entries;
};
