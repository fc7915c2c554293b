#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Files the CLI writes or reads whole: reports and the settings files of `health-settings` and
// `heartbeat-settings` (docs/cli.md). Writing goes through QSaveFile, so a file is written whole
// or not at all; reading and parsing fail apart, because a file that cannot be read is exit
// code 1 and one that is not what it should be is exit code 2.
namespace WholeFile {
// Writes `bytes` to `path`, or to standard output for "-" or an empty path. The error names it.
Result<Done> write(const QString &path, const QByteArray &bytes);
// `document` indented, as write() does.
Result<Done> writeJson(const QString &path, const QJsonObject &document);
// The bytes of `path`; fails naming the file and why.
Result<QByteArray> read(const QString &path);
// The JSON object `bytes` (read from `path`) hold; fails naming the file and why (not JSON, not
// an object).
Result<QJsonObject> parseObject(const QString &path, const QByteArray &bytes);
} // namespace WholeFile
