#include "resultsfiltermodel.h"

#include "resultsmodel.h"

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ResultsFilterModel::setStatusFilter(std::optional<SecurityStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ResultsModel::StatusRole).value<SecurityStatus>() == *m_status;
}
