#include "probe/parallelsweep.h"

#include "common/logging.h"
#include "probe/rawsocket.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

ParallelSweep::ParallelSweep(const QueryScope &scope, DirectoryTargets directory,
                             const ProbeSettings &settings,
                             const std::atomic<bool> &cancelRequested)
    : m_plan(scope, std::move(directory), settings)
    , m_cancelRequested(cancelRequested)
    , m_poller(settings.poller.value_or(SocketPoller::defaultKind()))
{
    m_connectionLimit
        = std::max(1, std::min(settings.maxConnections, RawSocket::usableDescriptors()));
    // One per core unless told; a small query is not worth a thread per core. Each thread
    // needs a target to sweep and a connection of the cap.
    const quint64 wanted = settings.threads > 0
        ? quint64(settings.threads)
        : std::clamp<quint64>(targetCount() / minTargetsPerThread, 1,
                              quint64(std::max(1, QThread::idealThreadCount())));
    m_threads = int(std::clamp<quint64>(
        wanted, 1,
        std::min<quint64>(std::max<quint64>(1, targetCount()), quint64(m_connectionLimit))));
}

ParallelSweep::Outcome ParallelSweep::run(const BatchSink &sink)
{
    Result<std::shared_ptr<TlsClientContext>> tls = TlsClientContext::create();
    if (!tls) {
        m_error = tls.error();
        return Outcome::Failed;
    }
    m_plan.tls = std::move(tls).value();
    Logging::get("probe")->info(
        "sweep of {} addresses, {} ports, up to {} connections, {} threads, {} poller",
        targetCount(), m_plan.ports.size(), m_connectionLimit, m_threads,
        SocketPoller::nameOf(m_poller).toStdString());
    const BatchSink merged = [this, &sink](QVector<Endpoint> batch, quint64) {
        const std::lock_guard<std::mutex> lock(m_merge);
        m_finished += quint64(batch.size());
        sink(std::move(batch), m_finished);
    };
    std::vector<ConnectSweep::Outcome> outcomes(size_t(m_threads),
                                                ConnectSweep::Outcome::Completed);
    // Made here, one after the other, before any thread reads them.
    std::vector<AgentTrust> trusts;
    for (int shard = 0; shard < m_threads; ++shard)
        trusts.push_back(m_plan.trust.detached());
    std::vector<std::thread> others;
    for (int shard = 1; shard < m_threads; ++shard) {
        others.emplace_back([this, shard, &trusts, &merged, &outcomes] {
            outcomes[size_t(shard)] = runShard(shard, trusts[size_t(shard)], merged);
        });
    }
    // The calling thread is the first engine thread.
    outcomes[0] = runShard(0, trusts[0], merged);
    for (std::thread &thread : others)
        thread.join();
    if (std::find(outcomes.cbegin(), outcomes.cend(), ConnectSweep::Outcome::Failed)
        != outcomes.cend())
        return Outcome::Failed;
    if (std::find(outcomes.cbegin(), outcomes.cend(), ConnectSweep::Outcome::Cancelled)
        != outcomes.cend())
        return Outcome::Cancelled;
    return Outcome::Completed;
}

ConnectSweep::Outcome ParallelSweep::runShard(int shard, const AgentTrust &trust,
                                              const BatchSink &sink)
{
    // The cap is split so that the threads together never hold more than it; the first ones
    // take what the division leaves over.
    const int share = m_connectionLimit / m_threads + (shard < m_connectionLimit % m_threads);
    ConnectSweep sweep(m_plan, { shard, m_threads, share }, trust, m_poller, m_cancelRequested,
                       m_abort);
    const ConnectSweep::Outcome outcome
        = sweep.run([&sink](QVector<Endpoint> batch) { sink(std::move(batch), 0); });
    if (outcome == ConnectSweep::Outcome::Failed) {
        const std::lock_guard<std::mutex> lock(m_merge);
        if (m_error.isEmpty())
            m_error = sweep.error();
        m_abort.store(true);
    }
    return outcome;
}
