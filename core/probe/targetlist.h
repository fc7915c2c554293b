#pragma once

#include "scope/scope.h"

#include <QHostAddress>
#include <QVector>

// The addresses of a scope, each once: overlapping IPv4 ranges are merged and IPv6 prefixes
// inside another are dropped, so an address listed twice is probed and reported once.
// Addresses are produced by index, never stored, so a /16 costs a few bytes.
class TargetList
{
public:
    explicit TargetList(const Scope &scope);

    quint64 size() const { return m_size; }
    QHostAddress at(quint64 index) const;

private:
    struct Ipv4Segment
    {
        quint32 first;
        quint32 last;
    };
    struct Ipv6Segment
    {
        Ipv6Prefix prefix;
    };

    void addIpv4(QVector<Ipv4Range> ranges);
    void addIpv6(const QVector<Ipv6Prefix> &prefixes);

    QVector<Ipv4Segment> m_ipv4;
    QVector<Ipv6Prefix> m_ipv6;
    QVector<quint64> m_ipv6Offsets; // index of each prefix's first address
    quint64 m_ipv4Size = 0;
    quint64 m_size = 0;
};
