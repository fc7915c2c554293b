#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

// The SQL flavours the store speaks. Migration steps are written once and ask the dialect for
// the few things that differ, so the PostgreSQL backend (DESIGN.md, "Persistence") reuses them.
enum class SqlDialect { Sqlite, PostgreSql };

namespace SqlDialects {
// A 64-bit surrogate key that the database fills in.
QString autoIdPrimaryKey(SqlDialect dialect);
// Starts a transaction that will write. SQLite takes the write lock at once (BEGIN IMMEDIATE) so
// that two connections never both read and then fail to upgrade to a writer.
QString beginWriteTransaction(SqlDialect dialect);
} // namespace SqlDialects

// One forward step of the schema. Steps are never edited once released: a change to the schema
// is a new step with the next version (docs/data-model.md, "Migrations").
struct Migration
{
    int version;
    const char *summary;
    QStringList (*statements)(SqlDialect dialect);
    // Work SQL alone cannot do (hashing), run after the statements in the same transaction.
    Result<Done> (*afterStatements)(const QSqlDatabase &db, SqlDialect dialect) = nullptr;
};

namespace Migrations {
const std::vector<Migration> &all();
// The newest schema this program knows.
int latestVersion();
// The version recorded in the schema_version table; 0 when the table does not exist yet.
Result<int> currentVersion(const QSqlDatabase &db);
// Applies every step above the current version, each in its own transaction that also records
// the step in schema_version.
Result<Done> migrate(const QSqlDatabase &db, SqlDialect dialect);
} // namespace Migrations
