#pragma once

#include "common/result.h"
#include "health/healthsettings.h"
#include "store/database.h"

#include <QCoreApplication>

#include <memory>

// Replacing the health evaluation settings from a file is an administrator's action like a
// command: it decides which computers show Needs attention, so it is audited (issue 12: the
// audit log records "every action an administrator takes", DESIGN.md). The intent is written
// before the settings change (nothing changes when it cannot be), its outcome after, naming the
// file and the settings; the CLI and the console import through here.
namespace HealthSettingsImport {

// The audit log's action key.
inline const char *const auditAction = "health-settings-import";

// Saves `settings` in place of every stored one, audited; `source` is where they came from
// (a file path). Fails naming what failed; when the intent cannot be written nothing changes.
Result<Done> apply(const std::shared_ptr<Database> &database, const HealthSettingsList &settings,
                   const QString &source);

} // namespace HealthSettingsImport
