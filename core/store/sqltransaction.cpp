#include "store/sqltransaction.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace SqlTransaction {

QString exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlErrorText(query.lastError());
    return {};
}

QString run(const QSqlDatabase &db, SqlDialect dialect, const std::function<QString()> &work)
{
    // Qt's QSqlDatabase::transaction() issues a plain deferred BEGIN; SQLite needs IMMEDIATE for
    // writers on several connections (see SqlDialects::beginWriteTransaction), so the statements
    // are issued here by hand.
    const QString beginError = exec(db, SqlDialects::beginWriteTransaction(dialect));
    if (!beginError.isEmpty())
        return beginError;
    const QString workError = work();
    if (workError.isEmpty()) {
        const QString commitError = exec(db, QStringLiteral("COMMIT"));
        if (commitError.isEmpty())
            return {};
        const QString rollbackError = exec(db, QStringLiteral("ROLLBACK"));
        if (!rollbackError.isEmpty())
            Logging::get("store")->warn("rollback after a failed commit failed: {}", rollbackError);
        return commitError;
    }
    const QString rollbackError = exec(db, QStringLiteral("ROLLBACK"));
    if (!rollbackError.isEmpty())
        Logging::get("store")->warn("rollback after \"{}\" failed: {}", workError, rollbackError);
    return workError;
}

} // namespace SqlTransaction

QString sqlErrorText(const QSqlError &error)
{
    // The database's own words name the problem ("FOREIGN KEY constraint failed"); Qt's driver
    // text ("Unable to execute statement") only when there are none.
    const QString database = error.databaseText().trimmed();
    if (!database.isEmpty())
        return database;
    const QString driver = error.driverText().trimmed();
    if (!driver.isEmpty())
        return driver;
    // An empty text means success to every caller here, so a failure must never read as one.
    return QCoreApplication::translate("Database",
                                       "the database reported an error without saying which "
                                       "(code %1)")
        .arg(error.nativeErrorCode());
}

Result<qint64> insertReturningId(QSqlQuery &insert)
{
    if (!insert.exec() || !insert.next())
        return Result<qint64>::failure(sqlErrorText(insert.lastError()));
    const qint64 id = insert.value(0).toLongLong();
    // A statement still positioned on its row keeps SQLite from committing.
    insert.finish();
    return id;
}

QString notNullText(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}
