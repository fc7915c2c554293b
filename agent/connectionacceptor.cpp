#include "connectionacceptor.h"

#include "common/logging.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <unistd.h>

ConnectionAcceptor::ConnectionAcceptor(qintptr descriptor, QString where, Take take,
                                       QObject *parent)
    : QObject(parent)
    , m_descriptor(int(descriptor))
    , m_where(std::move(where))
    , m_take(std::move(take))
    , m_notifier(new QSocketNotifier(descriptor, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &ConnectionAcceptor::acceptPending);
}

ConnectionAcceptor::~ConnectionAcceptor()
{
    delete m_notifier; // before its descriptor goes
    ::close(m_descriptor);
}

void ConnectionAcceptor::acceptPending()
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
        m_take(socket);
    }
}

void ConnectionAcceptor::pauseAfter(int error)
{
    Logging::get("agent")->warn("cannot accept a connection: {}; trying again in {} ms ({})",
                                std::strerror(error), retryMs, m_where);
    m_notifier->setEnabled(false);
    QTimer::singleShot(retryMs, m_notifier, [this] { m_notifier->setEnabled(true); });
}
