#pragma once

#include <QStringList>

// What the console keeps of heartbeats among its own settings (core/settings): the event kinds
// this desktop shows as notifications. The heartbeat settings themselves (interval, N, the
// bands, the groups) are the store's, so that every watcher of a store follows the same ones
// (core/watch/heartbeatpolicystore.h).
namespace HeartbeatSettingsStore {
// The event kinds shown as desktop notifications; unknown kinds are dropped.
QStringList notifiedKinds();
void setNotifiedKinds(const QStringList &kinds);
} // namespace HeartbeatSettingsStore
