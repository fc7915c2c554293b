#include "probe/connectsweep.h"

#include "common/logging.h"
#include "probe/rawsocket.h"

#include <QCoreApplication>

#include <cerrno>

#include <netinet/in.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace {
constexpr int maxWaitMs = 50;
constexpr int startBurst = 1024; // connects started between two looks at the answers
} // namespace

ConnectSweep::ConnectSweep(const QueryScope &scope, DirectoryTargets directory,
                           const ProbeSettings &settings, const std::atomic<bool> &cancelRequested)
    : m_scope(scope.scope())
    , m_settings(settings)
    , m_cancelRequested(cancelRequested)
    , m_targets(scope.scope(), std::move(directory))
    , m_classifier(settings.thisServerName)
    , m_trust(settings.thisServerName,
              settings.thisServerCa ? *settings.thisServerCa : AgentTrust::thisConsoleAuthority())
{
    for (quint16 port : m_scope.ports.ports())
        m_ports.append(port);
    m_connectionLimit
        = std::max(1, std::min(settings.maxConnections, RawSocket::usableDescriptors()));
    // Made once: every timed-out port of a sweep shares the same text.
    m_timeoutDetail = tr("no answer within %1 ms (%2 attempts)")
                          .arg(settings.connectTimeoutMs)
                          .arg(settings.connectRetries + 1);
    m_stalledDetail
        = tr("accepted, then gave no answer within %1 ms").arg(settings.handshakeTimeoutMs);
    const int perTarget = std::max(1, int(m_ports.size()));
    m_probeLimit = std::max(1, m_connectionLimit / perTarget);
}

ConnectSweep::~ConnectSweep()
{
    closeAll();
}

ConnectSweep::Outcome ConnectSweep::run(const BatchSink &sink)
{
    Result<std::shared_ptr<TlsClientContext>> tls = TlsClientContext::create();
    if (!tls) {
        m_error = tls.error();
        return Outcome::Failed;
    }
    m_tls = std::move(tls).value();
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_error = tr("Cannot create the event set: %1").arg(RawSocket::systemError(errno));
        return Outcome::Failed;
    }
    Logging::get("probe")->info("sweep of {} addresses, {} ports, up to {} connections",
                                m_targets.size(), m_ports.size(), m_connectionLimit);
    m_lastFlush = Clock::now();
    std::vector<epoll_event> events(4096);
    while (true) {
        if (m_cancelRequested.load(std::memory_order_relaxed)) {
            closeAll();
            flush(sink, true);
            return Outcome::Cancelled;
        }
        // Start in bursts, so that answers to the first connects are read (and reported) while
        // thousands of others are still being started.
        int started = 0;
        while (started < startBurst && m_activeProbes < m_probeLimit && startNextTarget())
            ++started;
        if (!m_error.isEmpty()) {
            closeAll();
            flush(sink, true);
            return Outcome::Failed;
        }
        if (m_activeProbes == 0 && m_nextTarget >= m_targets.size())
            break;
        const bool moreToStart = started == startBurst;
        const int ready = epoll_wait(m_epoll, events.data(), int(events.size()),
                                     moreToStart ? 0 : waitTimeoutMs());
        if (ready < 0 && errno != EINTR) {
            m_error = tr("Waiting for connections failed: %1").arg(RawSocket::systemError(errno));
            continue;
        }
        for (int i = 0; i < ready; ++i) {
            const quint64 key = events[size_t(i)].data.u64;
            const int index = int(key & 0xffffffffu);
            if (m_connections[size_t(index)].generation == quint32(key >> 32))
                handleEvent(index, events[size_t(i)].events);
        }
        expireDeadlines(m_connectDeadlines, false);
        expireDeadlines(m_handshakeDeadlines, true);
        flush(sink, false);
    }
    flush(sink, true);
    return Outcome::Completed;
}

