#include "healthcomputersmodel.h"

HealthComputersModel::HealthComputersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HealthComputersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthComputersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList HealthComputersModel::attentionOf(const HealthVerdict &verdict)
{
    QStringList names;
    for (int i = 0; i < healthIndicatorCount; ++i)
        if (verdict.indicators[size_t(i)] == HealthState::NeedsAttention)
            names << HealthKeys::displayName(HealthIndicator(i));
    return names;
}

QVariant HealthComputersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthRow &row = m_rows.at(index.row());
    if (role == AddressRole)
        return row.snapshot.address;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.snapshot.name;
    case Address:
        return row.snapshot.address;
    case NeedsAttention:
        return attentionOf(row.verdict).join(tr(", "));
    case StoppedServices:
        return row.verdict.stoppedServices.join(tr(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HealthComputersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Computer");
    case Address:
        return tr("Address");
    case NeedsAttention:
        return tr("Needs attention");
    case StoppedServices:
        return tr("Stopped services");
    case ColumnCount:
        break;
    }
    return {};
}

void HealthComputersModel::setRows(QVector<HealthRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
