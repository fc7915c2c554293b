#include "heartbeatgroupdraft.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The non-empty lines of `text`, trimmed: one entry each (a comma also separates, as in a
// scope's address list).
QStringList entriesOf(const QString &text)
{
    QStringList entries;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\n,;]"))))
        if (const QString entry = part.trimmed(); !entry.isEmpty())
            entries.append(entry);
    return entries;
}

QString joined(const QStringList &entries)
{
    return entries.join(QLatin1Char('\n'));
}

// A distinguished name: attribute=value pairs separated by commas ("OU=Lab,DC=corp,DC=example").
bool looksLikeDistinguishedName(const QString &text)
{
    static const QRegularExpression pair(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*=[^=]+$"));
    const QStringList pairs = text.split(QLatin1Char(','));
    return std::all_of(pairs.begin(), pairs.end(),
                       [](const QString &part) { return pair.match(part.trimmed()).hasMatch(); });
}

} // namespace

HeartbeatGroupDraft HeartbeatGroupDraft::of(const HeartbeatGroup &group)
{
    HeartbeatGroupDraft draft;
    draft.name = group.name;
    QStringList ranges;
    for (const Ipv4Range &range : group.appliesTo.ipv4Ranges)
        ranges.append(range.toString());
    QStringList prefixes;
    for (const Ipv6Prefix &prefix : group.appliesTo.ipv6Prefixes)
        prefixes.append(prefix.toString());
    draft.ipv4Ranges = joined(ranges);
    draft.ipv6Prefixes = joined(prefixes);
    draft.adContainers = joined(group.appliesTo.adContainers);
    draft.computers = joined(group.appliesTo.computers);
    draft.intervalMinutes = int(group.interval.count() / 60);
    draft.missesForOffline = group.missesForOffline;
    draft.neverOffline = group.neverOffline;
    return draft;
}

HeartbeatGroupDraft::Problem HeartbeatGroupDraft::problem(const QStringList &otherNames) const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return { Field::Name, tr("Name: a group needs a name.") };
    for (const QString &other : otherNames)
        if (other.toCaseFolded() == trimmedName.toCaseFolded())
            return { Field::Name,
                     tr("Name: \"%1\" names another group already.").arg(trimmedName) };
    const QStringList ranges = entriesOf(ipv4Ranges);
    for (int i = 0; i < ranges.size(); ++i)
        if (const Result<Ipv4Range> range = Ipv4Range::parse(ranges.at(i)); !range)
            return {
                Field::Ipv4Ranges,
                tr("IPv4 ranges, entry %1 (%2): %3").arg(i + 1).arg(ranges.at(i), range.error())
            };
    const QStringList prefixes = entriesOf(ipv6Prefixes);
    for (int i = 0; i < prefixes.size(); ++i)
        if (const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(prefixes.at(i)); !prefix)
            return { Field::Ipv6Prefixes,
                     tr("IPv6 prefixes, entry %1 (%2): %3")
                         .arg(i + 1)
                         .arg(prefixes.at(i), prefix.error()) };
    const QStringList containers = entriesOf(adContainers);
    for (int i = 0; i < containers.size(); ++i)
        if (!looksLikeDistinguishedName(containers.at(i)))
            return { Field::AdContainers,
                     tr("Active Directory containers, entry %1 (%2): not a distinguished name "
                        "such as OU=Laptops,DC=corp,DC=example")
                         .arg(i + 1)
                         .arg(containers.at(i)) };
    if (ranges.isEmpty() && prefixes.isEmpty() && containers.isEmpty()
        && entriesOf(computers).isEmpty())
        return { Field::AppliesTo,
                 tr("Applies to: name at least one IPv4 range, IPv6 prefix, Active Directory "
                    "container or computer.") };
    if (intervalMinutes < 1 || intervalMinutes > HeartbeatPolicy::maxIntervalMinutes)
        return {
            Field::Interval,
            tr("Heartbeat interval: from 1 to %1 minutes.").arg(HeartbeatPolicy::maxIntervalMinutes)
        };
    if (missesForOffline < 1 || missesForOffline > HeartbeatPolicy::maxMisses)
        return {
            Field::Misses,
            tr("Offline after missed heartbeats: from 1 to %1.").arg(HeartbeatPolicy::maxMisses)
        };
    return {};
}

HeartbeatGroup HeartbeatGroupDraft::toGroup() const
{
    HeartbeatGroup group;
    group.name = name.trimmed();
    for (const QString &text : entriesOf(ipv4Ranges))
        if (const Result<Ipv4Range> range = Ipv4Range::parse(text))
            group.appliesTo.ipv4Ranges.append(*range);
    for (const QString &text : entriesOf(ipv6Prefixes))
        if (const Result<Ipv6Prefix> prefix = Ipv6Prefix::parse(text))
            group.appliesTo.ipv6Prefixes.append(*prefix);
    group.appliesTo.adContainers = entriesOf(adContainers);
    group.appliesTo.computers = entriesOf(computers);
    group.interval = std::chrono::minutes(intervalMinutes);
    group.missesForOffline = missesForOffline;
    group.neverOffline = neverOffline;
    return group;
}
