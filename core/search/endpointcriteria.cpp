#include "search/endpointcriteria.h"

#include <QStringList>

namespace {

// Parses `text` with `parse` into `slot`; an empty text clears the criterion.
template<typename T, typename Parse>
QString assign(std::optional<T> &slot, const QString &text, Parse parse)
{
    if (text.trimmed().isEmpty()) {
        slot.reset();
        return {};
    }
    Result<T> parsed = parse(text);
    if (!parsed)
        return parsed.error();
    slot = std::move(parsed).value();
    return {};
}

} // namespace

QString EndpointCriteria::setName(const QString &text)
{
    return assign(name, text, &NamePattern::parse);
}

QString EndpointCriteria::setIpv4(const QString &text)
{
    return assign(ipv4, text, &Ipv4Span::parse);
}

QString EndpointCriteria::setIpv6(const QString &text)
{
    return assign(ipv6, text, &Ipv6Prefix::parse);
}

QString EndpointCriteria::setServer(const QString &text)
{
    return assign(server, text, &NamePattern::parse);
}

QString EndpointCriteria::setAdTree(const QString &text)
{
    return assign(adTree, text, &AdTree::parse);
}

QString EndpointCriteria::setStatuses(const QString &text)
{
    return assign(statuses, text, &StatusSet::parse);
}

QString EndpointCriteria::setQuick(const QString &text)
{
    return assign(quick, text, &QuickSearch::parse);
}

bool EndpointCriteria::isEmpty() const
{
    return !name && !ipv4 && !ipv6 && !server && !adTree && !statuses && !quick;
}

QString EndpointCriteria::toString() const
{
    QStringList parts;
    if (name)
        parts << QStringLiteral("name=") + name->toString();
    if (ipv4)
        parts << QStringLiteral("ipv4=") + ipv4->toString();
    if (ipv6)
        parts << QStringLiteral("ipv6=") + ipv6->toString();
    if (server)
        parts << QStringLiteral("server=") + server->toString();
    if (adTree)
        parts << QStringLiteral("ad-tree=") + adTree->toString();
    if (statuses)
        parts << QStringLiteral("status=") + statuses->toString();
    if (quick)
        parts << QStringLiteral("search=") + quick->toString();
    return parts.join(QLatin1String("; "));
}

bool EndpointCriteria::operator==(const EndpointCriteria &other) const
{
    return name == other.name && ipv4 == other.ipv4 && ipv6 == other.ipv6 && server == other.server
        && adTree == other.adTree && statuses == other.statuses && quick == other.quick;
}
