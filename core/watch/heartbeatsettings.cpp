#include "watch/heartbeatsettings.h"

#include "settings/settings.h"

#include <algorithm>

namespace HeartbeatSettingsStore {

HeartbeatSettings load()
{
    HeartbeatSettings settings;
    const auto bounded = [](Setting setting, int low, int high) {
        return std::clamp(Settings::value(setting).toInt(), low, high);
    };
    settings.interval
        = std::chrono::minutes(bounded(Setting::HeartbeatIntervalMinutes, 1, 24 * 60));
    settings.missesForOffline = bounded(Setting::HeartbeatMissesForOffline, 1, 100);
    settings.missingAfter
        = std::chrono::hours(24 * bounded(Setting::HeartbeatMissingAfterDays, 1, 3650));
    return settings;
}

void save(const HeartbeatSettings &settings)
{
    Settings::setValue(
        Setting::HeartbeatIntervalMinutes,
        qint64(std::chrono::duration_cast<std::chrono::minutes>(settings.interval).count()));
    Settings::setValue(Setting::HeartbeatMissesForOffline, settings.missesForOffline);
    Settings::setValue(Setting::HeartbeatMissingAfterDays,
                       qint64(settings.missingAfter.count() / (24 * 3600)));
}

QStringList notifiedKinds()
{
    QStringList kinds;
    for (const QString &kind : Settings::value(Setting::NotifyEventKinds).toStringList()) {
        if (EventKind::isKnown(kind) && !kinds.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}

void setNotifiedKinds(const QStringList &kinds)
{
    Settings::setValue(Setting::NotifyEventKinds, kinds);
}

} // namespace HeartbeatSettingsStore
