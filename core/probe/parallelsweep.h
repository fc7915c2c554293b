#pragma once

#include "endpoint/endpoint.h"
#include "probe/connectsweep.h"
#include "probe/socketpoller.h"
#include "probe/sweepplan.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <mutex>

// A sweep on every core (issue 18, point 1): the targets are sharded over one ConnectSweep per
// engine thread, each with its own poller, sharing the plan, the connection cap (split between
// them) and the retry schedule (the plan's settings). Their batches are merged into one stream,
// each with the running total of finished targets, so progress and cancel work as with one
// thread.
class ParallelSweep
{
    Q_DECLARE_TR_FUNCTIONS(ParallelSweep)

public:
    enum class Outcome { Completed, Cancelled, Failed };
    // Called on one engine thread at a time with each batch and the targets finished so far.
    using BatchSink = std::function<void(QVector<Endpoint> batch, quint64 finished)>;

    // Fewer targets than this per thread are not worth a thread of their own.
    static constexpr quint64 minTargetsPerThread = 256;

    // Sweeps the scope's IP ranges and the AD computers of `directory`.
    ParallelSweep(const QueryScope &scope, DirectoryTargets directory,
                  const ProbeSettings &settings, const std::atomic<bool> &cancelRequested);

    Outcome run(const BatchSink &sink);
    QString error() const { return m_error; }
    quint64 targetCount() const { return m_plan.targets.size(); }
    int connectionLimit() const { return m_connectionLimit; }
    int threadCount() const { return m_threads; }

private:
    ConnectSweep::Outcome runShard(int shard, const AgentTrust &trust, const BatchSink &sink);

    SweepPlan m_plan;
    const std::atomic<bool> &m_cancelRequested;
    std::atomic<bool> m_abort { false }; // a thread failed: the others stop
    int m_connectionLimit = 0;
    int m_threads = 1;
    SocketPoller::Kind m_poller;
    std::mutex m_merge; // one batch at a time reaches the sink
    quint64 m_finished = 0;
    QString m_error;
};
