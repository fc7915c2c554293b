#include "search/ipv4span.h"

#include "common/asciidigits.h"
#include "scope/ipv4range.h"

Result<Ipv4Span> Ipv4Span::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Ipv4Span>::failure(tr("the IPv4 address range is empty"));
    Ipv4Span span;
    span.m_text = trimmed;
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (slash >= 0 && (dash < 0 || slash < dash))
        return parseCidr(trimmed, trimmed.left(slash).trimmed(), trimmed.mid(slash + 1).trimmed());
    const QString start = dash >= 0 ? trimmed.left(dash).trimmed() : trimmed;
    const QString end = dash >= 0 ? trimmed.mid(dash + 1).trimmed() : trimmed;
    if (start.isEmpty() || end.isEmpty())
        return Result<Ipv4Span>::failure(
            tr("\"%1\" needs an address on each side of \"-\"").arg(trimmed));
    const Result<quint32> first = Ipv4Range::parseIpv4(start);
    if (!first)
        return Result<Ipv4Span>::failure(first.error());
    const Result<quint32> last = Ipv4Range::parseIpv4(end);
    if (!last)
        return Result<Ipv4Span>::failure(last.error());
    if (*last < *first)
        return Result<Ipv4Span>::failure(
            tr("the range \"%1\" ends before it starts: %2 comes after %3")
                .arg(trimmed, Ipv4Range::formatIpv4(*first), Ipv4Range::formatIpv4(*last)));
    span.m_first = *first;
    span.m_last = *last;
    return span;
}

Result<Ipv4Span> Ipv4Span::parseCidr(const QString &text, const QString &address,
                                     const QString &length)
{
    const Result<quint32> network = Ipv4Range::parseIpv4(address);
    if (!network)
        return Result<Ipv4Span>::failure(network.error());
    if (!isAsciiDigits(length) || length.size() > 2 || length.toInt() > 32)
        return Result<Ipv4Span>::failure(
            tr("\"%1\": the prefix length after \"/\" must be a number from 0 to 32").arg(text));
    const int bits = length.toInt();
    const quint32 hostMask = bits == 0 ? 0xffffffffu : (quint32(1) << (32 - bits)) - 1;
    Ipv4Span span;
    span.m_text = text;
    span.m_first = *network & ~hostMask;
    span.m_last = span.m_first | hostMask;
    return span;
}
