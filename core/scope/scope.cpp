#include "scope/scope.h"

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

bool Scope::operator==(const Scope &other) const
{
    return ipScopeEnabled == other.ipScopeEnabled && ipv4Ranges == other.ipv4Ranges
        && ipv6Prefixes == other.ipv6Prefixes && ports == other.ports
        && unreachableCheck == other.unreachableCheck && activeDirectory == other.activeDirectory
        && timeoutMs == other.timeoutMs;
}
