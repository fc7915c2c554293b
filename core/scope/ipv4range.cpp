#include "scope/ipv4range.h"
#include "common/asciidigits.h"

#include "scope/addresscount.h"

#include <QStringList>

namespace { } // namespace

Result<quint32> Ipv4Range::parseIpv4(const QString &text)
{
    const auto notAnAddress = [&text]() {
        return Result<quint32>::failure(tr("\"%1\" is not an IPv4 address").arg(text));
    };
    const QStringList octets = text.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return notAnAddress();
    quint32 address = 0;
    for (const QString &octet : octets) {
        if (!isAsciiDigits(octet) || octet.size() > 3)
            return notAnAddress();
        // inet_aton() and friends read "010" as octal 8, people read it as 10: refuse to
        // guess which one the administrator meant.
        if (octet.size() > 1 && octet.front() == QLatin1Char('0')) {
            return Result<quint32>::failure(
                tr("\"%1\" is not an IPv4 address: \"%2\" has a leading zero, which some tools "
                   "read as octal")
                    .arg(text, octet));
        }
        const uint value = octet.toUInt();
        if (value > 255)
            return notAnAddress();
        address = (address << 8) | value;
    }
    return address;
}

QString Ipv4Range::formatIpv4(quint32 address)
{
    return QString::number(address >> 24) + QLatin1Char('.')
        + QString::number((address >> 16) & 0xff) + QLatin1Char('.')
        + QString::number((address >> 8) & 0xff) + QLatin1Char('.')
        + QString::number(address & 0xff);
}

Result<Ipv4Range> Ipv4Range::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Ipv4Range>::failure(tr("the IPv4 address range is empty"));

    // A dash after a slash belongs to the prefix length ("10.0.0.0/-1"), not to a range.
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash >= 0 && (slash < 0 || dash < slash)) {
        const QString start = trimmed.left(dash).trimmed();
        const QString end = trimmed.mid(dash + 1).trimmed();
        if (start.isEmpty() || end.isEmpty()) {
            return Result<Ipv4Range>::failure(
                tr("\"%1\" needs an address on each side of \"-\"").arg(trimmed));
        }
        const Result<quint32> first = parseIpv4(start);
        if (!first)
            return Result<Ipv4Range>::failure(first.error());
        const Result<quint32> last = parseIpv4(end);
        if (!last)
            return Result<Ipv4Range>::failure(last.error());
        return fromBounds(*first, *last);
    }

    if (slash >= 0)
        return parseCidr(trimmed.left(slash).trimmed(), trimmed.mid(slash + 1).trimmed());

    const Result<quint32> single = parseIpv4(trimmed);
    if (!single)
        return Result<Ipv4Range>::failure(single.error());
    return Ipv4Range(*single, *single, -1);
}

Result<Ipv4Range> Ipv4Range::parseCidr(const QString &address, const QString &length)
{
    const Result<quint32> base = parseIpv4(address);
    if (!base)
        return Result<Ipv4Range>::failure(base.error());
    if (length.isEmpty()) {
        return Result<Ipv4Range>::failure(
            tr("\"%1/\" has no prefix length (0 to 32)").arg(address));
    }
    if (!isAsciiDigits(length))
        return Result<Ipv4Range>::failure(tr("\"%1\" is not a prefix length").arg(length));
    bool fits = false;
    const uint bits = length.toUInt(&fits);
    if (!fits || bits > 32)
        return Result<Ipv4Range>::failure(tr("prefix length %1 is above 32").arg(length));

    // Host bits set (10.0.0.5/24) are accepted and dropped: an administrator who types an
    // address of the network means the network, and that is what routers do too.
    const quint32 mask = bits == 0 ? 0u : ~quint32(0) << (32 - bits);
    const quint32 first = *base & mask;
    return checked(Ipv4Range(first, first | ~mask, int(bits)));
}

Result<Ipv4Range> Ipv4Range::fromBounds(quint32 first, quint32 last)
{
    if (first > last) {
        return Result<Ipv4Range>::failure(
            tr("the range starts after it ends (%1-%2)").arg(formatIpv4(first), formatIpv4(last)));
    }
    return checked(Ipv4Range(first, last, -1));
}

Result<Ipv4Range> Ipv4Range::checked(Ipv4Range range)
{
    if (range.count() > maxCount) {
        return Result<Ipv4Range>::failure(tr("%1 holds %2 addresses; a range may hold at most %3")
                                              .arg(range.toString(),
                                                   formatAddressCount(range.count()),
                                                   formatAddressCount(maxCount)));
    }
    return range;
}

quint32 Ipv4Range::at(quint64 index) const
{
    Q_ASSERT(index < count());
    return m_first + quint32(index);
}

QString Ipv4Range::toString() const
{
    if (isCidr())
        return formatIpv4(m_first) + QLatin1Char('/') + QString::number(m_prefixLength);
    if (m_first == m_last)
        return formatIpv4(m_first);
    return formatIpv4(m_first) + QLatin1Char('-') + formatIpv4(m_last);
}

bool Ipv4Range::operator==(const Ipv4Range &other) const
{
    return m_first == other.m_first && m_last == other.m_last
        && m_prefixLength == other.m_prefixLength;
}
