#pragma once

#include "directory/adcomputer.h"
#include "health/healthgatherer.h"
#include "probe/probeengine.h"
#include "query/directoryassessment.h"
#include "store/queryrecord.h"
#include "store/queryretention.h"
#include "store/storelocation.h"

#include <QDateTime>
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

// One query from scope to store: the Active Directory stage (DirectoryAssessment) when the
// scope has AD objects, then the probe engine on its worker thread, a StoreWriter on the store
// thread, and the caller's thread only receiving batches. The console and osmgmt-cli both run
// queries through this class.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    // `storePassword` is for a PostgreSQL store only (the caller read it from the keychain).
    explicit QueryRunner(StoreLocation store, QString storePassword = {},
                         QObject *parent = nullptr);
    ~QueryRunner() override;

    // Returns an error text and starts nothing when a query runs already. With AD objects the
    // directory is read first: started() comes once the computers are known, and a directory error
    // ends the query with finished() (Failed, in words).
    QString start(const QueryScope &scope, const ProbeSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    // How much history to keep: applied after each query that ends (docs/data-model.md).
    void setRetention(const RetentionPolicy &retention) { m_retention = retention; }
    // The LDAP bind password for the scope's Active Directory part, for scripts that pass it
    // (`osmgmt-cli --password-stdin`); without it the query reads the keychain's
    // (SavedPassword::forDirectory).
    void setDirectoryPassword(const QString &password) { m_directoryPassword = password; }
    // How the query asks agents of this server for their health (docs/health.md,
    // "Gathering"): this console's certificate; unset, the console's own identity
    // (HealthGatherer::consoleCredentials) once an agent of this server is found.
    void setHealthCredentials(HealthGatherer::Credentials credentials)
    {
        m_healthCredentials = std::move(credentials);
    }

signals:
    // The total counts every address probed and every AD computer, probed or not.
    void started(quint64 totalAddresses);
    void endpointsClassified(const QVector<Endpoint> &batch);
    void progressed(quint64 finishedAddresses, quint64 totalAddresses);
    void finished(const QueryOutcome &outcome);

private:
    enum class Stage { Idle, Directory, StoredResults, Probing };

    void onEngineFinished(ProbeEngine::Outcome outcome, const QString &error);
    // The store told which computers are quarantined (ProbeSettings::quarantined): the probe
    // starts, unless the query was cancelled meanwhile.
    void startEngine(const DirectoryTargets &targets, const QSet<QHostAddress> &quarantined);
    void onDirectoryAssessed(const QVector<ResolvedComputer> &computers);
    void onStoredResultsRead(const QVector<Endpoint> &endpoints, const DirectoryTargets &targets);
    // Records the query, stores the AD endpoints that are not probed, starts the engine.
    void startProbing(const DirectoryTargets &targets, const QVector<Endpoint> &adEndpoints);
    // Ends a query that never reached the engine (a directory error, a cancel).
    void endBeforeProbing(ProbeEngine::Outcome outcome, const QString &error);
    void beginStoring(quint64 total);
    // The query's last step once the probe ended: the health gathering drains, then the store
    // records the end.
    void finishStoring(QueryState state, const QString &error);
    void startGathering();

    ProbeEngine m_engine;
    DirectoryAssessment m_directory;
    QThread m_storeThread;
    StoreWriter *m_writer = nullptr;
    QueryOutcome m_outcome;
    bool m_running = false;
    bool m_cancelRequested = false;
    Stage m_stage = Stage::Idle;
    std::optional<QueryScope> m_scope; // the query's, from start() on
    ProbeSettings m_settings;
    QDateTime m_startedAt;
    quint64 m_notProbed = 0; // AD endpoints stored without probing, counted in the progress
    quint64 m_total = 0;
    RetentionPolicy m_retention;
    std::optional<QString> m_directoryPassword;
    HealthGatherer::Credentials m_healthCredentials;
    std::unique_ptr<HealthGatherer> m_health; // one per query
};

Q_DECLARE_METATYPE(QueryOutcome)