bool ConnectSweep::startNextTarget()
{
    if (m_nextTarget >= m_targets.size())
        return false;
    int index;
    if (!m_freeProbes.empty()) {
        index = m_freeProbes.back();
        m_freeProbes.pop_back();
        m_probes[size_t(index)] = Probe();
    } else {
        index = int(m_probes.size());
        m_probes.emplace_back();
    }
    Probe &probe = m_probes[size_t(index)];
    Target target = m_targets.at(m_nextTarget++);
    probe.address = std::move(target.address); // moved, as before: no copy per target
    probe.computer = target.computer;
    // In AD but of unknown status is Unresolved, not No client installed (DESIGN.md).
    probe.observation.fromActiveDirectory = target.computer != nullptr;
    probe.observation.knownQuarantined
        = !m_settings.quarantined.isEmpty() && m_settings.quarantined.contains(probe.address);
    RawSocket::fillSocketAddress(probe.address, probe.socketAddress, probe.socketAddressLength);
    probe.stage = m_scope.unreachableCheck.enabled ? Stage::Gate : Stage::Ports;
    ++m_activeProbes;
    startStage(index);
    return m_error.isEmpty();
}

void ConnectSweep::startStage(int probeIndex)
{
    m_probes[size_t(probeIndex)].starting = true;
    if (m_probes[size_t(probeIndex)].stage == Stage::Gate) {
        openConnection(probeIndex, m_scope.unreachableCheck.port, true);
    } else {
        for (quint16 port : std::as_const(m_ports))
            openConnection(probeIndex, port, false);
    }
    m_probes[size_t(probeIndex)].starting = false;
    if (m_probes[size_t(probeIndex)].openConnections == 0)
        completeStage(probeIndex);
}

void ConnectSweep::openConnection(int probeIndex, quint16 port, bool isGate)
{
    int index;
    if (!m_freeConnections.empty()) {
        index = m_freeConnections.back();
        m_freeConnections.pop_back();
    } else {
        index = int(m_connections.size());
        m_connections.emplace_back();
    }
    Connection &connection = m_connections[size_t(index)];
    connection.probe = probeIndex;
    connection.port = port;
    connection.isGate = isGate;
    connection.attempt = 0;
    ++m_probes[size_t(probeIndex)].openConnections;
    startConnect(index);
}

void ConnectSweep::startConnect(int connectionIndex)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    const Probe &probe = m_probes[size_t(connection.probe)];
    connection.handshaking = false;
    connection.watched = 0;
    connection.conversation.reset();
    connection.fd = socket(probe.socketAddress.ss_family,
                           SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (connection.fd < 0) {
        m_error = tr("Cannot open a socket: %1").arg(RawSocket::systemError(errno));
        closeConnection(connectionIndex, PortOutcome::NoRoute, m_error);
        return;
    }

    sockaddr_storage target = probe.socketAddress;
    RawSocket::setPort(target, connection.port);
    if (::connect(connection.fd, reinterpret_cast<const sockaddr *>(&target),
                  probe.socketAddressLength)
        == 0) {
        onConnected(connectionIndex);
        return;
    }
    if (errno != EINPROGRESS) {
        const int error = errno;
        closeConnection(connectionIndex, RawSocket::outcomeOfConnectError(error),
                        RawSocket::systemError(error));
        return;
    }
    if (!watch(connectionIndex, EPOLLOUT)) {
        closeConnection(connectionIndex, PortOutcome::NoRoute, m_error);
        return;
    }
    const auto timeout = std::chrono::milliseconds(m_settings.connectTimeoutMs);
    m_connectDeadlines.push_back(
        { Clock::now() + timeout, connectionIndex, connection.generation });
}

void ConnectSweep::retryConnect(int connectionIndex)
{
    // A dropped SYN may be loss rather than a filter: try again with a new socket, as nmap's
    // retransmissions do, before calling the port timed out.
    Connection &connection = m_connections[size_t(connectionIndex)];
    ::close(connection.fd);
    connection.fd = -1;
    ++connection.generation;
    ++connection.attempt;
    startConnect(connectionIndex);
}

