#include "probe/probeengine.h"

#include "common/logging.h"
#include "probe/parallelsweep.h"

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

quint64 ProbeEngine::targetCount(const Scope &scope, const DirectoryTargets &directory)
{
    return TargetList(scope, directory).size();
}

QString ProbeEngine::start(const QueryScope &scope, const ProbeSettings &settings,
                           DirectoryTargets directory)
{
    if (isRunning())
        return tr("A query is running already.");

    ProbeSettings effective = settings;
    effective.connectTimeoutMs = scope->timeoutMs;
    effective.handshakeTimeoutMs = scope->timeoutMs;
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    m_outcome = Outcome::Completed;
    m_error.clear();

    auto sweep = std::make_shared<ParallelSweep>(scope, std::move(directory), effective,
                                                 *m_cancelRequested);
    const quint64 total = sweep->targetCount();
    auto cancelFlag = m_cancelRequested; // keeps the flag alive as long as the thread runs
    m_thread = QThread::create([this, sweep, cancelFlag, total] {
        // Batches are emitted from the engine threads, one at a time (ParallelSweep merges
        // them); Qt queues them to receivers in other threads.
        const ParallelSweep::Outcome outcome
            = sweep->run([this, total](QVector<Endpoint> batch, quint64 finishedCount) {
                  if (!batch.isEmpty())
                      emit endpointsClassified(batch);
                  emit progressed(finishedCount, total);
              });
        m_outcome = outcome == ParallelSweep::Outcome::Completed ? Outcome::Completed
            : outcome == ParallelSweep::Outcome::Cancelled       ? Outcome::Cancelled
                                                                 : Outcome::Failed;
        m_error = sweep->error();
    });
    m_thread->setObjectName(QStringLiteral("probe"));
    connect(m_thread, &QThread::finished, this, &ProbeEngine::onThreadFinished);
    Logging::get("probe")->info("query started: {} addresses, timeout {} ms", total,
                                scope->timeoutMs);
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
