#include "listeningsocket.h"

#include <QCoreApplication>
#include <QNetworkInterface>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<qintptr> failure(const QHostAddress &address, quint16 port, const char *step, int error)
{
    return Result<qintptr>::failure(
        QCoreApplication::translate("ListeningSocket", "cannot listen on %1 port %2 (%3): %4")
            .arg(address.toString())
            .arg(port)
            .arg(QLatin1String(step))
            .arg(systemError(error)));
}

// Sets an int option, returning errno on failure and 0 on success.
int setOption(int descriptor, int level, int option, int value)
{
    return ::setsockopt(descriptor, level, option, &value, sizeof(value)) == 0 ? 0 : errno;
}

int setFamilyOptions(int descriptor, bool ipv6)
{
    if (ipv6) {
        // One socket per address: a v6 socket must not also claim the IPv4 side.
        if (int error = setOption(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, 1))
            return error;
#ifdef IPV6_FREEBIND
        return setOption(descriptor, IPPROTO_IPV6, IPV6_FREEBIND, 1);
#endif
    }
#ifdef IP_FREEBIND
    // Linux reads IP_FREEBIND for IPv6 sockets too (before IPV6_FREEBIND existed).
    return setOption(descriptor, IPPROTO_IP, IP_FREEBIND, 1);
#else
    return 0;
#endif
}

int bindTo(int descriptor, const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 socketAddress {};
        socketAddress.sin6_family = AF_INET6;
        socketAddress.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&socketAddress.sin6_addr, bytes.c, sizeof(bytes.c));
        if (!address.scopeId().isEmpty())
            socketAddress.sin6_scope_id
                = quint32(QNetworkInterface::interfaceIndexFromName(address.scopeId()));
        return ::bind(descriptor, reinterpret_cast<sockaddr *>(&socketAddress),
                      sizeof(socketAddress))
                == 0
            ? 0
            : errno;
    }
    sockaddr_in socketAddress {};
    socketAddress.sin_family = AF_INET;
    socketAddress.sin_port = htons(port);
    socketAddress.sin_addr.s_addr = htonl(address.toIPv4Address());
    return ::bind(descriptor, reinterpret_cast<sockaddr *>(&socketAddress), sizeof(socketAddress))
            == 0
        ? 0
        : errno;
}

} // namespace

namespace ListeningSocket {

Result<qintptr> open(const QHostAddress &address, quint16 port)
{
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int descriptor
        = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return failure(address, port, "socket", errno);
    int error = setOption(descriptor, SOL_SOCKET, SO_REUSEADDR, 1);
    const char *step = "SO_REUSEADDR";
    if (error == 0) {
        error = setFamilyOptions(descriptor, ipv6);
        step = "FREEBIND";
    }
    if (error == 0) {
        error = bindTo(descriptor, address, port);
        step = "bind";
    }
    if (error == 0) {
        error = ::listen(descriptor, backlog) == 0 ? 0 : errno;
        step = "listen";
    }
    if (error != 0) {
        ::close(descriptor);
        return failure(address, port, step, error);
    }
    return qintptr(descriptor);
}

Result<bool> setMark(qintptr descriptor, quint32 mark)
{
    if (::setsockopt(int(descriptor), SOL_SOCKET, SO_MARK, &mark, sizeof(mark)) == 0)
        return true;
    const int error = errno;
    return Result<bool>::failure(
        QCoreApplication::translate("ListeningSocket", "cannot mark the listening socket: %1%2")
            .arg(systemError(error),
                 error == EPERM ? QCoreApplication::translate("ListeningSocket",
                                                              " (SO_MARK needs CAP_NET_ADMIN)")
                                : QString()));
}

Result<quint64> raiseDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return Result<quint64>::failure(
            QCoreApplication::translate("ListeningSocket", "cannot read the descriptor limit: %1")
                .arg(systemError(errno)));
    // An unlimited hard limit cannot be the soft one (the kernel caps it at fs.nr_open).
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : limit.rlim_max;
    if (limit.rlim_cur >= wanted)
        return quint64(limit.rlim_cur);
    limit.rlim_cur = wanted;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
        return Result<quint64>::failure(
            QCoreApplication::translate("ListeningSocket", "cannot raise the descriptor limit: %1")
                .arg(systemError(errno)));
    return quint64(limit.rlim_cur);
}

} // namespace ListeningSocket
