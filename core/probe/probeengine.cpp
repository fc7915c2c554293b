#include "probe/probeengine.h"

#include "common/logging.h"
#include "probe/classifier.h"
#include "probe/connectsweep.h"

ProbeEngine::ProbeEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QVector<Endpoint>>();
    qRegisterMetaType<ProbeEngine::Outcome>();
}

ProbeEngine::~ProbeEngine()
{
    cancelAndWait();
}

void ProbeEngine::cancelAndWait()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

namespace {

// Gives the endpoints at AD computers' addresses their name and AD path, and their AD
// classification: the sweep classified them as IP-only endpoints.
void markDirectoryComputers(QVector<Endpoint> &batch, const DirectoryTargets &directory,
                            const Classifier &classifier)
{
    for (Endpoint &endpoint : batch) {
        const DirectoryTarget *target = directory.find(endpoint.address);
        if (!target)
            continue;
        if (!target->name.isEmpty())
            endpoint.name = target->name;
        endpoint.adPath = target->dn;
        if (endpoint.status == SecurityStatus::ManagedByThisServer
            || endpoint.status == SecurityStatus::ManagedByAnotherServer)
            continue; // an agent answered: AD or not, the same status
        EndpointObservation observation;
        observation.fromActiveDirectory = true;
        observation.gate = endpoint.gate;
        observation.ports = endpoint.ports;
        const Classification classification = classifier.classify(observation);
        endpoint.status = classification.status;
        endpoint.detail = classification.detail;
    }
}

} // namespace

quint64 ProbeEngine::targetCount(const Scope &scope, const DirectoryTargets &directory)
{
    return TargetList(scope, directory).size();
}

QString ProbeEngine::start(const Scope &scope, const ProbeSettings &settings)
{
    return start(scope, settings, DirectoryTargets());
}

QString ProbeEngine::start(const Scope &scope, const ProbeSettings &settings,
                           DirectoryTargets directory)
{
    if (isRunning())
        return tr("A query is running already.");
    const QString invalid = scope.validateForQuery();
    if (!invalid.isEmpty())
        return invalid;

    ProbeSettings effective = settings;
    effective.connectTimeoutMs = scope.timeoutMs;
    effective.handshakeTimeoutMs = scope.timeoutMs;
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    m_outcome = Outcome::Completed;
    m_error.clear();

    auto sweep = std::make_shared<ConnectSweep>(TargetList::probedScope(scope, directory),
                                                effective, *m_cancelRequested);
    const quint64 total = sweep->targetCount();
    auto cancelFlag = m_cancelRequested; // keeps the flag alive as long as the thread runs
    m_thread = QThread::create([this, sweep, scope, cancelFlag, total,
                                directory = std::move(directory),
                                classifier = Classifier(settings.thisServerName)] {
        // Batches are emitted from the worker; Qt queues them to receivers in other threads.
        const ConnectSweep::Outcome outcome = sweep->run(
            [this, total, &directory, &classifier](QVector<Endpoint> batch, quint64 finishedCount) {
                if (!directory.isEmpty())
                    markDirectoryComputers(batch, directory, classifier);
                if (!batch.isEmpty())
                    emit endpointsClassified(batch);
                emit progressed(finishedCount, total);
            });
        m_outcome = outcome == ConnectSweep::Outcome::Completed ? Outcome::Completed
            : outcome == ConnectSweep::Outcome::Cancelled       ? Outcome::Cancelled
                                                                : Outcome::Failed;
        m_error = sweep->error();
    });
    m_thread->setObjectName(QStringLiteral("probe"));
    connect(m_thread, &QThread::finished, this, &ProbeEngine::onThreadFinished);
    Logging::get("probe")->info("query started: {} addresses, timeout {} ms", total,
                                scope.timeoutMs);
    emit started(total);
    m_thread->start();
    return {};
}

void ProbeEngine::cancel()
{
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

bool ProbeEngine::isRunning() const
{
    return m_thread != nullptr;
}

void ProbeEngine::onThreadFinished()
{
    // Runs in the engine's own thread once the worker has ended, after every batch it queued.
    m_thread->deleteLater();
    m_thread = nullptr;
    auto log = Logging::get("probe");
    if (m_outcome == Outcome::Failed)
        log->error("query failed: {}", m_error);
    else
        log->info("query {}", m_outcome == Outcome::Completed ? "completed" : "cancelled");
    emit finished(m_outcome, m_error);
}
