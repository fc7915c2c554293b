#pragma once

#include "common/result.h"
#include "scope/queryscope.h"
#include "scope/scope.h"

#include <QByteArray>
#include <QString>

// A scope as a JSON file (docs/scope-format.md): what the console saves with "Save only" and
// what osmgmt-cli takes with --scope. Errors name the key and the index of the bad entry
// ("ipv4Ranges[1]: ..."). Unknown keys are ignored, so an older osmgmt reads a newer file;
// a known key with the wrong type is refused.
Result<Scope> scopeFromJson(const QByteArray &json);
// Indented, keys in the order of the scope editor.
QByteArray scopeToJson(const Scope &scope);

// Reads and never writes `path`; errors name the path.
Result<Scope> loadScopeFile(const QString &path);
// The same for a query, where a scope file enters it (osmgmt-cli query, the watcher's
// scheduled query): checked once here (QueryScope), not by the stages after.
Result<QueryScope> loadQueryScope(const QString &path);
// Writes atomically (QSaveFile): a failed save leaves the previous file as it was. Refuses a
// scope that would not load back.
Result<Done> saveScopeFile(const QString &path, const Scope &scope);
