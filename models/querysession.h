#pragma once

#include "clienttreemodel.h"
#include "query/queryrunner.h"
#include "resultsmodel.h"
#include "store/queryrecord.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QThread;

// The console's view of queries: runs one through QueryRunner, feeds the results and the client
// tree as batches arrive, and at start loads the last stored query on a worker thread. Widgets
// talk to this object, never to the engine.
class QuerySession : public QObject
{
    Q_OBJECT
public:
    QuerySession(QString databasePath, QString serverName, QObject *parent = nullptr);
    ~QuerySession() override;

    ResultsModel *results() { return &m_results; }
    ClientTreeModel *clientTree() { return &m_clientTree; }
    QString serverName() const { return m_serverName; }
    void setServerName(const QString &name);

    // Starts a query; when one runs, it is stopped first and this one starts when it has ended
    // (the manual: another query terminates the current session and restarts). Returns an
    // error text when the scope cannot be queried.
    QString startQuery(const Scope &scope);
    void cancel();
    bool isRunning() const { return m_runner.isRunning(); }
    // Loads the newest stored query in the background; lastQueryLoaded() follows.
    void loadLastQuery();

    std::optional<QueryRecord> lastQuery() const { return m_lastQuery; }

signals:
    void queryStarted(quint64 totalAddresses);
    void progressed(quint64 finishedAddresses, quint64 totalAddresses);
    void queryFinished(const QueryOutcome &outcome);
    void lastQueryChanged();
    void errorOccurred(const QString &message);

private:
    void beginQuery(const Scope &scope);
    void onBatch(const QVector<Endpoint> &batch);
    void onFinished(const QueryOutcome &outcome);
    void onLoaded(std::optional<QueryRecord> record, QVector<Endpoint> endpoints,
                  const QString &error);

    QString m_databasePath;
    QString m_serverName;
    QueryRunner m_runner;
    QDateTime m_startedAt; // queries still "running" that started before were interrupted
    ResultsModel m_results;
    ClientTreeModel m_clientTree;
    std::optional<QueryRecord> m_lastQuery;
    std::optional<Scope> m_pendingScope;
    QThread *m_loader = nullptr;
};
