#include "query/queryrunner.h"

#include "common/clock.h"
#include "common/logging.h"
#include "probe/targetlist.h"
#include "query/directoryendpoints.h"
#include "query/storewriter.h"
#include "scope/scopefile.h"

QueryRunner::QueryRunner(StoreLocation store, QString storePassword, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QueryOutcome>();
    qRegisterMetaType<QueryState>();
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_writer = new StoreWriter(std::move(store), std::move(storePassword));
    m_writer->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_storeThread.start();

    connect(&m_engine, &ProbeEngine::endpointsClassified, this, &QueryRunner::endpointsClassified);
    connect(&m_engine, &ProbeEngine::progressed, this, [this](quint64 finished, quint64) {
        emit progressed(finished + m_notProbed, m_total);
    });
    // Emitted on the probe thread, queued to the store thread: batches reach the store in order.
    connect(&m_engine, &ProbeEngine::endpointsClassified, m_writer, &StoreWriter::append);
    connect(&m_engine, &ProbeEngine::finished, this, &QueryRunner::onEngineFinished);
    connect(&m_directory, &DirectoryAssessment::finished, this,
            [this](const QVector<ResolvedComputer> &computers) { onDirectoryAssessed(computers); });
    connect(&m_directory, &DirectoryAssessment::failed, this, [this](const QString &error) {
        endBeforeProbing(ProbeEngine::Outcome::Failed, error);
    });
    connect(&m_directory, &DirectoryAssessment::cancelled, this, [this] {
        endBeforeProbing(ProbeEngine::Outcome::Cancelled,
                         tr("cancelled while reading Active Directory"));
    });
    connect(m_writer, &StoreWriter::begun, this, [this](qint64 id) { m_outcome.queryId = id; });
    connect(m_writer, &StoreWriter::failed, this, [this](const QString &error) {
        // A query that cannot be kept is stopped: results the administrator cannot find later
        // would be worse than a clear failure.
        m_outcome.error = tr("The results cannot be stored: %1").arg(error);
        m_engine.cancel();
    });
    connect(m_writer, &StoreWriter::finished, this, [this](qint64 id) {
        m_running = false;
        m_stage = Stage::Idle;
        if (!m_outcome.error.isEmpty() && m_outcome.outcome != ProbeEngine::Outcome::Failed)
            m_outcome.outcome = ProbeEngine::Outcome::Failed;
        m_outcome.queryId = id;
        emit finished(m_outcome);
    });
}

QueryRunner::~QueryRunner()
{
    disconnect(&m_engine, nullptr, this, nullptr);
    disconnect(&m_directory, nullptr, this, nullptr);
    disconnect(m_writer, nullptr, this, nullptr);
    m_health.reset(); // cancels: agents not yet asked are not asked
    const bool running = m_running && m_stage == Stage::Probing;
    m_directory.cancel();
    m_engine.cancelAndWait();
    // Posted after the worker's last batch, so the store thread takes them in order: the
    // batches, the end of the query, then the end of the thread.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, running] {
        if (running)
            writer->finish(QueryState::Cancelled,
                           tr("stopped: the program was closed during the query"));
        QThread::currentThread()->quit();
    });
    m_storeThread.wait();
}

QString QueryRunner::start(const QueryScope &scope, const ProbeSettings &settings)
{
    if (m_running)
        return tr("A query is running already.");
    m_outcome = QueryOutcome();
    m_scope = scope;
    m_settings = settings;
    m_startedAt = Clock::instance().now();
    m_notProbed = 0;
    m_cancelRequested = false;
    m_running = true;
    if (scope->activeDirectory.objects.isEmpty()) {
        startProbing({}, {});
        return {};
    }
    // The computers must be known before the query is recorded with its total.
    m_stage = Stage::Directory;
    m_directory.start(scope->activeDirectory, m_directoryPassword);
    return {};
}

void QueryRunner::beginStoring(quint64 total)
{
    m_total = total;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, scopeJson = scopeToJson(m_scope->scope()),
         serverName = m_settings.thisServerName, total,
         startedAt = m_startedAt] { writer->begin(scopeJson, serverName, total, startedAt); });
}

void QueryRunner::startProbing(const DirectoryTargets &targets,
                               const QVector<Endpoint> &adEndpoints)
{
    m_stage = Stage::Probing;
    m_notProbed = quint64(adEndpoints.size());
    startGathering();
    beginStoring(ProbeEngine::targetCount(m_scope->scope(), targets) + m_notProbed);
    emit started(m_total);
    if (!adEndpoints.isEmpty()) {
        emit endpointsClassified(adEndpoints);
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, adEndpoints] { writer->append(adEndpoints); });
        emit progressed(m_notProbed, m_total);
    }
    // The quarantined computers are read on the store thread, never on the caller's, then the
    // probe starts: their gate is closed on purpose (docs/quarantine.md).
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, targets] {
        const QSet<QHostAddress> quarantined = writer->quarantinedAddresses();
        QMetaObject::invokeMethod(
            this, [this, targets, quarantined] { startEngine(targets, quarantined); });
    });
}

