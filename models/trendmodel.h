#pragma once

#include "endpoint/securitystatus.h"
#include "search/adtree.h"
#include "store/containercounts.h"
#include "store/queryrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

#include <optional>

// Trends: every status's count across the stored completed queries of one scope, oldest first,
// within a window of days back from the Clock's now (90 by default). A row per query: its start,
// then a column per status in the order of SecurityStatuses::all. Queries are of one scope when
// they covered the same scope (QueryRecord::scopeJson): a trend mixing a /24 with a /16 would
// show a network growing that only was looked at more widely.
//
// The trend can be narrowed to one AD container (its computers and those of the containers under
// it), as it is to a scope: the counts per container of each query are read by the session
// (ContainerCountReader) for the queries uncountedQueries() names, and kept, since a completed
// query never changes.
class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        QueryIdRole = Qt::UserRole + 1, // qint64, any column
        StartedRole, // QDateTime UTC, any column
        CountRole, // qint64, a status column
        StatusRole, // SecurityStatus of a status column (also in its header)
    };
    static constexpr int StartedColumn = 0;
    static constexpr int defaultDays = 90;

    explicit TrendModel(QObject *parent = nullptr);

    // Every stored query, in any order; the scope kept is the newest query's unless the one
    // chosen before is still among them.
    void setQueries(const QVector<QueryRecord> &queries);
    // The scopes of the stored completed queries, newest first, as their JSON.
    const QVector<QByteArray> &scopes() const { return m_scopes; }
    void setScope(const QByteArray &scopeJson);
    const QByteArray &scope() const { return m_scope; }
    // 0: every stored query, however old.
    void setDays(int days);
    int days() const { return m_days; }

    // Whether the scope chosen holds AD objects: only then is there a container to choose.
    bool scopeHasDirectory() const { return m_scopeHasDirectory; }
    // The queries shown (the scope's, within the days) whose container counts are not yet known;
    // empty when the scope holds no AD object.
    QVector<qint64> uncountedQueries() const;
    void addContainerCounts(const QHash<qint64, TallyByContainer> &counts);
    // Every container (and those above it, up to its domain) that holds a computer in a query
    // shown, as DNs in the order of their canonical names.
    QStringList containers() const;
    // Narrows the counts to the computers under `dn`; empty: every computer of the scope.
    void setContainer(const QString &dn);
    const QString &container() const { return m_container; }
    // A container is chosen and some query shown is not counted yet: its point is left out until
    // addContainerCounts() brings it.
    bool containerCountsPending() const { return m_pending; }
    // AD's canonical name of the container `dn` itself: "corp.example.test/Sales".
    static QString containerName(const QString &dn);

    const QueryRecord &query(int row) const { return m_rows.at(row); }
    static int columnOf(SecurityStatus status);
    // The highest count of any status in the rows shown (0 when none).
    qint64 highest() const;

    // One line naming a scope for a chooser: its ranges and prefixes, its AD objects.
    static QString describeScope(const QByteArray &scopeJson);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void select();
    // The queries of m_scope within m_days, oldest first, counts as stored.
    QVector<QueryRecord> inWindow() const;
    // `record`'s counts narrowed to m_container; false when they are not read yet.
    bool narrow(QueryRecord &record, const Result<AdTree> &tree) const;

    QVector<QueryRecord> m_completed; // oldest first
    QVector<QByteArray> m_scopes;
    QByteArray m_scope;
    int m_days = defaultDays;
    bool m_scopeHasDirectory = false;
    QString m_container;
    bool m_pending = false;
    QHash<qint64, TallyByContainer> m_containerCounts;
    QVector<QueryRecord> m_rows; // m_completed of m_scope within m_days
};
