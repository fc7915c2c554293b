#pragma once

#include "endpoint/endpoint.h"
#include "probe/agentconversation.h"
#include "probe/agenttrust.h"
#include "probe/classifier.h"
#include "probe/probesettings.h"
#include "probe/targetlist.h"
#include "probe/tlsclientcontext.h"
#include "scope/queryscope.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <sys/socket.h>

// The connect engine: non-blocking sockets on one epoll set, thousands in flight, run on the
// calling (worker) thread until every target is classified or the query is cancelled.
// Qt's dispatcher polls every socket notifier on each wake-up (LAB.md), so sockets are driven
// here directly. Linux only.
class ConnectSweep
{
    Q_DECLARE_TR_FUNCTIONS(ConnectSweep)

public:
    enum class Outcome { Completed, Cancelled, Failed };
    // Called on the sweep's thread with each batch and the number of targets finished so far.
    using BatchSink = std::function<void(QVector<Endpoint> batch, quint64 finished)>;

    // Sweeps the scope's IP ranges and the AD computers of `directory`.
    ConnectSweep(const QueryScope &scope, DirectoryTargets directory, const ProbeSettings &settings,
                 const std::atomic<bool> &cancelRequested);
    ~ConnectSweep();
    ConnectSweep(const ConnectSweep &) = delete;
    ConnectSweep &operator=(const ConnectSweep &) = delete;

    Outcome run(const BatchSink &sink);
    QString error() const { return m_error; }
    quint64 targetCount() const { return m_targets.size(); }
    int connectionLimit() const { return m_connectionLimit; }

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
        bool starting = false; // connections may fail at once while a stage opens them
        quint16 agentPort = 0;
        EndpointObservation observation;
    };
    struct Connection
    {
        int fd = -1;
        quint32 generation = 0;
        int probe = -1;
        quint16 port = 0;
        bool isGate = false;
        bool handshaking = false; // connected; the agent conversation runs
        int attempt = 0; // connects tried before this one, for retries of timed-out ones
        quint32 watched = 0; // the epoll events asked for now
        std::unique_ptr<AgentConversation> conversation;
    };
    struct Deadline
    {
        Clock::time_point at;
        int connection;
        quint32 generation;
    };

    bool startNextTarget();
    void startStage(int probeIndex);
    void openConnection(int probeIndex, quint16 port, bool isGate);
    void startConnect(int connectionIndex);
    void retryConnect(int connectionIndex);
    void handleEvent(int connectionIndex, quint32 events);
    void onConnected(int connectionIndex);
    void converse(int connectionIndex);
    bool watch(int connectionIndex, quint32 events);
    void closeConnection(int connectionIndex, PortOutcome outcome, const QString &detail);
    void completeStage(int probeIndex);
    void finishProbe(int probeIndex);
    void expireDeadlines(std::deque<Deadline> &queue, bool handshake);
    int waitTimeoutMs() const;
    void flush(const BatchSink &sink, bool force);
    void closeAll();

    Scope m_scope;
    ProbeSettings m_settings;
    const std::atomic<bool> &m_cancelRequested;
    TargetList m_targets;
    Classifier m_classifier;
    AgentTrust m_trust;
    std::shared_ptr<TlsClientContext> m_tls;
    QVector<quint16> m_ports;
    int m_epoll = -1;
    int m_connectionLimit = 0;
    int m_probeLimit = 0;
    quint64 m_nextTarget = 0;
    quint64 m_finished = 0;
    int m_activeProbes = 0;
    std::vector<Probe> m_probes;
    std::vector<int> m_freeProbes;
    std::vector<Connection> m_connections;
    std::vector<int> m_freeConnections;
    std::deque<Deadline> m_connectDeadlines;
    std::deque<Deadline> m_handshakeDeadlines;
    QVector<Endpoint> m_batch;
    Clock::time_point m_lastFlush;
    QString m_error;
    QString m_timeoutDetail;
    QString m_stalledDetail;
};
