#include "probe/targetlist.h"

#include <algorithm>

TargetList::TargetList(const Scope &scope)
{
    // Unticking "Enable IP Address Scope" keeps the ranges in the file but probes none of them.
    if (!scope.ipScopeEnabled)
        return;
    addIpv4(scope.ipv4Ranges);
    addIpv6(scope.ipv6Prefixes);
}

void TargetList::addIpv4(QVector<Ipv4Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const Ipv4Range &a, const Ipv4Range &b) { return a.first() < b.first(); });
    for (const Ipv4Range &range : ranges) {
        if (!m_ipv4.isEmpty() && quint64(range.first()) <= quint64(m_ipv4.last().last) + 1) {
            m_ipv4.last().last = std::max(m_ipv4.last().last, range.last());
            continue;
        }
        m_ipv4.append({ range.first(), range.last() });
    }
    for (const Ipv4Segment &segment : m_ipv4)
        m_ipv4Size += quint64(segment.last) - segment.first + 1;
    m_size = m_ipv4Size;
}

void TargetList::addIpv6(const QVector<Ipv6Prefix> &prefixes)
{
    auto contains = [](const Ipv6Prefix &outer, const Ipv6Prefix &inner) {
        return outer.length() <= inner.length() && outer.contains(inner.at(0));
    };
    for (int i = 0; i < prefixes.size(); ++i) {
        bool covered = false;
        for (int j = 0; j < prefixes.size() && !covered; ++j) {
            if (i == j || !contains(prefixes[j], prefixes[i]))
                continue;
            // Of two identical prefixes keep the first.
            covered = !(prefixes[j] == prefixes[i]) || j < i;
        }
        if (covered)
            continue;
        m_ipv6Offsets.append(m_size);
        m_ipv6.append(prefixes[i]);
        m_size += prefixes[i].count();
    }
}

QHostAddress TargetList::at(quint64 index) const
{
    Q_ASSERT(index < m_size);
    if (index < m_ipv4Size) {
        for (const Ipv4Segment &segment : m_ipv4) {
            const quint64 length = quint64(segment.last) - segment.first + 1;
            if (index < length)
                return QHostAddress(quint32(segment.first + index));
            index -= length;
        }
    }
    const auto next = std::upper_bound(m_ipv6Offsets.cbegin(), m_ipv6Offsets.cend(), index);
    const int segment = int(std::distance(m_ipv6Offsets.cbegin(), next)) - 1;
    return m_ipv6[segment].addressAt(index - m_ipv6Offsets[segment]);
}
