#include "watch/heartbeatpolicy.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeartbeatPolicy", text);
}

const QString documentKey = QStringLiteral("heartbeatSettings");
const QString intervalKey = QStringLiteral("intervalMinutes");
const QString missesKey = QStringLiteral("missesForOffline");
const QString bandsKey = QStringLiteral("agingBands");
const QString firstKey = QStringLiteral("firstHours");
const QString secondKey = QStringLiteral("secondHours");
const QString thirdKey = QStringLiteral("thirdDays");
const QString missingKey = QStringLiteral("missingAfterDays");
const QString groupsKey = QStringLiteral("groups");
const QString nameKey = QStringLiteral("name");
const QString appliesToKey = QStringLiteral("appliesTo");
const QString neverOfflineKey = QStringLiteral("neverOffline");

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

// A whole number from `low` to `high` at `key`; absent: `fallback`.
Result<int> wholeAt(const JsonFields &fields, const QString &key, int fallback, int low, int high)
{
    return fields.wholeNumber(key, fallback, low, high,
                              tr("a whole number from %1 to %2").arg(low).arg(high));
}

int minutesOf(std::chrono::seconds duration)
{
    return int(duration.count() / 60);
}

Result<HeartbeatGroup> groupFromJson(const QJsonValue &value, const QString &path,
                                     const HeartbeatSettings &defaults)
{
    using R = Result<HeartbeatGroup>;
    const Result<JsonFields> fields = JsonFields::read(
        value, path, { nameKey, appliesToKey, intervalKey, missesKey, neverOfflineKey });
    if (!fields)
        return R::failure(fields.error());
    HeartbeatGroup group;
    const QJsonValue name = fields->object().value(nameKey);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return failureAt<HeartbeatGroup>(fields->pathOf(nameKey),
                                         tr("missing or not a non-empty string"));
    group.name = name.toString().trimmed();
    const Result<AppliesTo> appliesTo
        = AppliesTo::fromJson(fields->object().value(appliesToKey), fields->pathOf(appliesToKey));
    if (!appliesTo)
        return R::failure(appliesTo.error());
    if (appliesTo->isEmpty())
        return failureAt<HeartbeatGroup>(fields->pathOf(appliesToKey),
                                         tr("a group must name the computers it applies to"));
    group.appliesTo = *appliesTo;
    const Result<int> interval = wholeAt(*fields, intervalKey, minutesOf(defaults.interval), 1,
                                         HeartbeatPolicy::maxIntervalMinutes);
    if (!interval)
        return R::failure(interval.error());
    group.interval = std::chrono::minutes(*interval);
    const Result<int> misses
        = wholeAt(*fields, missesKey, defaults.missesForOffline, 1, HeartbeatPolicy::maxMisses);
    if (!misses)
        return R::failure(misses.error());
    group.missesForOffline = *misses;
    const Result<bool> neverOffline = fields->flag(neverOfflineKey, false);
    if (!neverOffline)
        return R::failure(neverOffline.error());
    group.neverOffline = *neverOffline;
    return group;
}

// The bands and the missing threshold into `settings`.
Result<Done> bandsFromJson(const JsonFields &document, HeartbeatSettings &settings)
{
    const Result<JsonFields> bands = document.section(bandsKey, { firstKey, secondKey, thirdKey });
    if (!bands)
        return Result<Done>::failure(bands.error());
    const int maxHours = HeartbeatPolicy::maxDays * 24;
    const Result<int> first = wholeAt(*bands, firstKey, 1, 1, maxHours);
    const Result<int> second = wholeAt(*bands, secondKey, 24, 1, maxHours);
    const Result<int> third = wholeAt(*bands, thirdKey, 7, 1, HeartbeatPolicy::maxDays);
    const Result<int> missing = wholeAt(document, missingKey, 30, 1, HeartbeatPolicy::maxDays);
    for (const QString &error : { first.error(), second.error(), third.error(), missing.error() }) {
        if (!error.isEmpty())
            return Result<Done>::failure(error);
    }
    settings.firstBand = std::chrono::seconds(*first * hour);
    settings.secondBand = std::chrono::seconds(*second * hour);
    settings.thirdBand = std::chrono::seconds(*third * day);
    settings.missingAfter = std::chrono::seconds(*missing * day);
    return Done {};
}

} // namespace

bool HeartbeatGroup::operator==(const HeartbeatGroup &other) const
{
    return name == other.name && appliesTo == other.appliesTo && interval == other.interval
        && missesForOffline == other.missesForOffline && neverOffline == other.neverOffline;
}

HeartbeatSettings HeartbeatPolicy::settingsFor(const AppliesToTarget &target, QString *groupName,
                                               QStringList *conflicts) const
{
    const HeartbeatGroup *chosen = nullptr;
    QStringList taking;
    for (const HeartbeatGroup &group : groups) {
        if (!group.appliesTo.matches(target))
            continue;
        if (!chosen)
            chosen = &group;
        taking.append(group.name);
    }
    if (conflicts)
        *conflicts = taking.size() > 1 ? taking : QStringList();
    if (groupName)
        *groupName = chosen ? chosen->name : QString();
    HeartbeatSettings settings = defaults;
    if (chosen) {
        settings.interval = chosen->interval;
        settings.missesForOffline = chosen->missesForOffline;
        settings.neverOffline = chosen->neverOffline;
    }
    return settings;
}

