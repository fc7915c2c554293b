#pragma once

#include "probe/target.h"
#include "scope/scope.h"

#include <QVector>

#include <utility>

// The targets of a query, each address once: overlapping IPv4 ranges are merged, IPv6 prefixes
// inside another are dropped, and an AD computer is one target whether or not an IP range also
// holds its address. Addresses are produced by index, never stored, so a /16 costs a few bytes;
// a target knows its origin from the segment it lies in, never by looking its address up.
class TargetList
{
public:
    // The scope's IP ranges (none when the administrator turned the IP scope off) and the
    // computers of `directory`.
    explicit TargetList(const Scope &scope, DirectoryTargets directory = {});

    quint64 size() const { return m_size; }
    // In the order of the addresses, IPv4 first; the computers' IPv6 addresses outside every
    // prefix come last, in the order they were added.
    Target at(quint64 index) const;
    // Whether the list holds `address`; a binary search over the ranges, nothing listed.
    bool contains(const QHostAddress &address) const;

private:
    static constexpr int fromIpRange = -1; // a segment's computer when it is no AD computer
    // A run of addresses of one origin: an IP range's, or one AD computer's single address.
    struct Ipv4Segment
    {
        quint32 first;
        quint32 last;
        int computer; // index in m_directory, or fromIpRange
    };
    struct Ipv6Segment
    {
        Ipv6Prefix prefix;
        quint32 first; // offsets into the prefix
        quint32 last;
        int computer;
    };
    using Point = std::pair<quint32, int>; // an AD computer's address (or offset) and index

    void addIpv4(QVector<Ipv4Range> ranges, QVector<Point> computers);
    void addIpv6(const QVector<Ipv6Prefix> &prefixes, const QVector<int> &computers);
    // The prefixes inside no other, in the order of their networks.
    static QVector<Ipv6Prefix> outermost(QVector<Ipv6Prefix> prefixes);
    // Splits the addresses first..last around the computers inside them (sorted): `addRun` gets
    // each run with its origin, in order.
    template<typename AddRun>
    static void weave(quint32 first, quint32 last, const QVector<Point> &computers, qsizetype &next,
                      const AddRun &addRun);

    DirectoryTargets m_directory;
    QVector<Ipv4Segment> m_ipv4;
    QVector<quint64> m_ipv4Offsets; // index of each segment's first address
    QVector<Ipv6Segment> m_ipv6;
    QVector<quint64> m_ipv6Offsets; // index of each segment's first address
    qsizetype m_ipv6InPrefixes = 0; // segments of the prefixes; the AD computers' ones follow
    quint64 m_ipv4Size = 0;
    quint64 m_size = 0;
};
