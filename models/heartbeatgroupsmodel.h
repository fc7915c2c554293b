#pragma once

#include "watch/heartbeatpolicy.h"

#include <QAbstractTableModel>
#include <QVector>

// The heartbeat groups of the settings page (docs/watch.md, "Heartbeat settings"), in their order:
// the first group that takes an agent decides its interval, its missed heartbeats and whether it
// is never Offline. The page edits them here; they are saved with the rest of the settings.
class HeartbeatGroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, AppliesTo, Interval, Offline, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setGroups(const QVector<HeartbeatGroup> &groups);
    const QVector<HeartbeatGroup> &groups() const { return m_groups; }
    // The names of every group but the one at `row` (-1: all), for a name that must be new.
    QStringList namesExcept(int row) const;

    void append(const HeartbeatGroup &group);
    void replace(int row, const HeartbeatGroup &group);
    void remove(int row);
    // Moves the group at `row` one place up (-1) or down (+1); false when it cannot.
    bool move(int row, int step);

    // What a group applies to, in a line ("IPv4 10.0.0.0/24; computers nb-001").
    static QString appliesToText(const ::AppliesTo &appliesTo);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void groupsChanged();

private:
    QVector<HeartbeatGroup> m_groups;
};
