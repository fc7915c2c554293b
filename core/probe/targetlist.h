#pragma once

#include "scope/scope.h"

#include <QHash>
#include <QHostAddress>
#include <QVector>

// An Active Directory computer the query probes at an address (issue 5, point 4).
struct DirectoryTarget
{
    QString name; // the AD name, shown as the endpoint's name
    QString dn; // the endpoint's adPath
};

// The resolved AD computers of a query, by address. Only the computers are stored, never the
// addresses of the IP ranges: a /16 with a hundred AD computers costs a hundred entries.
class DirectoryTargets
{
public:
    // The first computer given an address keeps it: two AD objects that resolve to one address
    // are one computer for the network, and it is probed once.
    void add(const QHostAddress &address, const DirectoryTarget &target);
    // The computer at `address` (canonical text, as Endpoint::address), or nullptr.
    const DirectoryTarget *find(const QString &address) const;
    QVector<QHostAddress> addresses() const { return m_addresses; }
    int size() const { return int(m_addresses.size()); }
    bool isEmpty() const { return m_addresses.isEmpty(); }

    // Endpoint::address's spelling of an address (IPv6 as Ipv6Prefix::formatIpv6 writes it).
    static QString canonical(const QHostAddress &address);

private:
    QHash<QString, DirectoryTarget> m_byAddress;
    QVector<QHostAddress> m_addresses;
};

// The addresses of a scope, each once: overlapping IPv4 ranges are merged and IPv6 prefixes
// inside another are dropped, so an address listed twice is probed and reported once.
// Addresses are produced by index, never stored, so a /16 costs a few bytes.
class TargetList
{
public:
    explicit TargetList(const Scope &scope);
    // The scope's ranges plus each directory address as a one-address range or prefix: an AD
    // computer inside an IP range is then one target, probed once.
    TargetList(const Scope &scope, const DirectoryTargets &directory);

    // What the probe engine sweeps for `scope` and `directory`: the scope with each directory
    // address added as a one-address range (or /128 prefix), the IP scope turned on for them
    // when the administrator turned it off (its ranges then left out).
    static Scope probedScope(const Scope &scope, const DirectoryTargets &directory);

    quint64 size() const { return m_size; }
    QHostAddress at(quint64 index) const;
    // Whether the list holds `address`; a binary search over the ranges, nothing listed.
    bool contains(const QHostAddress &address) const;

private:
    struct Ipv4Segment
    {
        quint32 first;
        quint32 last;
    };

    void addIpv4(QVector<Ipv4Range> ranges);
    void addIpv6(const QVector<Ipv6Prefix> &prefixes);

    QVector<Ipv4Segment> m_ipv4;
    QVector<quint64> m_ipv4Offsets; // index of each segment's first address
    QVector<Ipv6Prefix> m_ipv6;
    QVector<quint64> m_ipv6Offsets; // index of each prefix's first address
    quint64 m_ipv4Size = 0;
    quint64 m_size = 0;
};
