#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

// An IPv4 address range of the advanced search: "a.b.c.d-e.f.g.h", "a.b.c.d/n" or one address.
// Unlike a scope's Ipv4Range it has no size limit: a search over stored results probes nothing,
// so "10.0.0.0/8" is a fair question. Addresses are read by Ipv4Range::parseIpv4, so the two
// accept the same address text.
class Ipv4Span
{
    Q_DECLARE_TR_FUNCTIONS(Ipv4Span)

public:
    Ipv4Span() = default;
    static Result<Ipv4Span> parse(const QString &text);

    quint32 first() const { return m_first; }
    quint32 last() const { return m_last; }
    bool contains(quint32 address) const { return address >= m_first && address <= m_last; }
    QString toString() const { return m_text; }

    bool operator==(const Ipv4Span &other) const
    {
        return m_first == other.m_first && m_last == other.m_last;
    }

private:
    static Result<Ipv4Span> parseCidr(const QString &text, const QString &address,
                                      const QString &length);

    quint32 m_first = 0;
    quint32 m_last = 0xffffffffu;
    QString m_text = QStringLiteral("0.0.0.0/0");
};
