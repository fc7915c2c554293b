#pragma once

#include "endpoint/securitystatus.h"
#include "store/queryrecord.h"

#include <QAbstractTableModel>

#include <optional>

// The overview's figures for one query: a row per security status with its count, its share of
// every computer found and the change since the previous completed query. "Protected" is
// Managed by this server (ResultChanges says the same), so coverage() is that row's share. The
// counts come from the store's per-status counts of the query (QueryRecord::statusCounts), so a
// query of a million endpoints costs nothing here.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, CountColumn, ShareColumn, ChangeColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // SecurityStatus of the row
        CountRole, // qint64
        ShareRole, // double in [0, 1]
        ChangeRole, // qint64 since the previous query; invalid without one
    };

    explicit CoverageModel(QObject *parent = nullptr);

    // `previous`: the completed query before `latest`, if any.
    void setQueries(std::optional<QueryRecord> latest, std::optional<QueryRecord> previous);
    const std::optional<QueryRecord> &latest() const { return m_latest; }
    const std::optional<QueryRecord> &previous() const { return m_previous; }

    qint64 total() const;
    qint64 count(SecurityStatus status) const;
    // The change of `status` since the previous query; none without a previous query.
    std::optional<qint64> change(SecurityStatus status) const;
    // Protected out of all found, in [0, 1]; none when the latest query found nothing.
    std::optional<double> coverage() const;
    static SecurityStatus statusOfRow(int row) { return SecurityStatuses::all[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "+3", "−2" (a true minus sign), "0": how the overview writes a change.
    static QString changeText(qint64 change);

private:
    std::optional<QueryRecord> m_latest;
    std::optional<QueryRecord> m_previous;
};