void QueryRunner::startEngine(const DirectoryTargets &targets,
                              const QSet<QHostAddress> &quarantined)
{
    m_settings.quarantined = quarantined;
    if (m_cancelRequested) {
        onEngineFinished(ProbeEngine::Outcome::Cancelled, {});
        return;
    }
    const QString error = m_engine.start(*m_scope, m_settings, targets);
    if (!error.isEmpty()) {
        m_outcome.outcome = ProbeEngine::Outcome::Failed;
        m_outcome.error = error;
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, error] { writer->finish(QueryState::Failed, error); });
    }
}

void QueryRunner::endBeforeProbing(ProbeEngine::Outcome outcome, const QString &error)
{
    m_outcome.outcome = outcome;
    // A cancelled query has no error to report; the store keeps why it ended.
    if (outcome == ProbeEngine::Outcome::Failed)
        m_outcome.error = error;
    m_stage = Stage::Probing; // nothing else runs; the writer's end ends the query
    beginStoring(TargetList(m_scope->scope()).size());
    const QueryState state
        = outcome == ProbeEngine::Outcome::Cancelled ? QueryState::Cancelled : QueryState::Failed;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, state, error, retention = m_retention] {
        writer->finish(state, error, retention);
    });
}

void QueryRunner::onDirectoryAssessed(const QVector<ResolvedComputer> &computers)
{
    if (m_scope->scope().activeDirectory.onDemand) {
        const DirectoryEndpoints::OnDemand split = DirectoryEndpoints::onDemand(computers);
        startProbing(split.targets, split.unresolved);
        return;
    }
    // Stored results are read on the store thread, never on the caller's.
    m_stage = Stage::StoredResults;
    const DirectoryEndpoints::FromStore split
        = DirectoryEndpoints::fromStore(computers, m_scope->scope());
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, split] {
        const auto found = writer->lastAssessments(DirectoryEndpoints::wanted(split.lookUp));
        QVector<Endpoint> endpoints;
        QString error;
        if (found)
            endpoints = DirectoryEndpoints::stored(split.lookUp, found.value());
        else
            error = tr("The stored results of the Active Directory computers cannot be read: %1")
                        .arg(found.error());
        QMetaObject::invokeMethod(this, [this, endpoints, error, targets = split.targets] {
            if (!error.isEmpty())
                endBeforeProbing(ProbeEngine::Outcome::Failed, error);
            else
                onStoredResultsRead(endpoints, targets);
        });
    });
}

void QueryRunner::onStoredResultsRead(const QVector<Endpoint> &endpoints,
                                      const DirectoryTargets &targets)
{
    if (m_cancelRequested) {
        endBeforeProbing(ProbeEngine::Outcome::Cancelled, tr("cancelled"));
        return;
    }
    Logging::get("probe")->info("{} Active Directory computers take their stored result",
                                endpoints.size());
    startProbing(targets, endpoints);
}

void QueryRunner::cancel()
{
    m_cancelRequested = true;
    if (m_stage == Stage::Directory)
        m_directory.cancel();
    else
        m_engine.cancel();
    if (m_health)
        m_health->cancel();
}

void QueryRunner::onEngineFinished(ProbeEngine::Outcome outcome, const QString &error)
{
    m_outcome.outcome = outcome;
    if (m_outcome.error.isEmpty())
        m_outcome.error = error;
    const QueryState state = outcome == ProbeEngine::Outcome::Completed ? QueryState::Completed
        : outcome == ProbeEngine::Outcome::Cancelled                    ? QueryState::Cancelled
                                                                        : QueryState::Failed;
    finishStoring(state, m_outcome.error);
}

void QueryRunner::startGathering()
{
    // Every endpoint the probe verified as Managed by this server is asked for its health
    // while the probe goes on; the snapshots reach the store thread after the query began.
    const HealthGatherer::Options options {
        32, m_settings.connectTimeoutMs + m_settings.handshakeTimeoutMs, 256
    };
    m_health = std::make_unique<HealthGatherer>(
        m_healthCredentials ? m_healthCredentials
                            : HealthGatherer::consoleCredentials(m_settings.thisServerName),
        options);
    connect(&m_engine, &ProbeEngine::endpointsClassified, m_health.get(), &HealthGatherer::add);
    connect(m_health.get(), &HealthGatherer::snapshotsGathered, m_writer,
            &StoreWriter::appendHealth);
}

void QueryRunner::finishStoring(QueryState state, const QString &error)
{
    auto finish = [this, state, error] {
        QMetaObject::invokeMethod(m_writer,
                                  [writer = m_writer, state, error, retention = m_retention] {
                                      writer->finish(state, error, retention);
                                  });
    };
    if (!m_health) {
        finish();
        return;
    }
    connect(m_health.get(), &HealthGatherer::finished, this, finish);
    if (state == QueryState::Cancelled)
        m_health->cancel();
    m_health->finishAdding();
}
