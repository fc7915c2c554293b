#include "watch/storelease.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace {

// ISO-8601 UTC with milliseconds: fixed width, so text order is time order in both dialects.
QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

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
    const QString error = store.writeTransaction([&]() -> QString {
        const QSqlDatabase db = store.connection();
        QString before;
        {
            QSqlQuery read(db);
            if (!read.exec(QStringLiteral("SELECT holder FROM watch_lease WHERE id = 1")))
                return sqlErrorText(read.lastError());
            if (read.next())
                before = read.value(0).toString();
        }
        QSqlQuery upsert(db);
        upsert.prepare(upsertSql);
        upsert.addBindValue(m_holder);
        upsert.addBindValue(isoText(now));
        upsert.addBindValue(isoText(expires));
        upsert.addBindValue(isoText(now));
        if (!upsert.exec())
            return sqlErrorText(upsert.lastError());
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("SELECT holder, expires_at FROM watch_lease WHERE id = 1")))
            return sqlErrorText(read.lastError());
        if (!read.next())
            return tr("the watch_lease row is missing after it was written");
        state.holder = read.value(0).toString();
        state.expiresAt = QDateTime::fromString(read.value(1).toString(), Qt::ISODateWithMs);
        state.held = state.holder == m_holder;
        if (state.held && !before.isEmpty() && before != m_holder)
            state.previousHolder = before;
        return {};
    });
    if (!error.isEmpty())
        return Result<LeaseState>::failure(
            tr("the watcher's lease cannot be read or written: %1").arg(error));
    return state;
}

QString StoreLease::release(Database &store) const
{
    QSqlQuery remove(store.connection());
    remove.prepare(QStringLiteral("DELETE FROM watch_lease WHERE id = 1 AND holder = ?"));
    remove.addBindValue(m_holder);
    if (!remove.exec())
        return tr("the watcher's lease cannot be released: %1")
            .arg(sqlErrorText(remove.lastError()));
    return {};
}
