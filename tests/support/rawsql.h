#pragma once

#include <QStringList>

// Runs SQL on a plain QtSql connection of the test's own, as an older osmgmt or another program
// would. Returns the first failing statement with its error, or an empty string.
QString rawExec(const QString &path, const QStringList &statements);

// Takes the schema steps after 5 back out of a fresh store, newest first, for tests that make a
// store "as an older osmgmt left it" by undoing steps: they add their own older steps' undo after
// these. A new schema step adds its undo here, so those tests keep passing by construction.
QStringList undoSchemaStepsAfter5();
