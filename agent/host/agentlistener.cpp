#include "host/agentlistener.h"

#include "common/logging.h"
#include "connectionacceptor.h"
#include "endpointsession.h"

#include <QTcpSocket>

#include <algorithm>

namespace {

// Who counts as one peer: an IPv4 address (IPv4-mapped IPv6 included), or an IPv6 /64.
QString peerKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

} // namespace

AgentListener::AgentListener(qintptr descriptor, AgentState *state, const ConnectionLimits &limits,
                             QObject *parent)
    : QObject(parent)
    , m_acceptor(new ConnectionAcceptor(
          descriptor, QStringLiteral("the agent's port"),
          [this](QTcpSocket *socket) { take(socket); }, this))
    , m_state(state)
    , m_limits(limits)
{ }

AgentListener::~AgentListener() = default;

void AgentListener::take(QTcpSocket *socket)
{
    const QString peer = peerKey(socket->peerAddress());
    if (m_perPeer.value(peer) >= m_limits.connectionsPerPeer) {
        Logging::get("agent")->debug("refusing a connection from {}: it holds {} already", peer,
                                     m_limits.connectionsPerPeer);
        socket->abort();
        delete socket;
        return;
    }
    if (int(m_sessions.size()) >= m_limits.connections)
        makeRoom();
    admit(new EndpointSession(socket, AgentBehaviour::Answer, m_state, m_state->tlsContext(),
                              m_limits.idleMs, this, m_limits.lifetimeMs),
          peer);
}

void AgentListener::admit(EndpointSession *session, const QString &peer)
{
    m_sessions.append(session);
    ++m_perPeer[peer];
    connect(session, &EndpointSession::ended, this, [this, session, peer] {
        m_sessions.removeOne(session);
        if (--m_perPeer[peer] <= 0)
            m_perPeer.remove(peer);
    });
}

void AgentListener::makeRoom()
{
    const auto quietest = std::max_element(m_sessions.cbegin(), m_sessions.cend(),
                                           [](const EndpointSession *a, const EndpointSession *b) {
                                               return a->quietForMs() < b->quietForMs();
                                           });
    if (quietest == m_sessions.cend())
        return;
    Logging::get("agent")->debug("{} connections open: closing the one from {}, quiet for {} ms",
                                 m_sessions.size(), (*quietest)->peerAddress().toString(),
                                 (*quietest)->quietForMs());
    (*quietest)->close(); // ended() removes it from the count at once
}
