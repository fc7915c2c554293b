#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// An IPv6 network of a query scope, typed as prefix and length ("fd00:1::/120"). The manual:
// "The IPv6 address range limit is 16 bits [...] The prefix length should therefore be between
// 112 and 128", so a prefix holds 1 to 65,536 addresses.
class Ipv6Prefix
{
    Q_DECLARE_TR_FUNCTIONS(Ipv6Prefix)

public:
    static constexpr int minLength = 112;
    static constexpr int maxLength = 128;

    // The single address ::/128; exists so prefixes can live in containers.
    Ipv6Prefix();

    // "prefix/length", the form scope files and the command line use.
    static Result<Ipv6Prefix> parse(const QString &text);
    // The scope editor's two fields: the prefix and its length.
    static Result<Ipv6Prefix> fromParts(const QString &prefix, int length);

    int length() const { return m_length; }
    // 2^(128 - length): 65,536 for /112 down to 1 for /128. The manual's table gives 2 for
    // /128, but a /128 leaves no host bit, so it is exactly one address; every other row of
    // that table (/124 16, /120 256, /116 4,096, /112 65,536) follows 2^(128 - length), so the
    // 2 is a typo there.
    quint64 count() const { return quint64(1) << (maxLength - m_length); }
    // The address `index` places into the network; index must be below count().
    Q_IPV6ADDR at(quint64 index) const;
    QHostAddress addressAt(quint64 index) const { return QHostAddress(at(index)); }
    bool contains(const Q_IPV6ADDR &address) const;
    bool contains(const QHostAddress &address) const;

    // The network address in RFC 5952 form ("fd00:1::"), host bits cleared.
    QString prefixText() const;
    // "fd00:1::/120"
    QString toString() const;

    bool operator==(const Ipv6Prefix &other) const;
    bool operator!=(const Ipv6Prefix &other) const { return !(*this == other); }

    // RFC 5952 text of an address: lower case, no leading zeros, the longest run of two or more
    // zero groups as "::". QHostAddress prints some addresses with a dotted IPv4 tail instead.
    static QString formatIpv6(const Q_IPV6ADDR &address);

private:
    static Result<Q_IPV6ADDR> parseAddress(const QString &text);
    static Result<int> parseLength(const QString &text, const QString &whole);

    Q_IPV6ADDR m_network;
    int m_length = maxLength;
};
