#pragma once

#include "coveragemodel.h"
#include "store/queryrecord.h"
#include "storeread.h"
#include "subnetmap.h"
#include "trendmodel.h"

#include <QObject>
#include <QVector>

class QuerySession;

// The console's overview, shaped like HistorySession: reads every stored query (with its
// per-status counts, kept by the store) on a worker and feeds the coverage of the latest
// completed query, compared with the completed one before it. It reads again whenever a query
// ends or another query is loaded, and feeds the trends of every status over the same queries.
// Views talk to this object, never to the store.
class OverviewSession : public QObject
{
    Q_OBJECT

public:
    // `queries` runs and opens queries; `open` opens the store on a worker.
    OverviewSession(QuerySession *queries, OpenStore open, QObject *parent = nullptr);
    ~OverviewSession() override;

    CoverageModel *coverage() { return &m_coverage; }
    TrendModel *trends() { return &m_trends; }
    // The subnet map of the results shown now (those of the QuerySession).
    SubnetMap *subnets() { return &m_subnets; }
    // Every stored query as last read, newest first.
    const QVector<QueryRecord> &queries() const { return m_queries; }

    // Reads the stored queries again; refreshed() follows, or failed().
    void refresh();
    // Shows a stored query in the QuerySession's results; queryOpened() follows, or the
    // QuerySession's errorOccurred().
    void openQuery(qint64 queryId);

    // The newest completed query of `queries` (newest first) and the completed one before it.
    struct LatestTwo
    {
        std::optional<QueryRecord> latest;
        std::optional<QueryRecord> previous;
    };
    static LatestTwo latestCompleted(const QVector<QueryRecord> &queries);

    // Reads the container counts of the trends' queries that lack them (TrendModel), when their
    // scope holds AD objects; the trends reset when they arrive.
    void countContainers();

signals:
    void refreshed();
    // A query runs: `finished` of `total` addresses done (the QuerySession's progress).
    void queryProgressed(quint64 finished, quint64 total);
    void queryEnded();
    void queryOpened(qint64 queryId);
    void failed(const QString &message);

private:
    QuerySession *m_session;
    OpenStore m_open;
    CoverageModel m_coverage;
    TrendModel m_trends;
    SubnetMap m_subnets;
    QVector<QueryRecord> m_queries;
    QVector<qint64> m_counting; // the queries whose container counts are being read
    bool m_countingFailed = false; // until the next refresh: a failed read is not retried at once
    LatestSearch m_counts;
    LatestSearch m_reads; // last: waits for the reads still running
};
