#include "probe/targetlist.h"

#include <algorithm>
#include <cstring>

namespace {

// The place of `address` in `prefix`: its host bits, at most 16 (Ipv6Prefix::minLength).
quint32 offsetIn(const Ipv6Prefix &prefix, const Q_IPV6ADDR &address)
{
    const quint32 low = (quint32(address[14]) << 8) | address[15];
    return low & quint32(prefix.count() - 1);
}

// The order of `prefix`'s network against `address`: below 0, 0 or above 0, as memcmp.
int networkOrder(const Ipv6Prefix &prefix, const Q_IPV6ADDR &address)
{
    const Q_IPV6ADDR network = prefix.at(0);
    return std::memcmp(network.c, address.c, sizeof network.c);
}

} // namespace

TargetList::TargetList(const Scope &scope, DirectoryTargets directory)
    : m_directory(std::move(directory))
{
    QVector<Point> ipv4Computers;
    QVector<int> ipv6Computers;
    for (int i = 0; i < m_directory.size(); ++i) {
        const QHostAddress &address = m_directory.address(i);
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ipv4Computers.append({ address.toIPv4Address(), i });
        else
            ipv6Computers.append(i);
    }
    // Unticking "Enable IP Address Scope" keeps the ranges in the file but probes none of them.
    addIpv4(scope.ipScopeEnabled ? scope.ipv4Ranges : QVector<Ipv4Range>(),
            std::move(ipv4Computers));
    addIpv6(outermost(scope.ipScopeEnabled ? scope.ipv6Prefixes : QVector<Ipv6Prefix>()),
            ipv6Computers);
}

template<typename AddRun>
void TargetList::weave(quint32 first, quint32 last, const QVector<Point> &computers,
                       qsizetype &next, const AddRun &addRun)
{
    quint64 from = first; // 64 bits: the run may end at 255.255.255.255
    for (; next < computers.size() && computers[next].first <= last; ++next) {
        const quint32 at = computers[next].first;
        if (at > from)
            addRun(quint32(from), at - 1, fromIpRange);
        addRun(at, at, computers[next].second);
        from = quint64(at) + 1;
    }
    if (from <= last)
        addRun(quint32(from), last, fromIpRange);
}

void TargetList::addIpv4(QVector<Ipv4Range> ranges, QVector<Point> computers)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const Ipv4Range &a, const Ipv4Range &b) { return a.first() < b.first(); });
    QVector<Ipv4Segment> merged;
    for (const Ipv4Range &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && quint64(range.first()) <= quint64(merged.last().last) + 1) {
            merged.last().last = std::max(merged.last().last, range.last());
            continue;
        }
        merged.append({ range.first(), range.last(), fromIpRange });
    }
    // Computers and ranges in the order of their addresses; a computer inside a range splits it.
    std::sort(computers.begin(), computers.end());
    const auto addRun = [this](quint32 first, quint32 last, int computer) {
        m_ipv4.append({ first, last, computer });
    };
    qsizetype next = 0;
    for (const Ipv4Segment &range : std::as_const(merged)) {
        for (; next < computers.size() && computers[next].first < range.first; ++next)
            addRun(computers[next].first, computers[next].first, computers[next].second);
        weave(range.first, range.last, computers, next, addRun);
    }
    for (; next < computers.size(); ++next)
        addRun(computers[next].first, computers[next].first, computers[next].second);
    for (const Ipv4Segment &segment : std::as_const(m_ipv4)) {
        m_ipv4Offsets.append(m_ipv4Size);
        m_ipv4Size += quint64(segment.last) - segment.first + 1;
    }
    m_size = m_ipv4Size;
}

QVector<Ipv6Prefix> TargetList::outermost(QVector<Ipv6Prefix> prefixes)
{
    // In the order of their networks, a longer prefix after a shorter one at the same network:
    // a prefix inside another then comes after it with nothing kept in between, so each needs
    // one look at the last one kept (O(n log n); issue 18, point 3). Of two identical prefixes
    // the first stays.
    std::stable_sort(prefixes.begin(), prefixes.end(),
                     [](const Ipv6Prefix &a, const Ipv6Prefix &b) {
                         const int order = networkOrder(a, b.at(0));
                         return order != 0 ? order < 0 : a.length() < b.length();
                     });
    QVector<Ipv6Prefix> kept;
    for (const Ipv6Prefix &prefix : std::as_const(prefixes)) {
        if (!kept.isEmpty() && kept.last().length() <= prefix.length()
            && kept.last().contains(prefix.at(0)))
            continue;
        kept.append(prefix);
    }
    return kept;
}

