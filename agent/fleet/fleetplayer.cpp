#include "fleet/fleetplayer.h"

#include "agentstate.h"
#include "common/clock.h"
#include "common/logging.h"
#include "connectionacceptor.h"
#include "endpointsession.h"
#include "fleet/fleethost.h"
#include "listeningsocket.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <unistd.h>

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
        const Result<ConnectionAcceptor *> server
            = adopt(endpoint.address, port,
                    [this](QTcpSocket *socket) { play(socket, AgentBehaviour::Stall, nullptr); });
        if (!server)
            return Result<int>::failure(server.error());
        m_plainServers[endpointIndex].append(*server);
    }
    return int(m_servers.size());
}

Result<int> FleetPlayer::listenAgent(int endpointIndex)
{
    const FleetEndpoint &endpoint = m_fleet.endpoints.at(endpointIndex);
    const FleetAgent &agent = *endpoint.agent;
    if (agent.behaviour != AgentBehaviour::Answer) {
        const AgentBehaviour behaviour = agent.behaviour;
        const Result<ConnectionAcceptor *> server
            = adopt(endpoint.address, agent.port,
                    [this, behaviour](QTcpSocket *socket) { play(socket, behaviour, nullptr); });
        if (!server)
            return Result<int>::failure(server.error());
        return int(m_servers.size());
    }
    auto *state = new AgentState(agent.identity, agent.ca, agent.status, this);
    state->setClockSkew(agent.clockSkewSeconds);
    state->setPreviousCa(agent.previousCa);
    Result<bool> tlsReady = state->setTls(*m_credentials, agent.certificate, m_tls);
    if (!tlsReady) {
        Logging::get("agent")->warn("{}: its agent certificate cannot be used, it presents the "
                                    "self-signed one: {}",
                                    agent.identity.name, tlsReady.error());
        tlsReady = state->setTls(*m_credentials, std::nullopt, m_tls);
    }
    // An agent told to fail some commands answers them through a host of its own.
    if (!agent.failCommands.isEmpty())
        state->setHost(new FleetHost(state, agent.failCommands));
    m_agents.insert(endpointIndex, state);
    connect(state, &AgentState::quarantineChanged, this, [this, endpointIndex](bool quarantined) {
        setQuarantined(endpointIndex, quarantined);
    });
    const Result<ConnectionAcceptor *> server
        = adopt(endpoint.address, agent.port, [this, state, endpointIndex](QTcpSocket *socket) {
              // A silent agent's connections stall: the port still accepts, nothing answers.
              if (isSilent(endpointIndex))
                  play(socket, AgentBehaviour::Stall, nullptr);
              else
                  play(socket, AgentBehaviour::Answer, state);
          });
    if (!server)
        return Result<int>::failure(server.error());
    if (!agent.identity.server.isEmpty() && !agent.ca)
        Logging::get("agent")->debug("{}: no CA known for server {}: commands are refused",
                                     agent.identity.name, agent.identity.server);
    return int(m_servers.size());
}

// A hand-made listening socket on address:port (ListeningSocket::open), its connections to `take`.
Result<ConnectionAcceptor *> FleetPlayer::adopt(const QHostAddress &address, quint16 port,
                                                ConnectionAcceptor::Take take)
{
    const Result<qintptr> descriptor = ListeningSocket::open(address, port);
    if (!descriptor)
        return Result<ConnectionAcceptor *>::failure(descriptor.error());
    auto *server = new ConnectionAcceptor(
        *descriptor, QStringLiteral("%1 port %2").arg(address.toString()).arg(port),
        std::move(take), this);
    m_servers.append(server);
    return server;
}

void FleetPlayer::play(QTcpSocket *socket, AgentBehaviour behaviour, AgentState *state)
{
    // A registered agent presents its agent certificate, the others the fleet's self-signed one.
    new EndpointSession(socket, behaviour, state, state ? state->tlsContext() : nullptr,
                        m_idleLimitMs, this);
}

void FleetPlayer::setQuarantined(int endpointIndex, bool quarantined)
{
    const FleetEndpoint &endpoint = m_fleet.endpoints.at(endpointIndex);
    const auto log = Logging::get("agent");
    if (quarantined) {
        for (ConnectionAcceptor *server : m_plainServers.take(endpointIndex)) {
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
