#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"
#include "connectionacceptor.h"
#include "fleet/fleet.h"
#include "tlsserverchannel.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

class AgentState;
class QTcpSocket;

// Plays every endpoint of a fleet on its own address: one ConnectionAcceptor per listening socket,
// all in the thread's event loop (no thread per endpoint: a fleet can hold thousands). Agent
// ports that answer speak TLS only, all with one shared TLS context (TlsServerContext); the
// other behaviours play plain TCP, as the services they imitate would.
//
// Quarantine (docs/fleet-format.md, "Quarantine"): while an agent is quarantined, its
// endpoint's `listen` ports are closed, so a connect to them is refused as behind a rejecting
// firewall; the agent port, the management channel, stays open.
class FleetPlayer : public QObject
{
    Q_OBJECT
public:
    explicit FleetPlayer(Fleet fleet, QObject *parent = nullptr);
    ~FleetPlayer() override;

    // The agents' TLS key and self-signed certificate; without one, start() makes them. Every
    // agent of the fleet shares the key; a registered agent presents its own agent
    // certificate for it (AgentState::tlsContext()).
    void setCredentials(const AgentTls::Credentials &credentials) { m_credentials = credentials; }
    const std::optional<AgentTls::Credentials> &credentials() const { return m_credentials; }

    // Binds every listener of the fleet; the number bound, or the first failure (naming
    // address and port), after which nothing is left listening.
    Result<int> start();

    // How long a connection may stay idle before the endpoint closes it (30 s unless set).
    void setIdleLimit(int milliseconds) { m_idleLimitMs = milliseconds; }
    // Connections being played now.
    int sessionCount() const;
    // The state of the agent at `address`, or null.
    AgentState *agentAt(const QHostAddress &address) const;

private:
    Result<int> listenPlain(int endpointIndex);
    Result<int> listenAgent(int endpointIndex);
    Result<ConnectionAcceptor *> adopt(const QHostAddress &address, quint16 port,
                                       ConnectionAcceptor::Take take);
    void play(QTcpSocket *socket, AgentBehaviour behaviour, AgentState *state);
    void setQuarantined(int endpointIndex, bool quarantined);
    // Whether the agent of this endpoint has stopped answering (FleetAgent::silentAfterSeconds).
    bool isSilent(int endpointIndex) const;
    void stop();

    Fleet m_fleet;
    std::optional<AgentTls::Credentials> m_credentials;
    std::shared_ptr<TlsServerContext> m_tls;
    QList<ConnectionAcceptor *> m_servers;
    QHash<int, QList<ConnectionAcceptor *>> m_plainServers; // by endpoint, closed while quarantined
    QHash<int, AgentState *> m_agents; // by endpoint
    int m_idleLimitMs;
    QDateTime m_startedAt; // by the Clock (the fleet's clock under --fleet-clock)
};
