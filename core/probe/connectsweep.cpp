#include "probe/connectsweep.h"

#include <cerrno>

namespace {
constexpr int maxWaitMs = 50;
constexpr int startBurst = 1024; // connects started between two looks at the answers

quint64 keyOf(int connectionIndex, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(connectionIndex);
}
} // namespace

ConnectSweep::ConnectSweep(const SweepPlan &plan, Share share, const AgentTrust &trust,
                           SocketPoller::Kind poller, const std::atomic<bool> &cancel,
                           const std::atomic<bool> &abort)
    : m_plan(plan)
    , m_share(share)
    , m_trust(trust)
    , m_pollerKind(poller)
    , m_cancel(cancel)
    , m_abort(abort)
    , m_nextTarget(quint64(share.shard))
{ }

ConnectSweep::~ConnectSweep()
{
    closeAll();
}

ConnectSweep::Outcome ConnectSweep::run(const BatchSink &sink)
{
    Result<std::unique_ptr<SocketPoller>> poller = SocketPoller::create(m_pollerKind);
    if (!poller) {
        m_error = poller.error();
        return Outcome::Failed;
    }
    m_poller = std::move(poller).value();
    m_lastFlush = Clock::now();
    std::vector<SocketPoller::Event> events;
    while (true) {
        if (m_cancel.load(std::memory_order_relaxed) || m_abort.load(std::memory_order_relaxed)) {
            closeAll();
            flush(sink, true);
            return Outcome::Cancelled;
        }
        // Ports of addresses already started come first; then new targets, in bursts, so that
        // answers to the first connects are read (and reported) while thousands of others are
        // still being started.
        openWaitingPorts();
        int started = 0;
        while (started < startBurst && m_waiting.empty() && hasRoom() && startNextTarget())
            ++started;
        if (!m_error.isEmpty()) {
            closeAll();
            flush(sink, true);
            return Outcome::Failed;
        }
        if (m_activeProbes == 0 && m_nextTarget >= m_plan.targets.size())
            break;
        const bool moreToStart = started == startBurst;
        const int ready = m_poller->wait(events, moreToStart ? 0 : waitTimeoutMs());
        if (ready < 0 && RawSocket::lastError() != EINTR) {
            m_error = tr("Waiting for connections failed: %1")
                          .arg(RawSocket::systemError(RawSocket::lastError()));
            continue;
        }
        for (const SocketPoller::Event &event : events) {
            const int index = int(event.key & 0xffffffffu);
            if (m_connections[size_t(index)].generation == quint32(event.key >> 32))
                handleEvent(index, event.happened);
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
    if (m_nextTarget >= m_plan.targets.size())
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
    Target target = m_plan.targets.at(m_nextTarget);
    m_nextTarget += quint64(m_share.shards);
    probe.address = std::move(target.address); // moved, as before: no copy per target
    probe.computer = target.computer;
    // In AD but of unknown status is Unresolved, not No client installed (DESIGN.md).
    probe.observation.fromActiveDirectory = target.computer != nullptr;
    probe.observation.knownQuarantined = !m_plan.settings.quarantined.isEmpty()
        && m_plan.settings.quarantined.contains(probe.address);
    RawSocket::fillSocketAddress(probe.address, probe.socketAddress, probe.socketAddressLength);
    probe.stage = m_plan.scope.unreachableCheck.enabled ? Stage::Gate : Stage::Ports;
    ++m_activeProbes;
    startStage(index);
    return m_error.isEmpty();
}

void ConnectSweep::startStage(int probeIndex)
{
    m_probes[size_t(probeIndex)].nextPort = 0;
    openStage(probeIndex, false);
}

// Opens what the probe's stage still has to open, as far as the connection cap allows; a probe
// with ports left waits in m_waiting (at the front when it was already first in line).
void ConnectSweep::openStage(int probeIndex, bool waitFirst)
{
    m_probes[size_t(probeIndex)].starting = true;
    if (m_probes[size_t(probeIndex)].stage == Stage::Gate) {
        // A new target starts only with room, and a finished gate freed its own connection.
        openConnection(probeIndex, m_plan.scope.unreachableCheck.port, true);
    } else {
        while (m_error.isEmpty() && hasRoom()
               && m_probes[size_t(probeIndex)].nextPort < m_plan.ports.size()) {
            const quint16 port = m_plan.ports[m_probes[size_t(probeIndex)].nextPort++];
            openConnection(probeIndex, port, false);
        }
    }
    Probe &probe = m_probes[size_t(probeIndex)];
    probe.starting = false;
    if (probe.stage == Stage::Ports && probe.nextPort < m_plan.ports.size()) {
        probe.waiting = true;
        if (waitFirst)
            m_waiting.push_front(probeIndex);
        else
            m_waiting.push_back(probeIndex);
        return;
    }
    if (probe.openConnections == 0)
        completeStage(probeIndex);
}

void ConnectSweep::openWaitingPorts()
{
    while (!m_waiting.empty() && hasRoom() && m_error.isEmpty()) {
        const int probeIndex = m_waiting.front();
        m_waiting.pop_front();
        m_probes[size_t(probeIndex)].waiting = false;
        openStage(probeIndex, true);
    }
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
    ++m_openConnections;
    startConnect(index);
}

void ConnectSweep::startConnect(int connectionIndex)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    const Probe &probe = m_probes[size_t(connection.probe)];
    connection.handshaking = false;
    connection.watched = 0;
    connection.conversation.reset();
    connection.socket = RawSocket::openNonBlocking(probe.socketAddress.ss_family);
    if (connection.socket == RawSocket::invalid) {
        m_error
            = tr("Cannot open a socket: %1").arg(RawSocket::systemError(RawSocket::lastError()));
        closeConnection(connectionIndex, PortOutcome::NoRoute, m_error);
        return;
    }

    sockaddr_storage target = probe.socketAddress;
    RawSocket::setPort(target, connection.port);
    const int result
        = RawSocket::startConnect(connection.socket, target, probe.socketAddressLength);
    if (result == 0) {
        onConnected(connectionIndex);
        return;
    }
    if (result != EINPROGRESS) {
        closeConnection(connectionIndex, RawSocket::outcomeOfConnectError(result),
                        RawSocket::systemError(result));
        return;
    }
    if (!watch(connectionIndex, SocketPoller::Writable)) {
        closeConnection(connectionIndex, PortOutcome::NoRoute, m_error);
        return;
    }
    const auto timeout = std::chrono::milliseconds(m_plan.settings.connectTimeoutMs);
    m_connectDeadlines.push_back(
        { Clock::now() + timeout, connectionIndex, connection.generation });
}

void ConnectSweep::retryConnect(int connectionIndex)
{
    // A dropped SYN may be loss rather than a filter: try again with a new socket, as nmap's
    // retransmissions do, before calling the port timed out. The connection keeps its place
    // under the cap.
    Connection &connection = m_connections[size_t(connectionIndex)];
    releaseSocket(connection);
    ++connection.attempt;
    startConnect(connectionIndex);
}

void ConnectSweep::handleEvent(int connectionIndex, quint32 happened)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    if (connection.handshaking) {
        converse(connectionIndex);
        return;
    }
    int error = RawSocket::pendingError(connection.socket);
    if (error == 0 && (happened & SocketPoller::CanWrite)
        && !(happened & (SocketPoller::Failed | SocketPoller::HungUp))) {
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
    RawSocket::setAbortiveClose(connection.socket);
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
        m_plan.tls->get(), connection.socket, &m_trust, m_probes[size_t(connection.probe)].address);
    const auto timeout = std::chrono::milliseconds(m_plan.settings.handshakeTimeoutMs);
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
        if (!watch(connectionIndex, SocketPoller::Readable))
            closeConnection(connectionIndex, PortOutcome::Closed, m_error);
        return;
    case AgentConversation::Step::Kind::WantWrite:
        if (!watch(connectionIndex, SocketPoller::Writable))
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

// Asks the poller for `interest` on the connection; false (with m_error set) when it cannot.
bool ConnectSweep::watch(int connectionIndex, quint32 interest)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    if (connection.watched == interest)
        return true;
    if (!m_poller->watch(connection.socket, keyOf(connectionIndex, connection.generation), interest,
                         connection.watched == 0)) {
        m_error
            = tr("Cannot watch a socket: %1").arg(RawSocket::systemError(RawSocket::lastError()));
        return false;
    }
    connection.watched = interest;
    return true;
}

