#include "store/sqltransaction.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace SqlTransaction {

Result<Done> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlFailure(query.lastError());
    return Done {};
}

Result<Done> run(const QSqlDatabase &db, SqlDialect dialect,
                 const std::function<Result<Done>()> &work)
{
    // Qt's QSqlDatabase::transaction() issues a plain deferred BEGIN; SQLite needs IMMEDIATE for
    // writers on several connections (see SqlDialects::beginWriteTransaction), so the statements
    // are issued here by hand.
    const Result<Done> begun = exec(db, SqlDialects::beginWriteTransaction(dialect));
    if (!begun)
        return begun;
    const Result<Done> worked = work();
    if (worked) {
        const Result<Done> committed = exec(db, QStringLiteral("COMMIT"));
        if (committed)
            return committed;
        const Result<Done> rolledBack = exec(db, QStringLiteral("ROLLBACK"));
        if (!rolledBack)
            Logging::get("store")->warn("rollback after a failed commit failed: {}",
                                        rolledBack.error());
        return committed;
    }
    const Result<Done> rolledBack = exec(db, QStringLiteral("ROLLBACK"));
    if (!rolledBack)
        Logging::get("store")->warn("rollback after \"{}\" failed: {}", worked.error(),
                                    rolledBack.error());
    return worked;
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
    // A failure must name itself even when the driver gives no words.
    return QCoreApplication::translate("Database",
                                       "the database reported an error without saying which "
                                       "(code %1)")
        .arg(error.nativeErrorCode());
}

Result<Done> execBound(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return Done {};
}

Result<qint64> insertReturningId(QSqlQuery &insert, const QVariantList &values)
{
    for (const QVariant &value : values)
        insert.addBindValue(value);
    if (!insert.exec() || !insert.next())
        return Result<qint64>::failure(sqlErrorText(insert.lastError()));
    const qint64 id = insert.value(0).toLongLong();
    // A statement still positioned on its row keeps SQLite from committing.
    insert.finish();
    return id;
}

Result<Done> sqlFailure(const QSqlError &error)
{
    return Result<Done>::failure(sqlErrorText(error));
}

QString notNullText(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString storeTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullableStoreTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(storeTime(time)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime storedTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // Every time the store keeps is UTC, whether or not its text says so.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}
