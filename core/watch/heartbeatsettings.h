#pragma once

#include "watch/heartbeatstate.h"

#include <QStringList>

// The heartbeat settings as the console keeps them (core/settings: Setting::Heartbeat*), read by
// the console's watcher and `osmgmt-cli watch` alike, so both follow what the administrator set.
// Values out of range read as the nearest allowed one; the aging bands keep their defaults.
namespace HeartbeatSettingsStore {
// 1-1440 minutes, 1-100 misses, 1-3650 days.
HeartbeatSettings load();
void save(const HeartbeatSettings &settings);
// The event kinds shown as desktop notifications; unknown kinds are dropped.
QStringList notifiedKinds();
void setNotifiedKinds(const QStringList &kinds);
} // namespace HeartbeatSettingsStore
