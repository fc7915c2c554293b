#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

// A contiguous run of IPv4 addresses in a query scope, typed as "a.b.c.d-e.f.g.h",
// "a.b.c.d/n" or a single "a.b.c.d". The manual limits an IPv6 range to 16 bits "which is
// similar to the limit for IPv4 address ranges", so a range holds at most 65,536 addresses.
class Ipv4Range
{
    Q_DECLARE_TR_FUNCTIONS(Ipv4Range)

public:
    static constexpr quint64 maxCount = 65536;

    // The single address 0.0.0.0; exists so ranges can live in containers.
    Ipv4Range() = default;

    static Result<Ipv4Range> parse(const QString &text);
    static Result<Ipv4Range> fromBounds(quint32 first, quint32 last);
    // A strict dotted quad: four decimal numbers 0-255, no leading zeros, nothing else.
    static Result<quint32> parseIpv4(const QString &text);
    static QString formatIpv4(quint32 address);

    quint32 first() const { return m_first; }
    quint32 last() const { return m_last; }
    quint64 count() const { return quint64(m_last) - m_first + 1; }
    // The address `index` places after first(); index must be below count().
    quint32 at(quint64 index) const;
    bool contains(quint32 address) const { return address >= m_first && address <= m_last; }

    // True when the range was typed as a.b.c.d/n; toString() then keeps that notation.
    bool isCidr() const { return m_prefixLength >= 0; }
    int prefixLength() const { return m_prefixLength; }

    // "a-b", "a" when the range holds one address, or "a/n" when it was given as CIDR, so a
    // scope file reads back the way the administrator wrote it.
    QString toString() const;

    // Equal ranges also print the same: the notation is part of the value.
    bool operator==(const Ipv4Range &other) const;
    bool operator!=(const Ipv4Range &other) const { return !(*this == other); }

private:
    Ipv4Range(quint32 first, quint32 last, int prefixLength)
        : m_first(first)
        , m_last(last)
        , m_prefixLength(prefixLength)
    { }

    static Result<Ipv4Range> parseCidr(const QString &address, const QString &length);
    static Result<Ipv4Range> checked(Ipv4Range range);

    quint32 m_first = 0;
    quint32 m_last = 0;
    int m_prefixLength = -1; // -1: not given as CIDR
};
