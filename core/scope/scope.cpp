#include "scope/scope.h"

#include <QCoreApplication>

bool Scope::coversIpAddresses() const
{
    return ipScopeEnabled && (!ipv4Ranges.isEmpty() || !ipv6Prefixes.isEmpty());
}

quint64 Scope::addressCount() const
{
    if (!ipScopeEnabled)
        return 0;
    quint64 total = 0;
    for (const Ipv4Range &range : ipv4Ranges)
        total += range.count();
    for (const Ipv6Prefix &prefix : ipv6Prefixes)
        total += prefix.count();
    return total;
}

QString Scope::validateForQuery() const
{
    if (!coversIpAddresses() && activeDirectory.objects.isEmpty()) {
        return QCoreApplication::translate(
            "Scope", "The scope holds no IP address range and no Active Directory object");
    }
    // Without an agent port no client can be found: every computer would come out as "No
    // client installed" or "Unreachable", which is a wrong answer, not a slow one.
    if (ports.isEmpty())
        return QCoreApplication::translate("Scope", "Specify at least one agent port");
    if (unreachableCheck.enabled && unreachableCheck.port == 0) {
        return QCoreApplication::translate(
            "Scope", "Specify the port that declares a computer unreachable (1-65535)");
    }
    // AD objects are read from the directory before anything is probed: without a usable
    // connection they would silently vanish from the query.
    if (!activeDirectory.objects.isEmpty() && !activeDirectory.connection.problem().isEmpty()) {
        return QCoreApplication::translate("Scope", "Active Directory: %1")
            .arg(activeDirectory.connection.problem());
    }
    if (timeoutMs < minTimeoutMs || timeoutMs > maxTimeoutMs) {
        return QCoreApplication::translate("Scope",
                                           "The connection timeout of %1 ms is outside %2-%3 ms")
            .arg(timeoutMs)
            .arg(minTimeoutMs)
            .arg(maxTimeoutMs);
    }
    return QString();
}

bool Scope::operator==(const Scope &other) const
{
    return ipScopeEnabled == other.ipScopeEnabled && ipv4Ranges == other.ipv4Ranges
        && ipv6Prefixes == other.ipv6Prefixes && ports == other.ports
        && unreachableCheck == other.unreachableCheck && activeDirectory == other.activeDirectory
        && timeoutMs == other.timeoutMs;
}
