#include "probe/targetlist.h"

#include <QSet>

#include <algorithm>

void DirectoryTargets::add(const QHostAddress &address, const DirectoryTarget &target)
{
    const QString key = canonical(address);
    if (m_byAddress.contains(key))
        return;
    m_byAddress.insert(key, target);
    m_addresses.append(address);
}

const DirectoryTarget *DirectoryTargets::find(const QString &address) const
{
    const auto found = m_byAddress.constFind(address);
    return found == m_byAddress.cend() ? nullptr : &found.value();
}

QString DirectoryTargets::canonical(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    return Ipv6Prefix::formatIpv6(address.toIPv6Address());
}

TargetList::TargetList(const Scope &scope)
{
    // Unticking "Enable IP Address Scope" keeps the ranges in the file but probes none of them.
    if (!scope.ipScopeEnabled)
        return;
    addIpv4(scope.ipv4Ranges);
    addIpv6(scope.ipv6Prefixes);
}

TargetList::TargetList(const Scope &scope, const DirectoryTargets &directory)
    : TargetList(probedScope(scope, directory))
{ }

Scope TargetList::probedScope(const Scope &scope, const DirectoryTargets &directory)
{
    Scope probed = scope;
    if (directory.isEmpty())
        return probed;
    if (!scope.ipScopeEnabled) {
        probed.ipv4Ranges.clear();
        probed.ipv6Prefixes.clear();
        probed.ipScopeEnabled = true;
    }
    // An IPv6 address already inside a prefix is left out here: the prefix check below is
    // quadratic in the number of prefixes, and thousands of /128s would make it slow.
    QSet<QString> knownIpv6;
    for (const QHostAddress &address : directory.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 value = address.toIPv4Address();
            probed.ipv4Ranges.append(Ipv4Range::fromBounds(value, value).value());
            continue;
        }
        const bool inPrefix = std::any_of(probed.ipv6Prefixes.cbegin(), probed.ipv6Prefixes.cend(),
                                          [&](const Ipv6Prefix &prefix) {
                                              return prefix.length() < Ipv6Prefix::maxLength
                                                  && prefix.contains(address);
                                          });
        const QString text = DirectoryTargets::canonical(address);
        if (inPrefix || knownIpv6.contains(text))
            continue;
        knownIpv6.insert(text);
        probed.ipv6Prefixes.append(Ipv6Prefix::fromParts(text, Ipv6Prefix::maxLength).value());
    }
    return probed;
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
    for (const Ipv4Segment &segment : m_ipv4) {
        m_ipv4Offsets.append(m_ipv4Size);
        m_ipv4Size += quint64(segment.last) - segment.first + 1;
    }
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
    // Binary searches: AD computers scattered over a network are as many one-address segments.
    if (index < m_ipv4Size) {
        const auto next = std::upper_bound(m_ipv4Offsets.cbegin(), m_ipv4Offsets.cend(), index);
        const int segment = int(std::distance(m_ipv4Offsets.cbegin(), next)) - 1;
        return QHostAddress(quint32(m_ipv4[segment].first + (index - m_ipv4Offsets[segment])));
    }
    const auto next = std::upper_bound(m_ipv6Offsets.cbegin(), m_ipv6Offsets.cend(), index);
    const int segment = int(std::distance(m_ipv6Offsets.cbegin(), next)) - 1;
    return m_ipv6[segment].addressAt(index - m_ipv6Offsets[segment]);
}

bool TargetList::contains(const QHostAddress &address) const
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 value = address.toIPv4Address();
        const auto after = std::upper_bound(
            m_ipv4.cbegin(), m_ipv4.cend(), value,
            [](quint32 wanted, const Ipv4Segment &segment) { return wanted < segment.first; });
        return after != m_ipv4.cbegin() && value <= std::prev(after)->last;
    }
    return std::any_of(m_ipv6.cbegin(), m_ipv6.cend(),
                       [&](const Ipv6Prefix &prefix) { return prefix.contains(address); });
}
