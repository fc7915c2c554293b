#include "endpoint/appliesto.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AppliesTo", text);
}

const QString ipv4Key = QStringLiteral("ipv4Ranges");
const QString ipv6Key = QStringLiteral("ipv6Prefixes");
const QString containersKey = QStringLiteral("adContainers");
const QString computersKey = QStringLiteral("computers");

// The strings of the array at `key`, or what is wrong with it.
Result<QStringList> stringsAt(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return failureAt<QStringList>(path + QLatin1Char('.') + key, tr("not an array"));
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return failureAt<QStringList>(
                QStringLiteral("%1.%2[%3]").arg(path, key).arg(strings.size()),
                tr("not a non-empty string"));
        strings.append(item.toString().trimmed());
    }
    return strings;
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
    if (!value.isObject())
        return failureAt<AppliesTo>(path, tr("not an object"));
    const QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        if (key != ipv4Key && key != ipv6Key && key != containersKey && key != computersKey)
            return failureAt<AppliesTo>(path + QLatin1Char('.') + key, tr("unknown key"));
    }
    AppliesTo appliesTo;
    const Result<QStringList> ranges = stringsAt(object, ipv4Key, path);
    if (!ranges)
        return R::failure(ranges.error());
    for (int i = 0; i < ranges->size(); ++i) {
        const Result<Ipv4Range> range = Ipv4Range::parse(ranges->at(i));
        if (!range)
            return failureAt<AppliesTo>(QStringLiteral("%1.%2[%3]").arg(path, ipv4Key).arg(i),
                                        range.error());
        appliesTo.ipv4Ranges.append(*range);
    }
    const Result<QStringList> prefixes = stringsAt(object, ipv6Key, path);
    if (!prefixes)
        return R::failure(prefixes.error());
    for (int i = 0; i < prefixes->size(); ++i) {
        const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(prefixes->at(i));
        if (!prefix)
            return failureAt<AppliesTo>(QStringLiteral("%1.%2[%3]").arg(path, ipv6Key).arg(i),
                                        prefix.error());
        appliesTo.ipv6Prefixes.append(*prefix);
    }
    const Result<QStringList> containers = stringsAt(object, containersKey, path);
    if (!containers)
        return R::failure(containers.error());
    appliesTo.adContainers = *containers;
    const Result<QStringList> computers = stringsAt(object, computersKey, path);
    if (!computers)
        return R::failure(computers.error());
    appliesTo.computers = *computers;
    return appliesTo;
}

bool AppliesTo::operator==(const AppliesTo &other) const
{
    return toJson() == other.toJson();
}