// Closes the connection's socket; a later event of it no longer matches its generation.
void ConnectSweep::releaseSocket(Connection &connection)
{
    connection.conversation.reset();
    if (connection.socket != RawSocket::invalid) {
        if (connection.watched != 0)
            m_poller->forget(connection.socket);
        RawSocket::close(connection.socket);
    }
    connection.socket = RawSocket::invalid;
    connection.watched = 0;
    ++connection.generation;
}

void ConnectSweep::closeConnection(int connectionIndex, PortOutcome outcome, const QString &detail)
{
    Connection &connection = m_connections[size_t(connectionIndex)];
    releaseSocket(connection);
    m_freeConnections.push_back(connectionIndex);
    --m_openConnections;

    Probe &probe = m_probes[size_t(connection.probe)];
    if (connection.isGate)
        probe.observation.gate = RawSocket::gateOf(outcome);
    else
        probe.observation.ports.append({ connection.port, outcome, detail });
    --probe.openConnections;
    if (probe.openConnections == 0 && !probe.starting && !probe.waiting)
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
                  return m_plan.rankOf(a.port) < m_plan.rankOf(b.port);
              });
    const Classification classification = m_plan.classifier.classify(probe.observation);
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
        if (connection.generation != deadline.generation || connection.socket == RawSocket::invalid)
            continue; // finished before its deadline
        if (connection.handshaking != handshake)
            continue; // connected in time; its handshake has its own deadline
        if (handshake) {
            closeConnection(deadline.connection, PortOutcome::Stalled, m_plan.stalledDetail);
        } else if (connection.attempt < m_plan.settings.connectRetries) {
            retryConnect(deadline.connection);
        } else {
            closeConnection(deadline.connection, PortOutcome::Timeout, m_plan.timeoutDetail);
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
    const auto interval = std::chrono::milliseconds(m_plan.settings.batchIntervalMs);
    const Clock::time_point now = Clock::now();
    const bool due = m_batch.size() >= m_plan.settings.batchSize || now - m_lastFlush >= interval;
    if (!(force || due))
        return;
    m_lastFlush = now;
    sink(std::exchange(m_batch, {}));
}

void ConnectSweep::closeAll()
{
    for (Connection &connection : m_connections) {
        if (connection.socket != RawSocket::invalid)
            releaseSocket(connection);
    }
    m_poller.reset();
}