void ConnectSweep::handleEvent(int connectionIndex, quint32 events)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    if (connection.handshaking) {
        converse(connectionIndex);
        return;
    }
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(connection.fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error == 0 && (events & EPOLLOUT) && !(events & (EPOLLERR | EPOLLHUP))) {
        onConnected(connectionIndex);
        return;
    }
    if (error == 0)
        error = ECONNRESET;
    closeConnection(connectionIndex, RawSocket::outcomeOfConnectError(error),
                    RawSocket::systemError(error));
}

void ConnectSweep::onConnected(int connectionIndex)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    // Established connections close with a reset: a sweep must not leave thousands of sockets
    // in TIME_WAIT. (One that never connected leaves nothing behind, so it is spared the call.)
    const linger abortive { 1, 0 };
    setsockopt(connection.fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    if (connection.isGate) {
        // The gate only needs the connection: closing it with any non-failure outcome
        // records GateResult::Connected (gateOf).
        closeConnection(connectionIndex, PortOutcome::Agent, {});
        return;
    }
    // TLS only starts on a port that accepted (docs/performance.md: the sweep's cost stays
    // with the connects), and the handshake deadline covers TLS and the identity together.
    connection.handshaking = true;
    connection.conversation = std::make_unique<AgentConversation>(
        m_tls->get(), connection.fd, &m_trust, m_probes[size_t(connection.probe)].address);
    const auto timeout = std::chrono::milliseconds(m_settings.handshakeTimeoutMs);
    m_handshakeDeadlines.push_back(
        { Clock::now() + timeout, connectionIndex, connection.generation });
    converse(connectionIndex);
}

void ConnectSweep::converse(int connectionIndex)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    const AgentConversation::Step step = connection.conversation->advance();
    switch (step.kind) {
    case AgentConversation::Step::Kind::WantRead:
        if (!watch(connectionIndex, EPOLLIN | EPOLLRDHUP))
            closeConnection(connectionIndex, PortOutcome::Closed, m_error);
        return;
    case AgentConversation::Step::Kind::WantWrite:
        if (!watch(connectionIndex, EPOLLOUT))
            closeConnection(connectionIndex, PortOutcome::Closed, m_error);
        return;
    case AgentConversation::Step::Kind::Broken:
        closeConnection(connectionIndex, step.outcome, step.detail);
        return;
    case AgentConversation::Step::Kind::Identified: {
        Probe &probe = m_probes[size_t(connection.probe)];
        if (!probe.observation.identity) {
            probe.observation.identity = step.identity;
            probe.observation.identityVerified = step.trust.verified;
            probe.observation.unverifiedReason = step.trust.problem;
            probe.agentPort = connection.port;
        }
        closeConnection(connectionIndex, PortOutcome::Agent, {});
        return;
    }
    }
}

// Asks epoll for `events` on the connection; false (with m_error set) when it cannot.
bool ConnectSweep::watch(int connectionIndex, quint32 events)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    if (connection.watched == events)
        return true;
    epoll_event event {};
    event.events = events;
    event.data.u64 = (quint64(connection.generation) << 32) | quint32(connectionIndex);
    // A new descriptor (watched == 0) is added; a known one only changes its events.
    const int operation = connection.watched == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (epoll_ctl(m_epoll, operation, connection.fd, &event) != 0) {
        m_error = tr("Cannot watch a socket: %1").arg(RawSocket::systemError(errno));
        return false;
    }
    connection.watched = events;
    return true;
}

void ConnectSweep::closeConnection(int connectionIndex, PortOutcome outcome, const QString &detail)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    connection.conversation.reset();
    connection.watched = 0;
    if (connection.fd >= 0)
        ::close(connection.fd); // also leaves the epoll set: the descriptor is not shared
    connection.fd = -1;
    ++connection.generation;
    m_freeConnections.push_back(connectionIndex);

    Probe &probe = m_probes[size_t(connection.probe)];
    if (connection.isGate)
        probe.observation.gate = RawSocket::gateOf(outcome);
    else
        probe.observation.ports.append({ connection.port, outcome, detail });
    --probe.openConnections;
    if (probe.openConnections == 0 && !probe.starting)
        completeStage(connection.probe);
}

