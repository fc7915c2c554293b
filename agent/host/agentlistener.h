#pragma once

#include "host/agentconfig.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class AgentState;
class EndpointSession;
class QTcpServer;
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
// - accept() failing (EMFILE, ENFILE, ENOBUFS) pauses accepting for a second instead of
//   spinning on a listener that stays readable (Qt pauses it; nothing else would resume it).
class AgentListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int acceptRetryMs = 1000;

    // Takes `server` (listening) as its child.
    AgentListener(QTcpServer *server, AgentState *state, std::shared_ptr<TlsServerContext> tls,
                  const ConnectionLimits &limits, QObject *parent = nullptr);

    int sessionCount() const { return int(m_sessions.size()); }

private:
    void acceptPending();
    void admit(EndpointSession *session, const QString &peer);
    void makeRoom();

    QTcpServer *m_server;
    AgentState *m_state;
    std::shared_ptr<TlsServerContext> m_tls;
    ConnectionLimits m_limits;
    QList<EndpointSession *> m_sessions;
    QHash<QString, int> m_perPeer;
};
