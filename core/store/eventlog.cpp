#include "store/eventlog.h"

#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
// ISO-8601 UTC with milliseconds: fixed width, so text order is time order in both dialects.
QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

EventLog::EventLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

QString EventLog::insert(const QSqlDatabase &db, const QVector<ComputerEvent> &events)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO events (at, kind, name, address, from_state,"
                                  " to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ComputerEvent &event : events) {
        insert.addBindValue(isoText(event.at));
        insert.addBindValue(event.kind);
        insert.addBindValue(notNullText(event.name));
        insert.addBindValue(notNullText(event.address));
        insert.addBindValue(notNullText(event.from));
        insert.addBindValue(notNullText(event.to));
        insert.addBindValue(notNullText(event.detail));
        if (!insert.exec())
            return tr("the event cannot be stored: %1").arg(sqlErrorText(insert.lastError()));
    }
    return {};
}

QString EventLog::append(const QVector<ComputerEvent> &events) const
{
    if (events.isEmpty())
        return {};
    const QSqlDatabase db = m_database->connection();
    return m_database->writeTransaction([&] { return insert(db, events); });
}

Result<QVector<ComputerEvent>> EventLog::read(const EventFilter &filter) const
{
    using R = Result<QVector<ComputerEvent>>;
    QString sql = QStringLiteral(
        "SELECT id, at, kind, name, address, from_state, to_state, detail FROM events WHERE 1 = 1");
    if (filter.since.isValid())
        sql += QStringLiteral(" AND at >= ?");
    if (!filter.kind.isEmpty())
        sql += QStringLiteral(" AND kind = ?");
    if (filter.afterId > 0)
        sql += QStringLiteral(" AND id > ?");
    // Newest first when limited, so the limit keeps the newest; turned round below.
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    if (filter.since.isValid())
        select.addBindValue(isoText(filter.since));
    if (!filter.kind.isEmpty())
        select.addBindValue(filter.kind);
    if (filter.afterId > 0)
        select.addBindValue(filter.afterId);
    if (!select.exec())
        return R::failure(
            tr("the events cannot be read: %1").arg(sqlErrorText(select.lastError())));
    QVector<ComputerEvent> events;
    while (select.next()) {
        ComputerEvent event;
        event.id = select.value(0).toLongLong();
        event.at = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        event.kind = select.value(2).toString();
        event.name = select.value(3).toString();
        event.address = select.value(4).toString();
        event.from = select.value(5).toString();
        event.to = select.value(6).toString();
        event.detail = select.value(7).toString();
        events.append(std::move(event));
    }
    if (select.lastError().isValid())
        return R::failure(
            tr("the events cannot be read: %1").arg(sqlErrorText(select.lastError())));
    std::reverse(events.begin(), events.end());
    return events;
}
