#include "schedule/schedulestore.h"

#include "common/clock.h"
#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString scheduleText(const Schedule &schedule)
{
    return QString::fromUtf8(QJsonDocument(schedule.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

ScheduleStore::ScheduleStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<StoredSchedule> ScheduleStore::load() const
{
    using Loaded = Result<StoredSchedule>;
    QSqlQuery select(m_database->connection());
    if (!select.exec(
            QStringLiteral("SELECT schedule_json, last_run_at FROM schedules WHERE id = 1")))
        return Loaded::failure(
            tr("cannot read the schedule: %1").arg(sqlErrorText(select.lastError())));
    StoredSchedule stored;
    if (!select.next())
        return stored;

    const QByteArray json = select.value(0).toString().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return Loaded::failure(tr("the stored schedule is not a JSON object: %1")
                                   .arg(parseError.error == QJsonParseError::NoError
                                            ? tr("it is another JSON value")
                                            : parseError.errorString()));
    }
    const Result<Schedule> schedule = Schedule::fromJson(document.object());
    if (!schedule)
        return Loaded::failure(tr("the stored schedule cannot be used: %1").arg(schedule.error()));
    stored.schedule = *schedule;

    if (!select.isNull(1)) {
        const QDateTime lastRun = storedTime(select.value(1));
        if (!lastRun.isValid())
            return Loaded::failure(
                tr("the stored time of the last scheduled query \"%1\" is not a time")
                    .arg(select.value(1).toString()));
        stored.lastRun = lastRun;
    }
    return stored;
}

Result<Done> ScheduleStore::save(const Schedule &schedule)
{
    const Result<Schedule> valid = schedule.validated();
    if (!valid)
        return Result<Done>::failure(tr("the schedule was not saved: %1").arg(valid.error()));
    // INSERT ... ON CONFLICT DO UPDATE: SQLite 3.24 and PostgreSQL 9.5 both understand it.
    const Result<Done> saved
        = upsert(QStringLiteral("INSERT INTO schedules (id, schedule_json, last_run_at, updated_at)"
                                " VALUES (1, ?, NULL, ?) ON CONFLICT (id) DO UPDATE SET"
                                " schedule_json = excluded.schedule_json,"
                                " updated_at = excluded.updated_at"),
                 { scheduleText(*valid), storeTime(Clock::instance().now()) });
    if (!saved)
        return Result<Done>::failure(tr("the schedule was not saved: %1").arg(saved.error()));
    Logging::get("store")->info("schedule saved: {}", scheduleText(*valid));
    return Done {};
}

Result<Done> ScheduleStore::saveLastRun(const QDateTime &startedAt)
{
    if (!startedAt.isValid())
        return Result<Done>::failure(tr("the time of the last scheduled query is not valid"));
    // Without a saved schedule the row starts with the disabled default.
    const Result<Done> saved = upsert(
        QStringLiteral("INSERT INTO schedules (id, schedule_json, last_run_at, updated_at)"
                       " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                       " last_run_at = excluded.last_run_at,"
                       " updated_at = excluded.updated_at"),
        { scheduleText(Schedule()), storeTime(startedAt), storeTime(Clock::instance().now()) });
    if (!saved)
        return Result<Done>::failure(
            tr("the time of the last scheduled query was not saved: %1").arg(saved.error()));
    return Done {};
}

Result<Done> ScheduleStore::upsert(const QString &sql, const QVariantList &values)
{
    const Result<int> written = m_database->writeStatement(sql, values);
    if (!written) {
        Logging::get("store")->warn("writing the schedule failed: {}", written.error());
        return Result<Done>::failure(written.error());
    }
    return Done {};
}
