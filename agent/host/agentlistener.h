#pragma once

#include "host/agentconfig.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class AgentState;
class EndpointSession;
class ConnectionAcceptor;
class QTcpSocket;
class TlsServerContext;

// The real agent's door (docs/security.md, "Hostile peers"): it accepts connections on the
// agent's listening socket and admits each within the limits, so that no peer can take the
// agent from the others.
//
// - One peer (an IPv4 address, or an IPv6 /64, which one host can fill at will) holds at most
//   `connectionsPerPeer` connections; a further one is closed at once.
// - All peers together hold at most `connections`; a newcomer past that closes the connection
//   that has completed no request for the longest, rather than being refused: a flood of idle
//   connections from many addresses cannot lock out the console, whose exchange is quick.
// - accept() failing for lack of descriptors pauses accepting for a second (ConnectionAcceptor).
class AgentListener : public QObject
{
    Q_OBJECT
public:
    // Takes `descriptor`, a listening non-blocking socket, and closes it when destroyed. Each
    // connection gets the state's TLS context of the moment: a registration changes the agent's
    // certificate, and the next connection presents the new one.
    AgentListener(qintptr descriptor, AgentState *state, const ConnectionLimits &limits,
                  QObject *parent = nullptr);
    ~AgentListener() override;

    int sessionCount() const { return int(m_sessions.size()); }

private:
    void take(QTcpSocket *socket);
    void admit(EndpointSession *session, const QString &peer);
    void makeRoom();

    ConnectionAcceptor *m_acceptor;
    AgentState *m_state;
    ConnectionLimits m_limits;
    QList<EndpointSession *> m_sessions;
    QHash<QString, int> m_perPeer;
};
