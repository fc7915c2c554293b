#include "heartbeatgroupsmodel.h"

void HeartbeatGroupsModel::setGroups(const QVector<HeartbeatGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
    emit groupsChanged();
}

QStringList HeartbeatGroupsModel::namesExcept(int row) const
{
    QStringList names;
    for (int i = 0; i < m_groups.size(); ++i)
        if (i != row)
            names.append(m_groups.at(i).name);
    return names;
}

void HeartbeatGroupsModel::append(const HeartbeatGroup &group)
{
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    m_groups.append(group);
    endInsertRows();
    emit groupsChanged();
}

void HeartbeatGroupsModel::replace(int row, const HeartbeatGroup &group)
{
    if (row < 0 || row >= m_groups.size())
        return;
    m_groups[row] = group;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit groupsChanged();
}

void HeartbeatGroupsModel::remove(int row)
{
    if (row < 0 || row >= m_groups.size())
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
    emit groupsChanged();
}

bool HeartbeatGroupsModel::move(int row, int step)
{
    const int to = row + step;
    if (row < 0 || row >= m_groups.size() || to < 0 || to >= m_groups.size() || step == 0)
        return false;
    // beginMoveRows names the row the moved one goes before: one further when moving down.
    if (!beginMoveRows({}, row, row, {}, step > 0 ? to + 1 : to))
        return false;
    m_groups.move(row, to);
    endMoveRows();
    emit groupsChanged();
    return true;
}

QString HeartbeatGroupsModel::appliesToText(const ::AppliesTo &appliesTo)
{
    QStringList parts;
    QStringList ranges;
    for (const Ipv4Range &range : appliesTo.ipv4Ranges)
        ranges.append(range.toString());
    QStringList prefixes;
    for (const Ipv6Prefix &prefix : appliesTo.ipv6Prefixes)
        prefixes.append(prefix.toString());
    const QString separator = QStringLiteral(", ");
    if (!ranges.isEmpty())
        parts.append(tr("IPv4 %1").arg(ranges.join(separator)));
    if (!prefixes.isEmpty())
        parts.append(tr("IPv6 %1").arg(prefixes.join(separator)));
    if (!appliesTo.adContainers.isEmpty())
        parts.append(tr("AD %1").arg(appliesTo.adContainers.join(QStringLiteral("; "))));
    if (!appliesTo.computers.isEmpty())
        parts.append(tr("computers %1").arg(appliesTo.computers.join(separator)));
    return parts.join(QStringLiteral("; "));
}

int HeartbeatGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int HeartbeatGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeartbeatGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HeartbeatGroup &group = m_groups.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == AppliesTo)
        return appliesToText(group.appliesTo);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return group.name;
    case AppliesTo:
        return appliesToText(group.appliesTo);
    case Interval:
        return tr("%1 min").arg(group.interval.count() / 60);
    case Offline:
        return group.neverOffline ? tr("Never offline")
                                  : tr("After %1 missed").arg(group.missesForOffline);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HeartbeatGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Group");
    case AppliesTo:
        return tr("Applies to");
    case Interval:
        return tr("Interval");
    case Offline:
        return tr("Offline");
    case ColumnCount:
        break;
    }
    return {};
}
