#pragma once

#include "common/result.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

// Small helpers shared by the migrations and the stores, so that every write goes through one
// transaction discipline and every SQL failure reads the same way in the log and the UI.
namespace SqlTransaction {
// Runs `work` in one write transaction: commits when it succeeds, rolls back and returns its
// error otherwise. A failed commit is rolled back too and reported.
Result<Done> run(const QSqlDatabase &db, SqlDialect dialect,
                 const std::function<Result<Done>()> &work);
// Executes one statement that returns no rows.
Result<Done> exec(const QSqlDatabase &db, const QString &sql);
} // namespace SqlTransaction

// Binds `values` in order to the prepared `query` and executes it.
Result<Done> execBound(QSqlQuery &query, const QVariantList &values);

// Executes a prepared INSERT ... RETURNING id with `values` bound in order and gives the new row's
// id, or the database's words.
Result<qint64> insertReturningId(QSqlQuery &insert, const QVariantList &values = {});

// For a NOT NULL text column: QtSql binds a null QString as NULL, so an absent value is bound as
// an empty string instead.
QString notNullText(const QString &text);

// A time as every table stores it: ISO-8601 UTC with milliseconds, fixed width, so that text
// order is time order in both dialects. An invalid time is an empty text.
QString storeTime(const QDateTime &time);
// For a nullable time column: NULL for an invalid time, storeTime() otherwise.
QVariant nullableStoreTime(const QDateTime &time);
// A stored time back (UTC); invalid for NULL or a text that is not one. Older rows may lack the
// milliseconds: ISODateWithMs reads both.
QDateTime storedTime(const QVariant &value);

// The driver's and the database's words for a failure, without Qt's decoration.
QString sqlErrorText(const QSqlError &error);
// The failure of a statement, in the database's words (sqlErrorText()).
Result<Done> sqlFailure(const QSqlError &error);
