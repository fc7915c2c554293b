#pragma once

#include "scope/activedirectoryscope.h"
#include "scope/ipv4range.h"
#include "scope/ipv6prefix.h"
#include "scope/portlist.h"
#include "scope/unreachablecheck.h"

#include <QString>
#include <QVector>

// What one query covers (DESIGN.md, "scope"): the manual's Active Directory/IP Address Scope
// with its Advanced Setting. Stored as JSON by scopefile.h (docs/scope-format.md). A scope may
// be half made (the editor saves one without ranges); a query takes a QueryScope.
struct Scope
{
    static constexpr int defaultTimeoutMs = 1500;
    static constexpr int minTimeoutMs = 50;
    static constexpr int maxTimeoutMs = 60000;

    // The manual's "Enable IP Address Scope". Off, the ranges and prefixes are kept (the
    // administrator gets them back by turning it on again) but the query covers none of them:
    // only the Active Directory objects. Whoever turns a scope into addresses must check it.
    bool ipScopeEnabled = true;
    QVector<Ipv4Range> ipv4Ranges;
    QVector<Ipv6Prefix> ipv6Prefixes;
    PortList ports;
    UnreachableCheck unreachableCheck;
    ActiveDirectoryScope activeDirectory;
    // How long one TCP connect may take before it counts as timed out.
    int timeoutMs = defaultTimeoutMs;

    // True when the query covers IP addresses: the IP scope is on and holds a range or prefix.
    bool coversIpAddresses() const;

    // The sum of the counts of every IPv4 range and IPv6 prefix; 0 with the IP scope off.
    // Overlapping ranges are counted once per range, not once per distinct address: the most
    // probes the query could start, which the address limit checks. The scope editor shows the
    // distinct count instead (models/scopeaddresses.h, the query's own merging).
    quint64 addressCount() const;

    bool operator==(const Scope &other) const;
    bool operator!=(const Scope &other) const { return !(*this == other); }
};
