#pragma once

#include "endpoint/endpoint.h"
#include "probe/agentconversation.h"
#include "probe/rawsocket.h"
#include "probe/socketpoller.h"
#include "probe/sweepplan.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

// One engine thread of a sweep: non-blocking sockets on its own SocketPoller, thousands in
// flight, run on the calling thread until its share of the targets is classified or the sweep
// stops. Its share is every `shards`-th target from `shard` on, so that each thread gets as
// many dropped and refused addresses as the others. Qt's dispatcher polls every socket notifier
// on each wake-up (LAB.md), so sockets are driven here directly. ParallelSweep runs the shards.
class ConnectSweep
{
    Q_DECLARE_TR_FUNCTIONS(ConnectSweep)

public:
    enum class Outcome { Completed, Cancelled, Failed };
    // Called on the sweep's thread with each batch of finished targets.
    using BatchSink = std::function<void(QVector<Endpoint> batch)>;

    struct Share
    {
        int shard = 0;
        int shards = 1;
        // This thread's part of the global connection cap: every connection of every address
        // counts against it, a port waits for room rather than going over it.
        int connectionLimit = 1;
    };

    // The sweep stops at the user's `cancel` or at `abort`, another thread's failure. `trust`
    // is this thread's own (AgentTrust::detached()).
    ConnectSweep(const SweepPlan &plan, Share share, const AgentTrust &trust,
                 SocketPoller::Kind poller, const std::atomic<bool> &cancel,
                 const std::atomic<bool> &abort);
    ~ConnectSweep();
    ConnectSweep(const ConnectSweep &) = delete;
    ConnectSweep &operator=(const ConnectSweep &) = delete;

    Outcome run(const BatchSink &sink);
    QString error() const { return m_error; }

private:
    using Clock = std::chrono::steady_clock;
    enum class Stage { Gate, Ports };
    struct Probe
    {
        QHostAddress address;
        const DirectoryTarget *computer = nullptr; // the target's origin (Target::computer)
        sockaddr_storage socketAddress {};
        socklen_t socketAddressLength = 0;
        Stage stage = Stage::Gate;
        int openConnections = 0;
        int nextPort = 0; // the first port of the list not opened yet
        bool starting = false; // connections may fail at once while a stage opens them
        bool waiting = false; // ports left to open, in m_waiting until there is room
        quint16 agentPort = 0;
        EndpointObservation observation;
    };
    struct Connection
    {
        RawSocket::Handle socket = RawSocket::invalid;
        quint32 generation = 0;
        int probe = -1;
        quint16 port = 0;
        bool isGate = false;
        bool handshaking = false; // connected; the agent conversation runs
        int attempt = 0; // connects tried before this one, for retries of timed-out ones
        quint32 watched = 0; // the interest asked of the poller now
        std::unique_ptr<AgentConversation> conversation;
    };
    struct Deadline
    {
        Clock::time_point at;
        int connection;
        quint32 generation;
    };

    bool hasRoom() const { return m_openConnections < m_share.connectionLimit; }
    bool startNextTarget();
    void startStage(int probeIndex);
    void openStage(int probeIndex, bool waitFirst);
    void openWaitingPorts();
    void openConnection(int probeIndex, quint16 port, bool isGate);
    void startConnect(int connectionIndex);
    void retryConnect(int connectionIndex);
    void handleEvent(int connectionIndex, quint32 happened);
    void onConnected(int connectionIndex);
    void converse(int connectionIndex);
    bool watch(int connectionIndex, quint32 interest);
    void releaseSocket(Connection &connection);
    void closeConnection(int connectionIndex, PortOutcome outcome, const QString &detail);
    void completeStage(int probeIndex);
    void finishProbe(int probeIndex);
    void expireDeadlines(std::deque<Deadline> &queue, bool handshake);
    int waitTimeoutMs() const;
    void flush(const BatchSink &sink, bool force);
    void closeAll();

    const SweepPlan &m_plan;
    const Share m_share;
    const AgentTrust &m_trust;
    const SocketPoller::Kind m_pollerKind;
    const std::atomic<bool> &m_cancel;
    const std::atomic<bool> &m_abort;
    std::unique_ptr<SocketPoller> m_poller;
    quint64 m_nextTarget = 0; // index into the plan's targets
    int m_openConnections = 0;
    int m_activeProbes = 0;
    std::vector<Probe> m_probes;
    std::vector<int> m_freeProbes;
    std::deque<int> m_waiting; // probes with ports left to open, oldest first
    std::vector<Connection> m_connections;
    std::vector<int> m_freeConnections;
    std::deque<Deadline> m_connectDeadlines;
    std::deque<Deadline> m_handshakeDeadlines;
    QVector<Endpoint> m_batch;
    Clock::time_point m_lastFlush;
    QString m_error;
};
