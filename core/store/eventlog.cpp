#include "store/eventlog.h"

#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

EventLog::EventLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<Done> EventLog::insert(const QSqlDatabase &db, const QVector<ComputerEvent> &events)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO events (at, kind, name, address, from_state,"
                                  " to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ComputerEvent &event : events) {
        const Result<Done> inserted = execBound(
            insert,
            { storeTime(event.at), event.kind, notNullText(event.name), notNullText(event.address),
              notNullText(event.from), notNullText(event.to), notNullText(event.detail) });
        if (!inserted)
            return Result<Done>::failure(
                tr("the event cannot be stored: %1").arg(inserted.error()));
    }
    return Done {};
}

Result<Done> EventLog::append(const QVector<ComputerEvent> &events) const
{
    if (events.isEmpty())
        return Done {};
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
    if (filter.throughId > 0)
        sql += QStringLiteral(" AND id <= ?");
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < filter.kinds.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND kind IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    // Newest first when limited, so the limit keeps the newest; turned round below.
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    if (filter.since.isValid())
        select.addBindValue(storeTime(filter.since));
    if (!filter.kind.isEmpty())
        select.addBindValue(filter.kind);
    if (filter.afterId > 0)
        select.addBindValue(filter.afterId);
    if (filter.throughId > 0)
        select.addBindValue(filter.throughId);
    for (const QString &kind : filter.kinds)
        select.addBindValue(kind);
    if (!select.exec())
        return R::failure(
            tr("the events cannot be read: %1").arg(sqlErrorText(select.lastError())));
    QVector<ComputerEvent> events;
    while (select.next()) {
        ComputerEvent event;
        event.id = select.value(0).toLongLong();
        event.at = storedTime(select.value(1));
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

Result<qint64> EventLog::lastId() const
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT MAX(id) FROM events")) || !select.next())
        return Result<qint64>::failure(
            tr("the events cannot be read: %1").arg(sqlErrorText(select.lastError())));
    return select.value(0).toLongLong(); // NULL, for no event, reads as 0
}
