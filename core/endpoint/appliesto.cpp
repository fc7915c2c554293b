#include "endpoint/appliesto.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace {

const QString ipv4Key = QStringLiteral("ipv4Ranges");
const QString ipv6Key = QStringLiteral("ipv6Prefixes");
const QString containersKey = QStringLiteral("adContainers");
const QString computersKey = QStringLiteral("computers");

// The values of the array of strings at `key`, each parsed by `parse` (absent: none), or what is
// wrong with one, named by its place ("appliesTo.ipv4Ranges[2]").
template<typename T, typename Parse>
Result<QVector<T>> parsedAt(const JsonFields &fields, const QString &key, Parse parse)
{
    const Result<QStringList> strings = fields.strings(key);
    if (!strings)
        return Result<QVector<T>>::failure(strings.error());
    QVector<T> values;
    for (const QString &text : *strings) {
        Result<T> value = parse(text);
        if (!value)
            return failureAt<QVector<T>>(
                QStringLiteral("%1[%2]").arg(fields.pathOf(key)).arg(values.size()), value.error());
        values.append(std::move(value).value());
    }
    return values;
}

// Whether the distinguished name `dn` lies inside the container `container`.
bool isInside(const QString &dn, const QString &container)
{
    return dn.size() > container.size() && dn.endsWith(container, Qt::CaseInsensitive)
        && dn.at(dn.size() - container.size() - 1) == QLatin1Char(',');
}

} // namespace

bool AppliesTo::isEmpty() const
{
    return ipv4Ranges.isEmpty() && ipv6Prefixes.isEmpty() && adContainers.isEmpty()
        && computers.isEmpty();
}

bool AppliesTo::matches(const AppliesToTarget &target) const
{
    for (const QString &computer : computers) {
        if (!target.name.isEmpty() && computer.compare(target.name, Qt::CaseInsensitive) == 0)
            return true;
        // An address may be written in several ways ("2001:DB8::1", "2001:db8:0::1").
        const QHostAddress address(computer);
        if (!address.isNull() && !target.address.isEmpty()
            && address.isEqual(QHostAddress(target.address)))
            return true;
    }
    if (!target.adPath.isEmpty()) {
        for (const QString &container : adContainers) {
            if (isInside(target.adPath, container))
                return true;
        }
    }
    const QHostAddress address(target.address);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        for (const Ipv4Range &range : ipv4Ranges) {
            if (range.contains(address.toIPv4Address()))
                return true;
        }
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        for (const Ipv6Prefix &prefix : ipv6Prefixes) {
            if (prefix.contains(address))
                return true;
        }
    }
    return false;
}

QJsonObject AppliesTo::toJson() const
{
    QJsonArray ranges;
    for (const Ipv4Range &range : ipv4Ranges)
        ranges.append(range.toString());
    QJsonArray prefixes;
    for (const Ipv6Prefix &prefix : ipv6Prefixes)
        prefixes.append(prefix.toString());
    return QJsonObject { { ipv4Key, ranges },
                         { ipv6Key, prefixes },
                         { containersKey, QJsonArray::fromStringList(adContainers) },
                         { computersKey, QJsonArray::fromStringList(computers) } };
}

Result<AppliesTo> AppliesTo::fromJson(const QJsonValue &value, const QString &path)
{
    using R = Result<AppliesTo>;
    if (value.isUndefined())
        return AppliesTo();
    const Result<JsonFields> fields
        = JsonFields::read(value, path, { ipv4Key, ipv6Key, containersKey, computersKey });
    if (!fields)
        return R::failure(fields.error());
    AppliesTo appliesTo;
    const Result<QVector<Ipv4Range>> ranges
        = parsedAt<Ipv4Range>(*fields, ipv4Key, &Ipv4Range::parse);
    if (!ranges)
        return R::failure(ranges.error());
    appliesTo.ipv4Ranges = *ranges;
    const Result<QVector<Ipv6Prefix>> prefixes
        = parsedAt<Ipv6Prefix>(*fields, ipv6Key, &Ipv6Prefix::parse);
    if (!prefixes)
        return R::failure(prefixes.error());
    appliesTo.ipv6Prefixes = *prefixes;
    const Result<QStringList> containers = fields->strings(containersKey);
    if (!containers)
        return R::failure(containers.error());
    appliesTo.adContainers = *containers;
    const Result<QStringList> computers = fields->strings(computersKey);
    if (!computers)
        return R::failure(computers.error());
    appliesTo.computers = *computers;
    return appliesTo;
}

bool AppliesTo::operator==(const AppliesTo &other) const
{
    return toJson() == other.toJson();
}
