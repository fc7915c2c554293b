#include "host/agentlistener.h"

#include "common/logging.h"
#include "endpointsession.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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

AgentListener::AgentListener(QTcpServer *server, AgentState *state,
                             std::shared_ptr<TlsServerContext> tls, const ConnectionLimits &limits,
                             QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_state(state)
    , m_tls(std::move(tls))
    , m_limits(limits)
{
    m_server->setParent(this);
    // Many consoles (or a sweep's retries) may connect at once: take them all each time.
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &AgentListener::acceptPending);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        // Qt has paused the listener, for good unless resumed. A connection reset before it
        // was accepted (ECONNABORTED) is no reason to wait; a lack of descriptors or memory is.
        const int delayMs = error == QAbstractSocket::NetworkError ? 0 : acceptRetryMs;
        Logging::get("agent")->warn("cannot accept a connection: {}; trying again in {} ms",
                                    m_server->errorString(), delayMs);
        QTimer::singleShot(delayMs, m_server, &QTcpServer::resumeAccepting);
    });
}

void AgentListener::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString peer = peerKey(socket->peerAddress());
        if (m_perPeer.value(peer) >= m_limits.connectionsPerPeer) {
            Logging::get("agent")->debug("refusing a connection from {}: it holds {} already", peer,
                                         m_limits.connectionsPerPeer);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (int(m_sessions.size()) >= m_limits.connections)
            makeRoom();
        admit(new EndpointSession(socket, AgentBehaviour::Answer, m_state, m_tls, m_limits.idleMs,
                                  this, m_limits.lifetimeMs),
              peer);
    }
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
