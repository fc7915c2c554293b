#pragma once

#include <QStringList>

// Runs SQL on a plain QtSql connection of the test's own, as an older osmgmt or another program
// would. Returns the first failing statement with its error, or an empty string.
QString rawExec(const QString &path, const QStringList &statements);
