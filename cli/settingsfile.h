#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The files of `osmgmt-cli heartbeat-settings export|import` (docs/cli.md): a JSON object,
// written whole or not at all.
namespace SettingsFile {
// Writes `document` indented to `path` through QSaveFile, or to standard output for "-". The
// error names the file.
Result<Done> write(const QString &path, const QJsonObject &document);
// The JSON object in `path`; fails naming the file and why (unreadable, not JSON, not an object).
Result<QJsonObject> read(const QString &path);
} // namespace SettingsFile
