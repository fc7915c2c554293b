#pragma once

#include "common/result.h"
#include "store/migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

// Small helpers shared by the migrations and the stores, so that every write goes through one
// transaction discipline and every SQL failure reads the same way in the log and the UI.
namespace SqlTransaction {
// Runs `work` in one write transaction: commits when it returns an empty string, rolls back and
// returns its error otherwise. A failed commit is rolled back too and reported.
QString run(const QSqlDatabase &db, SqlDialect dialect, const std::function<QString()> &work);
// Executes one statement that returns no rows. Returns the error text, or an empty string.
QString exec(const QSqlDatabase &db, const QString &sql);
} // namespace SqlTransaction

// Executes a prepared INSERT ... RETURNING id and gives the new row's id, or the database's words.
Result<qint64> insertReturningId(QSqlQuery &insert);

// For a NOT NULL text column: QtSql binds a null QString as NULL, so an absent value is bound as
// an empty string instead.
QString notNullText(const QString &text);

// The driver's and the database's words for a failure, without Qt's decoration.
QString sqlErrorText(const QSqlError &error);