void TargetList::addIpv6(const QVector<Ipv6Prefix> &prefixes, const QVector<int> &computers)
{
    // The kept prefixes are disjoint and in the order of their networks, so each computer lies
    // in the last one starting at or before its address, or in none.
    QVector<QVector<Point>> inside(prefixes.size());
    QVector<int> outside;
    for (int computer : computers) {
        const Q_IPV6ADDR address = m_directory.address(computer).toIPv6Address();
        const auto after = std::upper_bound(prefixes.cbegin(), prefixes.cend(), address,
                                            [](const Q_IPV6ADDR &wanted, const Ipv6Prefix &p) {
                                                return networkOrder(p, wanted) > 0;
                                            });
        if (after == prefixes.cbegin() || !std::prev(after)->contains(address)) {
            outside.append(computer);
            continue;
        }
        const auto prefix = std::prev(after);
        inside[prefix - prefixes.cbegin()].append({ offsetIn(*prefix, address), computer });
    }
    auto addRunIn = [this](const Ipv6Prefix &prefix) {
        return [this, &prefix](quint32 first, quint32 last, int computer) {
            m_ipv6Offsets.append(m_size);
            m_ipv6.append({ prefix, first, last, computer });
            m_size += quint64(last) - first + 1;
        };
    };
    for (int i = 0; i < prefixes.size(); ++i) {
        std::sort(inside[i].begin(), inside[i].end());
        qsizetype next = 0;
        weave(0, quint32(prefixes[i].count() - 1), inside[i], next, addRunIn(prefixes[i]));
    }
    m_ipv6InPrefixes = m_ipv6.size();
    for (int computer : std::as_const(outside)) {
        const Ipv6Prefix single
            = Ipv6Prefix::fromParts(DirectoryTargets::canonical(m_directory.address(computer)),
                                    Ipv6Prefix::maxLength)
                  .value();
        addRunIn(single)(0, 0, computer);
    }
}

Target TargetList::at(quint64 index) const
{
    Q_ASSERT(index < m_size);
    // Binary searches: AD computers scattered over a network are as many one-address segments.
    const auto computer = [this](int which) {
        return which == fromIpRange ? nullptr : &m_directory.computer(which);
    };
    if (index < m_ipv4Size) {
        const auto next = std::upper_bound(m_ipv4Offsets.cbegin(), m_ipv4Offsets.cend(), index);
        const qsizetype position = std::distance(m_ipv4Offsets.cbegin(), next) - 1;
        const Ipv4Segment &segment = m_ipv4[position];
        return { QHostAddress(quint32(segment.first + (index - m_ipv4Offsets[position]))),
                 computer(segment.computer) };
    }
    const auto next = std::upper_bound(m_ipv6Offsets.cbegin(), m_ipv6Offsets.cend(), index);
    const qsizetype position = std::distance(m_ipv6Offsets.cbegin(), next) - 1;
    const Ipv6Segment &segment = m_ipv6[position];
    return { segment.prefix.addressAt(segment.first + (index - m_ipv6Offsets[position])),
             computer(segment.computer) };
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
    // The prefixes' segments are in the order of their addresses: the last one starting at or
    // before `address` is the only one that can hold it. The AD computers outside every prefix
    // follow them, and are found by their address.
    const Q_IPV6ADDR value = address.toIPv6Address();
    const auto inPrefixes = m_ipv6.cbegin() + m_ipv6InPrefixes;
    const auto after = std::upper_bound(
        m_ipv6.cbegin(), inPrefixes, value, [](const Q_IPV6ADDR &wanted, const Ipv6Segment &s) {
            const Q_IPV6ADDR start = s.prefix.at(s.first);
            return std::memcmp(wanted.c, start.c, sizeof start.c) < 0;
        });
    if (after != m_ipv6.cbegin()) {
        const Ipv6Segment &segment = *std::prev(after);
        if (segment.prefix.contains(value) && offsetIn(segment.prefix, value) <= segment.last)
            return true;
    }
    return m_directory.find(DirectoryTargets::canonical(address)) != nullptr;
}
