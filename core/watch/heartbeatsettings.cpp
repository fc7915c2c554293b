#include "watch/heartbeatsettings.h"

#include "settings/settings.h"
#include "store/heartbeatrecord.h"

namespace HeartbeatSettingsStore {

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
