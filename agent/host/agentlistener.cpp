#include "host/agentlistener.h"

#include "common/logging.h"
#include "endpointsession.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

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
    , m_descriptor(int(descriptor))
    , m_notifier(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
    , m_state(state)
    , m_limits(limits)
{
    connect(m_notifier, &QSocketNotifier::activated, this, &AgentListener::acceptPending);
}

AgentListener::~AgentListener()
{
    delete m_notifier; // before its descriptor goes
    ::close(m_descriptor);
}

void AgentListener::acceptPending()
{
    for (int taken = 0; taken < acceptsPerTurn; ++taken) {
        const int connection
            = ::accept4(m_descriptor, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (connection < 0) {
            const int error = errno;
            if (error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM)
                pauseAfter(error);
            // EAGAIN: nothing more waits. ECONNABORTED, EPROTO, EPERM (a firewall): that one
            // connection failed; the notifier brings the next.
            if (error != EINTR && error != ECONNABORTED)
                return;
            continue;
        }
        auto *socket = new QTcpSocket();
        if (!socket->setSocketDescriptor(connection)) {
            ::close(connection);
            delete socket;
            continue;
        }
        take(socket);
    }
}

void AgentListener::pauseAfter(int error)
{
    Logging::get("agent")->warn("cannot accept a connection: {}; trying again in {} ms",
                                std::strerror(error), acceptRetryMs);
    m_notifier->setEnabled(false);
    QTimer::singleShot(acceptRetryMs, m_notifier, [this] { m_notifier->setEnabled(true); });
}

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
