#pragma once

#include "clienttreemodel.h"
#include "common/inbackground.h"
#include "query/queryrunner.h"
#include "resultsmodel.h"
#include "store/queryrecord.h"
#include "store/storeconnection.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <deque>
#include <optional>

// The console's view of queries: runs one through QueryRunner, feeds the results and the client
// tree as batches arrive, and at start loads the last stored query on a worker thread. Widgets
// talk to this object, never to the engine.
class QuerySession : public QObject
{
    Q_OBJECT
public:
    // The store every query is written to and loaded from: a SQLite file or a team's
    // PostgreSQL (its password already read from the keychain; a wrong or missing one shows as
    // errorOccurred() when the store is first used, never as a silent switch to SQLite).
    QuerySession(StoreConnection store, QString serverName, QObject *parent = nullptr);
    // A SQLite file.
    QuerySession(const QString &databasePath, QString serverName, QObject *parent = nullptr);
    ~QuerySession() override;

    ResultsModel *results() { return &m_results; }
    ClientTreeModel *clientTree() { return &m_clientTree; }
    QString serverName() const { return m_serverName; }
    void setServerName(const QString &name);
    // The CA an agent's certificate must chain to for Managed by this server (AgentTrust);
    // unless set, this console's own from its data folder (the demo and tests set theirs).
    void setServerCa(const QSslCertificate &ca) { m_serverCa = ca; }
    // The client certificate the health gathering presents (the console's session's); without
    // one it is loaded from the keychain (HealthGatherer::consoleCredentials).
    void setHealthCredentials(HealthGatherer::Credentials credentials)
    {
        m_runner.setHealthCredentials(std::move(credentials));
    }

    // What to do with a new query while one runs.
    enum class WhenRunning {
        Restart, // stop the running one (what it finished is kept, marked cancelled), then start
        Queue, // start the new one when the running one, and those queued before, have ended
    };

    // Starts a query, or schedules it after the running one as `whenRunning` says. The scope
    // was checked where it entered (QueryScope::from); what fails later is errorOccurred().
    void startQuery(const QueryScope &scope, WhenRunning whenRunning = WhenRunning::Restart);
    // Stops the running query and drops the queued ones.
    void cancel();
    int queuedCount() const { return int(m_queue.size()); }
    // True from start until the models hold every result of the query.
    bool isRunning() const { return m_runner.isRunning() || m_finishedOutcome.has_value(); }
    // Loads the newest stored query in the background; lastQueryLoaded() follows.
    void loadLastQuery();
    // Shows a stored query's endpoints in the results and the client tree, loaded in the
    // background; queryOpened() follows, or errorOccurred(). Refused while a query runs.
    void openQuery(qint64 queryId);

    std::optional<QueryRecord> lastQuery() const { return m_lastQuery; }
    StoreLocation storeLocation() const { return m_store.location; }
    // True while a stored query's rows are still arriving in the results or the client tree.
    bool isLoading() const { return m_loading || m_opening || m_treeFeed.isActive(); }

signals:
    void queryOpened(const QueryRecord &record);
    // Every row of a stored query (loadLastQuery() or openQuery()) is in the results model.
    void storedRowsLoaded(qint64 rows);
    void queryStarted(quint64 totalAddresses);
    void progressed(quint64 finishedAddresses, quint64 totalAddresses);
    void queryFinished(const QueryOutcome &outcome);
    void lastQueryChanged();
    void queueChanged(int queuedCount);
    void errorOccurred(const QString &message);

private:
    void beginQuery(const QueryScope &scope);
    void onBatch(const QVector<Endpoint> &batch);
    void drainIncoming();
    void onFinished(const QueryOutcome &outcome);
    void completeQuery(const QueryOutcome &outcome);
    // What loadLastQuery() found: the newest query, the rows of it read into the results model
    // (-1: none were read), the failure (empty: none).
    struct StoredQuery
    {
        std::optional<QueryRecord> record;
        qint64 rows = -1;
        QString error;
    };
    void onLoaded(std::optional<QueryRecord> record, const QString &error);
    // Reads a stored query's rows on the calling worker and hands them, chunk by chunk, to
    // receiveChunk() on the GUI thread. Returns the rows read, or the failure.
    Result<qint64> readStoredRows(const std::shared_ptr<Database> &database, qint64 queryId,
                                  quint64 generation);
    void receiveChunk(quint64 generation, std::shared_ptr<ResultsTable> chunk, bool first);
    void storedRowsRead(quint64 generation, qint64 rows);
    void feedClientTree();

    StoreConnection m_store;
    QString m_serverName;
    std::optional<QSslCertificate> m_serverCa;
    QueryRunner m_runner;
    QDateTime m_startedAt; // queries still "running" that started before were interrupted
    ResultsModel m_results;
    ClientTreeModel m_clientTree;
    std::optional<QueryRecord> m_lastQuery;
    QVector<QueryScope> m_queue; // next first
    // Endpoints received but not yet in the models: they enter a slice per event-loop turn, so
    // a burst of results (a whole refused /16 arrives in a blink) never blocks the GUI thread.
    std::deque<QVector<Endpoint>> m_incoming; // the batches as they came, shared, never copied
    qsizetype m_incomingDone = 0; // rows of the first batch already in the models
    QTimer m_drain;
    std::optional<QueryOutcome> m_finishedOutcome; // waits until the models have everything
    bool m_loading = false; // loadLastQuery() reads on a worker
    bool m_opening = false; // openQuery() reads on a worker
    // Chunks of a stored query belong to the load that read them: a newer load or a query
    // started meanwhile makes older chunks stale.
    quint64 m_loadGeneration = 0;
    // The client tree follows the results model's rows (ClientTreeModel::rowsShown()) a slice
    // per event-loop turn, so a million stored rows never stall the GUI thread.
    qint64 m_storedRows = -1; // rows of the stored query being loaded, once all are read
    QTimer m_treeFeed;
    // Last: the destructor waits for the workers still reading (a process that exits meanwhile
    // would tear QtSql down under them).
    BackgroundWorkers m_workers;
};
