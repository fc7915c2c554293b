#include "watch/storelease.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace {

// Takes the row when it is missing, this holder's, or expired; leaves another holder's live
// lease alone. acquired_at changes only when the holder does, so it says since when the holder
// acts. SQLite (3.24+) and PostgreSQL (9.5+) read this UPSERT alike.
const QString upsertSql = QStringLiteral(
    "INSERT INTO watch_lease (id, holder, acquired_at, expires_at) VALUES (1, ?, ?, ?)"
    " ON CONFLICT (id) DO UPDATE SET holder = excluded.holder,"
    " acquired_at = CASE WHEN watch_lease.holder = excluded.holder"
    " THEN watch_lease.acquired_at ELSE excluded.acquired_at END,"
    " expires_at = excluded.expires_at"
    " WHERE watch_lease.holder = excluded.holder OR watch_lease.expires_at < ?");

} // namespace

StoreLease::StoreLease(QString holder, std::chrono::seconds duration)
    : m_holder(std::move(holder))
    , m_duration(duration)
{ }

QString StoreLease::newHolderId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName(), QString::number(QCoreApplication::applicationPid()),
             QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

Result<LeaseState> StoreLease::acquire(Database &store) const
{
    const QDateTime now = Clock::instance().now().toUTC();
    const QDateTime expires = now.addSecs(m_duration.count());
    LeaseState state;
    const Result<Done> written = store.writeTransaction([&]() -> Result<Done> {
        const QSqlDatabase db = store.connection();
        QString before;
        {
            QSqlQuery read(db);
            if (!read.exec(QStringLiteral("SELECT holder FROM watch_lease WHERE id = 1")))
                return sqlFailure(read.lastError());
            if (read.next())
                before = read.value(0).toString();
        }
        QSqlQuery upsert(db);
        upsert.prepare(upsertSql);
        upsert.addBindValue(m_holder);
        upsert.addBindValue(storeTime(now));
        upsert.addBindValue(storeTime(expires));
        upsert.addBindValue(storeTime(now));
        if (!upsert.exec())
            return sqlFailure(upsert.lastError());
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("SELECT holder, expires_at FROM watch_lease WHERE id = 1")))
            return sqlFailure(read.lastError());
        if (!read.next())
            return Result<Done>::failure(tr("the watch_lease row is missing after it was written"));
        state.holder = read.value(0).toString();
        state.expiresAt = storedTime(read.value(1));
        state.held = state.holder == m_holder;
        if (state.held && !before.isEmpty() && before != m_holder)
            state.previousHolder = before;
        return Done {};
    });
    if (!written)
        return Result<LeaseState>::failure(
            tr("the watcher's lease cannot be read or written: %1").arg(written.error()));
    return state;
}

Result<Done> StoreLease::release(Database &store) const
{
    QSqlQuery remove(store.connection());
    remove.prepare(QStringLiteral("DELETE FROM watch_lease WHERE id = 1 AND holder = ?"));
    remove.addBindValue(m_holder);
    if (!remove.exec())
        return Result<Done>::failure(
            tr("the watcher's lease cannot be released: %1").arg(sqlErrorText(remove.lastError())));
    return Done {};
}
