#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "store/queryrecord.h"
#include "store/resultchanges.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class Database;
class QuerySession;

// A query compared with the completed query before it: *Changes since the previous query*.
struct HistoryChanges
{
    QueryRecord current;
    std::optional<QueryRecord> previous; // none: the first query has nothing to compare with
    ResultChanges changes; // empty without a previous query
};

// The console's view of the query history, shaped like QuerySession: the list of every stored
// query, a past query's results (through the QuerySession, which owns the results) and the
// changes since the query before. Every store read runs on a worker with its own connection;
// the answers come back as signals on the GUI thread. Views talk to this object, never to the
// store.
class HistorySession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    // `queries` shows the past query's results; `openDatabase` opens the store on a worker.
    HistorySession(QuerySession *queries, OpenDatabase openDatabase, QObject *parent = nullptr);
    ~HistorySession() override;

    // Reads the list of stored queries, newest first in the store's order; queriesListed()
    // follows, or failed().
    void listQueries();
    // Compares a query with the completed query before it; changesCompared() follows, or
    // failed().
    void compareWithPrevious(qint64 queryId);
    // Shows a stored query in the QuerySession's results; queryOpened() follows, or the
    // QuerySession's errorOccurred().
    void openQuery(qint64 queryId);

signals:
    void queriesListed(const QVector<QueryRecord> &queries);
    void changesCompared(const HistoryChanges &changes);
    // A past query's results are in the QuerySession's results model now.
    void queryOpened(qint64 queryId);
    void failed(const QString &message);

private:
    QuerySession *m_queries;
    OpenDatabase m_openDatabase;
    BackgroundWorkers m_workers; // last: waits for the reads still running
};
