#include "store/statuschanges.h"

#include "store/eventlog.h"
#include "store/querycomparison.h"
#include "store/queryrecord.h"
#include "store/querystore.h"
#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString source = QLatin1String(EventKind::statusChanged);

Result<std::optional<qint64>> lastRead(const QSqlDatabase &db)
{
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT last_id FROM event_sources WHERE source = ?"));
    select.addBindValue(source);
    if (!select.exec())
        return Result<std::optional<qint64>>::failure(sqlErrorText(select.lastError()));
    if (!select.next())
        return std::optional<qint64>();
    return std::optional<qint64>(select.value(0).toLongLong());
}

// Completed queries after `after` in the order they ran; without a mark, the newest only.
Result<QVector<qint64>> unread(const QSqlDatabase &db, std::optional<qint64> after)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (after) {
        select.prepare(QStringLiteral("SELECT id FROM queries WHERE state = ? AND id > ?"
                                      " ORDER BY started_at, id"));
        select.addBindValue(toKey(QueryState::Completed));
        select.addBindValue(*after);
    } else {
        select.prepare(QStringLiteral("SELECT id FROM queries WHERE state = ?"
                                      " ORDER BY started_at DESC, id DESC LIMIT 1"));
        select.addBindValue(toKey(QueryState::Completed));
    }
    if (!select.exec())
        return Result<QVector<qint64>>::failure(sqlErrorText(select.lastError()));
    QVector<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    return ids;
}

ComputerEvent eventOf(const EndpointChange &change, const QDateTime &at)
{
    ComputerEvent event;
    event.at = at;
    event.kind = source;
    event.name = change.after.name;
    event.address = change.after.address;
    event.from = toKey(change.before.status);
    event.to = toKey(change.after.status);
    return event;
}
} // namespace

StatusChanges::StatusChanges(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<QVector<ComputerEvent>> StatusChanges::eventsOf(qint64 queryId) const
{
    using R = Result<QVector<ComputerEvent>>;
    const QueryStore queries(m_database);
    const Result<std::optional<QueryRecord>> current = queries.query(queryId);
    if (!current)
        return R::failure(current.error());
    const Result<std::optional<QueryRecord>> previous = queries.previousCompletedQuery(queryId);
    if (!previous)
        return R::failure(previous.error());
    if (!*current || !*previous)
        return QVector<ComputerEvent>(); // the first query changes nothing
    const Result<ResultChanges> changes
        = QueryComparison(m_database).compare((*previous)->id, queryId);
    if (!changes)
        return R::failure(changes.error());
    const QDateTime at = (*current)->finishedAt;
    QVector<ComputerEvent> events;
    for (const EndpointChange &change : changes->becameUnprotected)
        events.append(eventOf(change, at));
    for (const EndpointChange &change : changes->becameProtected)
        events.append(eventOf(change, at));
    return events;
}

Result<StatusChanges::Recorded> StatusChanges::recordNew() const
{
    using R = Result<Recorded>;
    const QSqlDatabase db = m_database->connection();
    const Result<std::optional<qint64>> mark = lastRead(db);
    if (!mark)
        return R::failure(tr("the status changes cannot be read: %1").arg(mark.error()));
    const Result<QVector<qint64>> queries = unread(db, *mark);
    if (!queries)
        return R::failure(tr("the status changes cannot be read: %1").arg(queries.error()));
    if (queries->isEmpty())
        return Recorded();
    QVector<ComputerEvent> events;
    for (qint64 id : *queries) {
        const Result<QVector<ComputerEvent>> ofQuery = eventsOf(id);
        if (!ofQuery)
            return R::failure(ofQuery.error());
        events += *ofQuery;
    }
    qint64 newest = queries->first();
    for (qint64 id : *queries)
        newest = std::max(newest, id);
    const Result<Done> stored = m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT INTO event_sources (source, last_id) VALUES (?, ?)"
                                      " ON CONFLICT (source) DO UPDATE SET last_id ="
                                      " excluded.last_id"));
        upsert.addBindValue(source);
        upsert.addBindValue(newest);
        if (!upsert.exec())
            return sqlFailure(upsert.lastError());
        return EventLog::insert(db, events);
    });
    if (!stored)
        return R::failure(tr("the status changes cannot be stored: %1").arg(stored.error()));
    return Recorded { int(queries->size()), int(events.size()) };
}