std::chrono::seconds HeartbeatPolicy::shortestInterval() const
{
    std::chrono::seconds shortest = defaults.interval;
    for (const HeartbeatGroup &group : groups)
        shortest = std::min(shortest, group.interval);
    return std::max(shortest, std::chrono::seconds(1));
}

QString HeartbeatPolicy::problem() const
{
    const auto inRange
        = [](qint64 value, qint64 low, qint64 high) { return value >= low && value <= high; };
    if (!inRange(defaults.interval.count(), 60, maxIntervalMinutes * 60))
        return tr("the heartbeat interval must be from 1 to %1 minutes").arg(maxIntervalMinutes);
    if (!inRange(defaults.missesForOffline, 1, maxMisses))
        return tr("the missed heartbeats before Offline must be from 1 to %1").arg(maxMisses);
    if (!inRange(defaults.missingAfter.count(), day, maxDays * day))
        return tr("Missing must come after 1 to %1 days offline").arg(maxDays);
    if (defaults.firstBand.count() < hour || defaults.firstBand >= defaults.secondBand
        || defaults.secondBand >= defaults.thirdBand || defaults.thirdBand >= defaults.missingAfter)
        return tr("the aging bands must grow: the first (%1 hours) shorter than the second (%2 "
                  "hours), shorter than the third (%3 days), shorter than Missing (%4 days)")
            .arg(defaults.firstBand.count() / hour)
            .arg(defaults.secondBand.count() / hour)
            .arg(defaults.thirdBand.count() / day)
            .arg(defaults.missingAfter.count() / day);
    return {};
}

QJsonObject HeartbeatPolicy::toJson() const
{
    QJsonArray groupArray;
    for (const HeartbeatGroup &group : groups) {
        groupArray.append(QJsonObject {
            { nameKey, group.name },
            { appliesToKey, group.appliesTo.toJson() },
            { intervalKey, minutesOf(group.interval) },
            { missesKey, group.missesForOffline },
            { neverOfflineKey, group.neverOffline },
        });
    }
    const QJsonObject settings {
        { intervalKey, minutesOf(defaults.interval) },
        { missesKey, defaults.missesForOffline },
        { bandsKey,
          QJsonObject {
              { firstKey, qint64(defaults.firstBand.count() / hour) },
              { secondKey, qint64(defaults.secondBand.count() / hour) },
              { thirdKey, qint64(defaults.thirdBand.count() / day) },
          } },
        { missingKey, qint64(defaults.missingAfter.count() / day) },
        { groupsKey, groupArray },
    };
    return QJsonObject { { documentKey, settings } };
}

Result<HeartbeatPolicy> HeartbeatPolicy::fromJson(const QJsonObject &document)
{
    using R = Result<HeartbeatPolicy>;
    for (const QString &key : document.keys()) {
        if (key != documentKey)
            return failureAt<HeartbeatPolicy>(key, tr("unknown key"));
    }
    if (!document.value(documentKey).isObject())
        return failureAt<HeartbeatPolicy>(documentKey, tr("missing or not an object"));
    const Result<JsonFields> fields
        = JsonFields::read(document.value(documentKey), documentKey,
                           { intervalKey, missesKey, bandsKey, missingKey, groupsKey });
    if (!fields)
        return R::failure(fields.error());
    HeartbeatPolicy policy;
    const Result<int> interval = wholeAt(*fields, intervalKey, 10, 1, maxIntervalMinutes);
    const Result<int> misses = wholeAt(*fields, missesKey, 2, 1, maxMisses);
    if (!interval || !misses)
        return R::failure(interval ? misses.error() : interval.error());
    policy.defaults.interval = std::chrono::minutes(*interval);
    policy.defaults.missesForOffline = *misses;
    const Result<Done> bands = bandsFromJson(*fields, policy.defaults);
    if (!bands)
        return R::failure(bands.error());
    if (const QString problem = policy.problem(); !problem.isEmpty())
        return failureAt<HeartbeatPolicy>(fields->pathOf(bandsKey), problem);
    const QJsonValue groups = fields->object().value(groupsKey);
    if (!groups.isUndefined() && !groups.isArray())
        return failureAt<HeartbeatPolicy>(fields->pathOf(groupsKey), tr("not an array"));
    QSet<QString> names;
    for (const QJsonValue &item : groups.toArray()) {
        const QString path
            = QStringLiteral("%1.%2[%3]").arg(documentKey, groupsKey).arg(policy.groups.size());
        const Result<HeartbeatGroup> group = groupFromJson(item, path, policy.defaults);
        if (!group)
            return R::failure(group.error());
        if (names.contains(group->name.toCaseFolded()))
            return failureAt<HeartbeatPolicy>(
                path + QLatin1Char('.') + nameKey,
                tr("\"%1\" names another group already").arg(group->name));
        names.insert(group->name.toCaseFolded());
        policy.groups.append(*group);
    }
    return policy;
}

bool HeartbeatPolicy::operator==(const HeartbeatPolicy &other) const
{
    return toJson() == other.toJson() && groups == other.groups;
}
