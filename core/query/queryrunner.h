#pragma once

#include "probe/probeengine.h"
#include "store/queryretention.h"

#include <QObject>
#include <QThread>

class StoreWriter;

struct QueryOutcome
{
    ProbeEngine::Outcome outcome = ProbeEngine::Outcome::Completed;
    QString error; // why the query failed, when it did
    qint64 queryId = -1; // its id in the store; -1 when it could not be stored
};

// One query from scope to store: the probe engine on its worker thread, a StoreWriter on the
// store thread, and the caller's thread only receiving batches. The console and osmgmt-cli both
// run queries through this class.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(QString databasePath, QObject *parent = nullptr);
    ~QueryRunner() override;

    // Returns an error text and starts nothing when a query runs already or the scope is invalid.
    QString start(const Scope &scope, const ProbeSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    // How much history to keep: applied after each query that ends (docs/data-model.md).
    void setRetention(const RetentionPolicy &retention) { m_retention = retention; }

signals:
    void started(quint64 totalAddresses);
    void endpointsClassified(const QVector<Endpoint> &batch);
    void progressed(quint64 finishedAddresses, quint64 totalAddresses);
    void finished(const QueryOutcome &outcome);

private:
    void onEngineFinished(ProbeEngine::Outcome outcome, const QString &error);

    ProbeEngine m_engine;
    QThread m_storeThread;
    StoreWriter *m_writer = nullptr;
    QueryOutcome m_outcome;
    bool m_running = false;
    RetentionPolicy m_retention;
};

Q_DECLARE_METATYPE(QueryOutcome)