void ConnectSweep::completeStage(int probeIndex)
{
    Probe &probe = m_probes[size_t(probeIndex)];
    // A quarantined computer's gate is closed on purpose: its agent ports are tried all the same.
    if (probe.stage == Stage::Gate
        && (probe.observation.gate == GateResult::Connected
            || probe.observation.knownQuarantined)) {
        probe.stage = Stage::Ports;
        startStage(probeIndex);
        return;
    }
    finishProbe(probeIndex);
}

void ConnectSweep::finishProbe(int probeIndex)
{
    Probe &probe = m_probes[size_t(probeIndex)];
    // Ports are reported in the order of the scope's list, not the order they answered in.
    std::sort(probe.observation.ports.begin(), probe.observation.ports.end(),
              [this](const PortObservation &a, const PortObservation &b) {
                  return m_ports.indexOf(a.port) < m_ports.indexOf(b.port);
              });
    const Classification classification = m_classifier.classify(probe.observation);
    Endpoint endpoint;
    endpoint.address = probe.address.protocol() == QAbstractSocket::IPv4Protocol
        ? probe.address.toString()
        : Ipv6Prefix::formatIpv6(probe.address.toIPv6Address());
    endpoint.status = classification.status;
    endpoint.detail = classification.detail;
    endpoint.gate = probe.observation.gate;
    endpoint.ports = probe.observation.ports;
    if (probe.observation.identity) {
        const AgentIdentity &agent = *probe.observation.identity;
        endpoint.name = agent.name;
        endpoint.server = agent.server;
        endpoint.agentVersion = agent.version;
        endpoint.domain = agent.domain;
        endpoint.agentPort = probe.agentPort;
    }
    if (probe.computer) {
        if (!probe.computer->name.isEmpty())
            endpoint.name = probe.computer->name; // the AD name, over the agent's
        endpoint.adPath = probe.computer->dn;
    }
    m_batch.append(std::move(endpoint));
    ++m_finished;
    --m_activeProbes;
    probe.observation = EndpointObservation();
    m_freeProbes.push_back(probeIndex);
}

void ConnectSweep::expireDeadlines(std::deque<Deadline> &queue, bool handshake)
{
    const Clock::time_point now = Clock::now();
    while (!queue.empty() && queue.front().at <= now) {
        const Deadline deadline = queue.front();
        queue.pop_front();
        const Connection &connection = m_connections[size_t(deadline.connection)];
        if (connection.generation != deadline.generation || connection.fd < 0)
            continue; // finished before its deadline
        if (connection.handshaking != handshake)
            continue; // connected in time; its handshake has its own deadline
        if (handshake) {
            closeConnection(deadline.connection, PortOutcome::Stalled, m_stalledDetail);
        } else if (connection.attempt < m_settings.connectRetries) {
            retryConnect(deadline.connection);
        } else {
            closeConnection(deadline.connection, PortOutcome::Timeout, m_timeoutDetail);
        }
    }
}

int ConnectSweep::waitTimeoutMs() const
{
    const Clock::time_point now = Clock::now();
    Clock::time_point next = now + std::chrono::milliseconds(maxWaitMs);
    if (!m_connectDeadlines.empty())
        next = std::min(next, m_connectDeadlines.front().at);
    if (!m_handshakeDeadlines.empty())
        next = std::min(next, m_handshakeDeadlines.front().at);
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count();
    return int(std::max<qint64>(0, wait + 1));
}

void ConnectSweep::flush(const BatchSink &sink, bool force)
{
    const auto interval = std::chrono::milliseconds(m_settings.batchIntervalMs);
    const Clock::time_point now = Clock::now();
    const bool due = m_batch.size() >= m_settings.batchSize || now - m_lastFlush >= interval;
    if (!(force || due))
        return;
    m_lastFlush = now;
    sink(std::exchange(m_batch, {}), m_finished);
}

void ConnectSweep::closeAll()
{
    for (Connection &connection : m_connections) {
        connection.conversation.reset();
        if (connection.fd >= 0) {
            ::close(connection.fd);
            connection.fd = -1;
            ++connection.generation;
        }
    }
    if (m_epoll >= 0) {
        ::close(m_epoll);
        m_epoll = -1;
    }
}
