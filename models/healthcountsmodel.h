#pragma once

#include "healthdata.h"

#include <QAbstractTableModel>

// The Summary page's counts (issue 12, point 3; reference 001, the SEP Agent Health summary):
// one row for the computers overall and one per indicator, one column per state (Needs
// attention, Untracked, No data available, Healthy), each cell a number of computers.
class HealthCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The states in the order the page shows them: what needs a look first.
    static constexpr std::array<HealthState, healthStateCount> columnStates {
        HealthState::NeedsAttention, HealthState::Untracked, HealthState::NoData,
        HealthState::Healthy
    };
    // Row 0 is the overall state; row 1 + i is HealthIndicator i.
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit HealthCountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCounts(
        const std::array<std::array<int, healthStateCount>, healthIndicatorCount + 1> &counts);
    int count(int row, HealthState state) const { return m_counts[size_t(row)][int(state)]; }

private:
    std::array<std::array<int, healthStateCount>, healthIndicatorCount + 1> m_counts {};
};
