#include "probe/rawsocket.h"

#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifndef _WIN32
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
// Descriptors kept free for the rest of the process: the store, logs, Qt's own.
constexpr int reservedDescriptors = 256;

#if !defined(_WIN32) && !(defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC))
// Where SOCK_NONBLOCK and SOCK_CLOEXEC do not exist (macOS), the same in two more calls.
bool makeNonBlocking(int descriptor)
{
    const int flags = fcntl(descriptor, F_GETFL, 0);
    return flags >= 0 && fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) == 0
        && fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0;
}
#endif
} // namespace

namespace RawSocket {

QString systemError(int error)
{
    // One shared text per error number: a refused /16 reports "Connection refused" 65,536 times.
    thread_local QHash<int, QString> texts;
    auto found = texts.constFind(error);
    if (found == texts.cend()) {
#ifdef _WIN32
        found = texts.insert(error, qt_error_string(error));
#else
        found = texts.insert(error, QString::fromLocal8Bit(std::strerror(error)));
#endif
    }
    return *found;
}

int lastError()
{
#ifdef _WIN32
    const int error = WSAGetLastError();
    return error == WSAEWOULDBLOCK ? EINPROGRESS : error;
#else
    return errno;
#endif
}

bool isTransient(int error)
{
#ifdef _WIN32
    return error == WSAEWOULDBLOCK || error == WSAEINTR || error == EINPROGRESS;
#else
    return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
#endif
}

int usableDescriptors()
{
#ifdef _WIN32
    // Windows has no open-file limit for sockets; the engine's own cap (maxConnections) holds.
    return 1 << 20;
#else
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024 - reservedDescriptors;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    const rlim_t usable = limit.rlim_cur == RLIM_INFINITY ? 1 << 20 : limit.rlim_cur;
    return int(std::max<rlim_t>(16, std::min<rlim_t>(usable, 1 << 20) - reservedDescriptors));
#endif
}

PortOutcome outcomeOfConnectError(int error)
{
    switch (error) {
#ifdef _WIN32
    case WSAECONNREFUSED:
        return PortOutcome::Refused;
    case WSAETIMEDOUT:
        return PortOutcome::Timeout;
#endif
    case ECONNREFUSED:
        return PortOutcome::Refused;
    case ETIMEDOUT:
        return PortOutcome::Timeout;
    default:
        return PortOutcome::NoRoute;
    }
}

GateResult gateOf(PortOutcome outcome)
{
    switch (outcome) {
    case PortOutcome::Refused:
        return GateResult::Refused;
    case PortOutcome::Timeout:
        return GateResult::Timeout;
    case PortOutcome::NoRoute:
        return GateResult::NoRoute;
    default:
        return GateResult::Connected;
    }
}

void fillSocketAddress(const QHostAddress &address, sockaddr_storage &storage, socklen_t &length)
{
    std::memset(&storage, 0, sizeof storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *ipv4 = reinterpret_cast<sockaddr_in *>(&storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
        return;
    }
    auto *ipv6 = reinterpret_cast<sockaddr_in6 *>(&storage);
    ipv6->sin6_family = AF_INET6;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    std::memcpy(&ipv6->sin6_addr, bytes.c, 16);
    length = sizeof(sockaddr_in6);
}

void setPort(sockaddr_storage &storage, quint16 port)
{
    if (storage.ss_family == AF_INET)
        reinterpret_cast<sockaddr_in *>(&storage)->sin_port = htons(port);
    else
        reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port = htons(port);
}

Handle openNonBlocking(int family)
{
#ifdef _WIN32
    const SOCKET made = WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0,
                                   WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (made == INVALID_SOCKET)
        return invalid;
    u_long on = 1;
    if (ioctlsocket(made, FIONBIO, &on) != 0) {
        closesocket(made);
        return invalid;
    }
    return Handle(made);
#elif defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    // Linux and the BSDs: one call.
    return socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
#else
    const int made = socket(family, SOCK_STREAM, IPPROTO_TCP);
    if (made < 0)
        return invalid;
    if (!makeNonBlocking(made)) {
        const int error = errno;
        ::close(made);
        errno = error;
        return invalid;
    }
#ifdef SO_NOSIGPIPE
    // macOS has no MSG_NOSIGNAL: the socket itself is told not to raise SIGPIPE.
    const int on = 1;
    setsockopt(made, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    return made;
#endif
}

int startConnect(Handle socket, const sockaddr_storage &address, socklen_t length)
{
#ifdef _WIN32
    if (::connect(SOCKET(socket), reinterpret_cast<const sockaddr *>(&address), length) == 0)
        return 0;
#else
    if (::connect(int(socket), reinterpret_cast<const sockaddr *>(&address), length) == 0)
        return 0;
#endif
    return lastError();
}

int pendingError(Handle socket)
{
    int error = 0;
    socklen_t length = sizeof error;
#ifdef _WIN32
    if (getsockopt(SOCKET(socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length)
        != 0)
        return lastError();
#else
    if (getsockopt(int(socket), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
#endif
    return error;
}

void setAbortiveClose(Handle socket)
{
    const linger abortive { 1, 0 };
#ifdef _WIN32
    setsockopt(SOCKET(socket), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&abortive),
               sizeof abortive);
#else
    setsockopt(int(socket), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
#endif
}

void close(Handle socket)
{
#ifdef _WIN32
    closesocket(SOCKET(socket));
#else
    ::close(int(socket));
#endif
}

qint64 send(Handle socket, const char *data, qint64 size)
{
#ifdef _WIN32
    return ::send(SOCKET(socket), data, int(size), 0);
#elif defined(MSG_NOSIGNAL)
    return ::send(int(socket), data, size_t(size), MSG_NOSIGNAL);
#else
    return ::send(int(socket), data, size_t(size), 0); // SO_NOSIGPIPE is set (openNonBlocking)
#endif
}

qint64 receive(Handle socket, char *data, qint64 size)
{
#ifdef _WIN32
    return ::recv(SOCKET(socket), data, int(size), 0);
#else
    return ::recv(int(socket), data, size_t(size), 0);
#endif
}

} // namespace RawSocket
