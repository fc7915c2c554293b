#include "probe/rawsocket.h"

#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/resource.h>

namespace {
// Descriptors kept free for the rest of the process: the store, logs, Qt's own.
constexpr int reservedDescriptors = 256;
} // namespace

namespace RawSocket {

QString systemError(int error)
{
    // One shared text per error number: a refused /16 reports "Connection refused" 65,536 times.
    thread_local QHash<int, QString> texts;
    auto found = texts.constFind(error);
    if (found == texts.cend())
        found = texts.insert(error, QString::fromLocal8Bit(std::strerror(error)));
    return *found;
}

int usableDescriptors()
{
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
}

PortOutcome outcomeOfConnectError(int error)
{
    switch (error) {
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
} // namespace RawSocket
