#include "scope/ipv6prefix.h"
#include "common/asciidigits.h"

#include <cstring>

namespace {

// ::ffff:a.b.c.d (RFC 4291, 2.5.5.2): an IPv4 host in IPv6 clothing.
bool isIpv4Mapped(const Q_IPV6ADDR &address)
{
    for (int i = 0; i < 10; ++i) {
        if (address[i] != 0)
            return false;
    }
    return address[10] == 0xff && address[11] == 0xff;
}

quint16 group(const Q_IPV6ADDR &address, int index)
{
    return quint16((address[2 * index] << 8) | address[2 * index + 1]);
}

} // namespace

Ipv6Prefix::Ipv6Prefix()
{
    std::memset(m_network.c, 0, sizeof m_network.c);
}

Result<Ipv6Prefix> Ipv6Prefix::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Ipv6Prefix>::failure(tr("the IPv6 prefix is empty"));
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    const QString lengthText = slash < 0 ? QString() : trimmed.mid(slash + 1).trimmed();
    if (lengthText.isEmpty()) {
        return Result<Ipv6Prefix>::failure(tr("\"%1\" has no prefix length (/%2 to /%3)")
                                               .arg(trimmed)
                                               .arg(minLength)
                                               .arg(maxLength));
    }
    const Result<int> length = parseLength(lengthText, trimmed);
    if (!length)
        return Result<Ipv6Prefix>::failure(length.error());
    return fromParts(trimmed.left(slash), *length);
}

Result<int> Ipv6Prefix::parseLength(const QString &text, const QString &whole)
{
    if (!isAsciiDigits(text)) {
        return Result<int>::failure(tr("\"%1\" in \"%2\" is not a prefix length").arg(text, whole));
    }
    bool fits = false;
    const int length = text.toInt(&fits);
    // Beyond int, the exact value does not matter: it is above 128 all the same.
    return fits ? length : maxLength + 1;
}

Result<Ipv6Prefix> Ipv6Prefix::fromParts(const QString &prefix, int length)
{
    const Result<Q_IPV6ADDR> address = parseAddress(prefix.trimmed());
    if (!address)
        return Result<Ipv6Prefix>::failure(address.error());
    if (length < minLength) {
        return Result<Ipv6Prefix>::failure(
            tr("IPv6 prefix length %1 is below %2").arg(length).arg(minLength));
    }
    if (length > maxLength) {
        return Result<Ipv6Prefix>::failure(
            tr("IPv6 prefix length %1 is above %2").arg(length).arg(maxLength));
    }

    // Host bits set (fd00::5/120) are dropped: the administrator means the network.
    Ipv6Prefix result;
    result.m_network = *address;
    result.m_length = length;
    for (int bit = length; bit < maxLength; ++bit)
        result.m_network[bit / 8] &= quint8(~(0x80u >> (bit % 8)));
    return result;
}

Result<Q_IPV6ADDR> Ipv6Prefix::parseAddress(const QString &text)
{
    if (text.isEmpty())
        return Result<Q_IPV6ADDR>::failure(tr("the IPv6 prefix is empty"));
    const qsizetype percent = text.indexOf(QLatin1Char('%'));
    if (percent >= 0) {
        // A scope id (fe80::1%eth0) names an interface of this computer; a scope is about
        // the network, and the probe engine picks its own route.
        return Result<Q_IPV6ADDR>::failure(
            tr("\"%1\" carries a scope id (%2); give the prefix without it")
                .arg(text, text.mid(percent)));
    }
    QHostAddress parsed;
    if (!parsed.setAddress(text))
        return Result<Q_IPV6ADDR>::failure(tr("\"%1\" is not an IPv6 address").arg(text));
    if (parsed.protocol() != QAbstractSocket::IPv6Protocol) {
        return Result<Q_IPV6ADDR>::failure(
            tr("\"%1\" is an IPv4 address; type it as an IPv4 address range").arg(text));
    }
    const Q_IPV6ADDR address = parsed.toIPv6Address();
    if (isIpv4Mapped(address)) {
        const quint32 ipv4 = parsed.toIPv4Address();
        return Result<Q_IPV6ADDR>::failure(
            tr("\"%1\" is an IPv4-mapped address; type %2 as an IPv4 address range")
                .arg(text, QHostAddress(ipv4).toString()));
    }
    return address;
}

Q_IPV6ADDR Ipv6Prefix::at(quint64 index) const
{
    Q_ASSERT(index < count());
    Q_IPV6ADDR address = m_network;
    // count() is at most 2^16, so only the last two bytes ever change; the host bits are zero,
    // so OR is addition.
    address[15] |= quint8(index & 0xff);
    address[14] |= quint8((index >> 8) & 0xff);
    return address;
}

bool Ipv6Prefix::contains(const Q_IPV6ADDR &address) const
{
    for (int bit = 0; bit < m_length; ++bit) {
        const quint8 mask = quint8(0x80u >> (bit % 8));
        if ((address[bit / 8] & mask) != (m_network[bit / 8] & mask))
            return false;
    }
    return true;
}

bool Ipv6Prefix::contains(const QHostAddress &address) const
{
    return address.protocol() == QAbstractSocket::IPv6Protocol && contains(address.toIPv6Address());
}

QString Ipv6Prefix::formatIpv6(const Q_IPV6ADDR &address)
{
    // RFC 5952, 4.2: compress the longest run of two or more zero groups, the first if tied.
    int runStart = -1;
    int runLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && group(address, j) == 0)
            ++j;
        if (j - i > runLength) {
            runStart = i;
            runLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == runStart) {
            text += QLatin1String("::");
            i += runLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        text += QString::number(group(address, i), 16);
    }
    return text;
}

QString Ipv6Prefix::prefixText() const
{
    return formatIpv6(m_network);
}

QString Ipv6Prefix::toString() const
{
    return prefixText() + QLatin1Char('/') + QString::number(m_length);
}

bool Ipv6Prefix::operator==(const Ipv6Prefix &other) const
{
    return m_length == other.m_length
        && std::memcmp(m_network.c, other.m_network.c, sizeof m_network.c) == 0;
}
