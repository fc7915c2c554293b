#pragma once

#include "endpoint/securitystatus.h"

#include <QSortFilterProxyModel>

#include <optional>

// What the results page shows: every endpoint, or those of one security status (the number
// links of the Security Status section open the results this way), sorted as the user asks.
class ResultsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultsFilterModel(QObject *parent = nullptr);

    void setStatusFilter(std::optional<SecurityStatus> status);
    std::optional<SecurityStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<SecurityStatus> m_status;
};
