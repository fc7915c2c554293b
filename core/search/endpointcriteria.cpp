#include "search/endpointcriteria.h"

#include <QStringList>

namespace {

// Parses `text` with `parse` into `slot`; an empty text clears the criterion.
template<typename T, typename Parse>
Result<Done> assign(std::optional<T> &slot, const QString &text, Parse parse)
{
    if (text.trimmed().isEmpty()) {
        slot.reset();
        return Done {};
    }
    Result<T> parsed = parse(text);
    if (!parsed)
        return Result<Done>::failure(parsed.error());
    slot = std::move(parsed).value();
    return Done {};
}

} // namespace

Result<Done> EndpointCriteria::setName(const QString &text)
{
    return assign(name, text, &NamePattern::parse);
}

Result<Done> EndpointCriteria::setIpv4(const QString &text)
{
    return assign(ipv4, text, &Ipv4Span::parse);
}

Result<Done> EndpointCriteria::setIpv6(const QString &text)
{
    return assign(ipv6, text, &Ipv6Prefix::parse);
}

Result<Done> EndpointCriteria::setServer(const QString &text)
{
    return assign(server, text, &NamePattern::parse);
}

Result<Done> EndpointCriteria::setAdTree(const QString &text)
{
    return assign(adTree, text, &AdTree::parse);
}

Result<Done> EndpointCriteria::setStatuses(const QString &text)
{
    return assign(statuses, text, &StatusSet::parse);
}

Result<Done> EndpointCriteria::setQuick(const QString &text)
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
