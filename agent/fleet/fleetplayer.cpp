#include "fleet/fleetplayer.h"

#include "agentstate.h"
#include "common/clock.h"
#include "common/logging.h"
#include "endpointsession.h"
#include "listeningsocket.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace {
// After the process runs out of descriptors, wait this long before accepting again instead
// of spinning on a listener that stays readable.
constexpr int acceptRetryMs = 1000;
} // namespace

FleetPlayer::FleetPlayer(Fleet fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_idleLimitMs(EndpointSession::defaultIdleLimitMs)
{ }

FleetPlayer::~FleetPlayer()
{
    stop();
}

Result<int> FleetPlayer::start()
{
    if (!m_credentials) {
        const Result<AgentTls::Credentials> made
            = AgentTls::makeSelfSigned(QStringLiteral("osmgmt-agent fleet"));
        if (!made)
            return Result<int>::failure(made.error());
        m_credentials = made.value();
    }
    Result<std::shared_ptr<TlsServerContext>> tls = TlsServerContext::create(*m_credentials);
    if (!tls)
        return Result<int>::failure(tls.error());
    m_tls = std::move(tls).value();
    m_startedAt = Clock::instance().now();
    for (int i = 0; i < m_fleet.endpoints.size(); ++i) {
        const std::optional<FleetAgent> &agent = m_fleet.endpoints.at(i).agent;
        const bool quarantined = agent && agent->status.quarantined;
        Result<int> bound = quarantined ? int(m_servers.size()) : listenPlain(i);
        if (bound && agent)
            bound = listenAgent(i);
        if (!bound) {
            stop();
            return bound;
        }
    }
    Logging::get("agent")->info("playing {} endpoints on {} listeners", m_fleet.endpoints.size(),
                                m_servers.size());
    return int(m_servers.size());
}

// The plain ports of one endpoint: a host whose port is open and silent, played as a stall.
Result<int> FleetPlayer::listenPlain(int endpointIndex)
{
    const FleetEndpoint &endpoint = m_fleet.endpoints.at(endpointIndex);
    for (quint16 port : endpoint.listen) {
        const Result<QTcpServer *> server = adopt(new QTcpServer(this), endpoint.address, port);
        if (!server)
            return Result<int>::failure(server.error());
        QTcpServer *plain = *server;
        connect(plain, &QTcpServer::newConnection, this,
                [this, plain] { acceptPending(plain, AgentBehaviour::Stall, nullptr); });
        m_plainServers[endpointIndex].append(plain);
    }
    return int(m_servers.size());
}

Result<int> FleetPlayer::listenAgent(int endpointIndex)
{
    const FleetEndpoint &endpoint = m_fleet.endpoints.at(endpointIndex);
    const FleetAgent &agent = *endpoint.agent;
    if (agent.behaviour != AgentBehaviour::Answer) {
        const Result<QTcpServer *> server
            = adopt(new QTcpServer(this), endpoint.address, agent.port);
        if (!server)
            return Result<int>::failure(server.error());
        QTcpServer *plain = *server;
        const AgentBehaviour behaviour = agent.behaviour;
        connect(plain, &QTcpServer::newConnection, this,
                [this, plain, behaviour] { acceptPending(plain, behaviour, nullptr); });
        return int(m_servers.size());
    }
    const Result<QTcpServer *> server = adopt(new QTcpServer(this), endpoint.address, agent.port);
    if (!server)
        return Result<int>::failure(server.error());
    QTcpServer *tls = *server;
    // Many consoles (or a sweep's retries) may connect at once: take them all each time.
    tls->setMaxPendingConnections(1024);
    auto *state = new AgentState(agent.identity, agent.ca, agent.status, this);
    Result<bool> tlsReady = state->setTls(*m_credentials, agent.certificate, m_tls);
    if (!tlsReady) {
        Logging::get("agent")->warn("{}: its agent certificate cannot be used, it presents the "
                                    "self-signed one: {}",
                                    agent.identity.name, tlsReady.error());
        tlsReady = state->setTls(*m_credentials, std::nullopt, m_tls);
    }
    m_agents.insert(endpointIndex, state);
    connect(state, &AgentState::quarantineChanged, this, [this, endpointIndex](bool quarantined) {
        setQuarantined(endpointIndex, quarantined);
    });
    connect(tls, &QTcpServer::newConnection, this, [this, tls, state, endpointIndex] {
        // A silent agent's connections stall: the port still accepts, nothing answers.
        if (isSilent(endpointIndex))
            acceptPending(tls, AgentBehaviour::Stall, nullptr);
        else
            acceptPending(tls, AgentBehaviour::Answer, state);
    });
    if (!agent.identity.server.isEmpty() && !agent.ca)
        Logging::get("agent")->debug("{}: no CA known for server {}: commands are refused",
                                     agent.identity.name, agent.identity.server);
    return int(m_servers.size());
}

// Gives `server` a hand-made listening socket on address:port (ListeningSocket::open).
Result<QTcpServer *> FleetPlayer::adopt(QTcpServer *server, const QHostAddress &address,
                                        quint16 port)
{
    const Result<qintptr> descriptor = ListeningSocket::open(address, port);
    if (!descriptor) {
        delete server;
        return Result<QTcpServer *>::failure(descriptor.error());
    }
    if (!server->setSocketDescriptor(*descriptor)) {
        const QString reason = server->errorString();
        ::close(int(*descriptor));
        delete server;
        return Result<QTcpServer *>::failure(
            QCoreApplication::translate("FleetPlayer", "cannot listen on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(reason));
    }
    connect(server, &QTcpServer::acceptError, this,
            [server, address, port](QAbstractSocket::SocketError) {
                // Qt pauses a server whose accept() failed for lack of resources.
                Logging::get("agent")->warn("cannot accept on {} port {}: {}", address.toString(),
                                            port, server->errorString());
                QTimer::singleShot(acceptRetryMs, server, &QTcpServer::resumeAccepting);
            });
    m_servers.append(server);
    return server;
}

void FleetPlayer::acceptPending(QTcpServer *server, AgentBehaviour behaviour, AgentState *state)
{
    // A registered agent presents its agent certificate, the others the fleet's self-signed one.
    while (QTcpSocket *socket = server->nextPendingConnection())
        new EndpointSession(socket, behaviour, state, state ? state->tlsContext() : nullptr,
                            m_idleLimitMs, this);
}

void FleetPlayer::setQuarantined(int endpointIndex, bool quarantined)
{
    const FleetEndpoint &endpoint = m_fleet.endpoints.at(endpointIndex);
    const auto log = Logging::get("agent");
    if (quarantined) {
        for (QTcpServer *server : m_plainServers.take(endpointIndex)) {
            m_servers.removeOne(server);
            delete server; // closes the listening socket: connects are refused
        }
        log->info("{}: quarantined, {} other port(s) closed", endpoint.name,
                  endpoint.listen.size());
        return;
    }
    const Result<int> bound = listenPlain(endpointIndex);
    if (!bound)
        log->error("{}: released, but a port cannot be opened again: {}", endpoint.name,
                   bound.error());
    else
        log->info("{}: released, {} other port(s) open again", endpoint.name,
                  endpoint.listen.size());
}

bool FleetPlayer::isSilent(int endpointIndex) const
{
    const std::optional<FleetAgent> &agent = m_fleet.endpoints.at(endpointIndex).agent;
    return agent && agent->silentAfterSeconds
        && Clock::instance().now() >= m_startedAt.addSecs(*agent->silentAfterSeconds);
}

int FleetPlayer::sessionCount() const
{
    return int(findChildren<EndpointSession *>(Qt::FindDirectChildrenOnly).size());
}

AgentState *FleetPlayer::agentAt(const QHostAddress &address) const
{
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        if (m_fleet.endpoints.at(it.key()).address == address)
            return it.value();
    }
    return nullptr;
}

void FleetPlayer::stop()
{
    qDeleteAll(m_servers);
    m_servers.clear();
    m_plainServers.clear();
    qDeleteAll(m_agents);
    m_agents.clear();
}
