#pragma once

#include "probe/probeengine.h"
#include "store/queryretention.h"
#include "store/storelocation.h"

#include <QObject>
#include <QThread>

#include <optional>

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
    // `storePassword` is for a PostgreSQL store only (the caller read it from the keychain).
    explicit QueryRunner(StoreLocation store, QString storePassword = {},
                         QObject *parent = nullptr);
    ~QueryRunner() override;

    // Returns an error text and starts nothing when a query runs already or the scope is invalid.
    QString start(const Scope &scope, const ProbeSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    // How much history to keep: applied after each query that ends (docs/data-model.md).
    void setRetention(const RetentionPolicy &retention) { m_retention = retention; }
    // The LDAP bind password for the scope's Active Directory part, for scripts that pass it
    // (`osmgmt-cli --password-stdin`); without it the query reads the keychain's
    // (SavedPassword::forDirectory).
    void setDirectoryPassword(const QString &password) { m_directoryPassword = password; }

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
    std::optional<QString> m_directoryPassword;
};

Q_DECLARE_METATYPE(QueryOutcome)
