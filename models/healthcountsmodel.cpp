#include "healthcountsmodel.h"

HealthCountsModel::HealthCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HealthCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : healthIndicatorCount + 1;
}

int HealthCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : healthStateCount;
}

QVariant HealthCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthState state = columnStates[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return count(index.row(), state);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case StateRole:
        return int(state);
    default:
        return {};
    }
}

QVariant HealthCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= healthStateCount)
            return {};
        return HealthKeys::displayName(columnStates[size_t(section)]);
    }
    if (section == 0)
        return tr("Computers");
    if (section < 0 || section > healthIndicatorCount)
        return {};
    return HealthKeys::displayName(HealthIndicator(section - 1));
}

void HealthCountsModel::setCounts(
    const std::array<std::array<int, healthStateCount>, healthIndicatorCount + 1> &counts)
{
    m_counts = counts;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}
