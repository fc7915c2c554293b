#include "store/querystore.h"

#include "common/clock.h"
#include "common/logging.h"
#include "store/endpointrow.h"
#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

// ISO-8601 in UTC with milliseconds: one fixed width, so text order is time order.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

const QString queryColumns = QStringLiteral(
    "SELECT q.id, q.started_at, q.finished_at, q.state, q.server_name, q.scope_json,"
    " q.total_addresses, q.error,"
    " (SELECT COUNT(*) FROM endpoints e WHERE e.query_id = q.id)"
    " FROM queries q ");

} // namespace

QueryStore::QueryStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

QString QueryStore::interruptedError()
{
    return tr("interrupted: the program stopped before the query finished");
}

Result<qint64> QueryStore::beginQuery(const QByteArray &scopeJson, const QString &serverName,
                                      quint64 totalAddresses, const QDateTime &startedAt)
{
    if (!startedAt.isValid())
        return Result<qint64>::failure(tr("a query needs a valid start time"));
    if (totalAddresses > quint64(std::numeric_limits<qint64>::max()))
        return Result<qint64>::failure(tr("a scope of %1 addresses is too large to record")
                                           .arg(QString::number(totalAddresses)));
    qint64 id = 0;
    const QString error = m_database->writeTransaction([&]() -> QString {
        QSqlQuery insert(m_database->connection());
        // RETURNING is portable to PostgreSQL, where lastInsertId() is not.
        insert.prepare(QStringLiteral(
            "INSERT INTO queries (started_at, finished_at, state, server_name, scope_json,"
            " total_addresses, error) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(timeText(startedAt));
        insert.addBindValue(nullText());
        insert.addBindValue(toKey(QueryState::Running));
        insert.addBindValue(notNullText(serverName));
        insert.addBindValue(notNullText(QString::fromUtf8(scopeJson)));
        insert.addBindValue(qint64(totalAddresses));
        insert.addBindValue(nullText());
        if (!insert.exec() || !insert.next())
            return sqlErrorText(insert.lastError());
        id = insert.value(0).toLongLong();
        return {};
    });
    if (!error.isEmpty()) {
        Logging::get("store")->warn("recording a new query failed: {}", error);
        return Result<qint64>::failure(tr("cannot record the query: %1").arg(error));
    }
    Logging::get("store")->info("query {} started over {} addresses", id, totalAddresses);
    return id;
}

QString QueryStore::appendEndpoints(qint64 queryId, const QVector<Endpoint> &batch)
{
    if (batch.isEmpty())
        return {};
    const QString error = m_database->writeTransaction([&]() -> QString {
        QSqlQuery insert(m_database->connection());
        // Prepared once, executed per endpoint.
        if (!insert.prepare(EndpointRow::insertStatement()))
            return sqlErrorText(insert.lastError());
        for (const Endpoint &endpoint : batch) {
            EndpointRow::bind(insert, queryId, endpoint);
            if (!insert.exec())
                return sqlErrorText(insert.lastError());
        }
        return {};
    });
    if (error.isEmpty())
        return {};
    Logging::get("store")->warn("storing {} endpoints of query {} failed: {}", batch.size(),
                                queryId, error);
    return tr("cannot store %n endpoint(s) of query %1: %2", nullptr, int(batch.size()))
        .arg(QString::number(queryId), error);
}

QString QueryStore::finishQuery(qint64 queryId, QueryState state, const QDateTime &finishedAt,
                                const QString &error)
{
    if (state == QueryState::Running)
        return tr("query %1 cannot finish in the running state").arg(queryId);
    if (!finishedAt.isValid())
        return tr("query %1 needs a valid finish time").arg(queryId);
    bool found = false;
    const QString sqlError = m_database->writeTransaction([&]() -> QString {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral(
            "UPDATE queries SET state = ?, finished_at = ?, error = ? WHERE id = ?"));
        update.addBindValue(toKey(state));
        update.addBindValue(timeText(finishedAt));
        update.addBindValue(error.isEmpty() ? nullText() : QVariant(error));
        update.addBindValue(queryId);
        if (!update.exec())
            return sqlErrorText(update.lastError());
        found = update.numRowsAffected() > 0;
        return {};
    });
    if (!sqlError.isEmpty()) {
        Logging::get("store")->warn("finishing query {} failed: {}", queryId, sqlError);
        return tr("cannot record the end of query %1: %2").arg(QString::number(queryId), sqlError);
    }
    if (!found)
        return tr("there is no query %1").arg(queryId);
    Logging::get("store")->info("query {} ended {}", queryId, toKey(state));
    return {};
}

QString QueryStore::markInterruptedQueries(const QDateTime &startedBefore)
{
    int marked = 0;
    const QString sqlError = m_database->writeTransaction([&]() -> QString {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE queries SET state = ?, finished_at = ?, error = ? "
                                      "WHERE state = ? AND started_at < ?"));
        update.addBindValue(toKey(QueryState::Cancelled));
        update.addBindValue(timeText(Clock::instance().now()));
        update.addBindValue(interruptedError());
        update.addBindValue(toKey(QueryState::Running));
        update.addBindValue(timeText(startedBefore));
        if (!update.exec())
            return sqlErrorText(update.lastError());
        marked = update.numRowsAffected();
        return {};
    });
    if (!sqlError.isEmpty()) {
        Logging::get("store")->warn("marking interrupted queries failed: {}", sqlError);
        return tr("cannot mark the interrupted queries: %1").arg(sqlError);
    }
    if (marked > 0)
        Logging::get("store")->warn("{} query(ies) had been interrupted; marked cancelled", marked);
    return {};
}

Result<QVector<QueryRecord>> QueryStore::queries() const
{
    return selectQueries(QStringLiteral("ORDER BY q.started_at DESC, q.id DESC"));
}

Result<std::optional<QueryRecord>> QueryStore::latestQuery() const
{
    using Latest = Result<std::optional<QueryRecord>>;
    Result<QVector<QueryRecord>> newest
        = selectQueries(QStringLiteral("ORDER BY q.started_at DESC, q.id DESC LIMIT 1"));
    if (!newest)
        return Latest::failure(newest.error());
    if (newest->isEmpty())
        return Latest(std::nullopt);
    return Latest(newest->first());
}

Result<QVector<QueryRecord>> QueryStore::selectQueries(const QString &tail) const
{
    using Records = Result<QVector<QueryRecord>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(queryColumns + tail))
        return Records::failure(
            tr("cannot read the queries: %1").arg(sqlErrorText(select.lastError())));
    QVector<QueryRecord> records;
    while (select.next()) {
        QueryRecord record;
        record.id = select.value(0).toLongLong();
        record.startedAt = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        if (!select.isNull(2))
            record.finishedAt
                = QDateTime::fromString(select.value(2).toString(), Qt::ISODateWithMs);
        const QString stateKey = select.value(3).toString();
        const std::optional<QueryState> state = queryStateFromKey(stateKey);
        if (!state || !record.startedAt.isValid()
            || (!select.isNull(2) && !record.finishedAt.isValid()))
            return Records::failure(tr("query %1 cannot be read: its state \"%2\" or its times "
                                       "are not ones this version writes")
                                        .arg(QString::number(record.id), stateKey));
        record.state = *state;
        record.serverName = select.value(4).toString();
        record.scopeJson = select.value(5).toString().toUtf8();
        record.totalAddresses = quint64(select.value(6).toLongLong());
        record.error = select.value(7).toString();
        record.endpointCount = select.value(8).toLongLong();
        records.append(record);
    }
    if (select.lastError().isValid())
        return Records::failure(
            tr("cannot read the queries: %1").arg(sqlErrorText(select.lastError())));
    return records;
}

QString QueryStore::checkQueryExists(qint64 queryId) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT 1 FROM queries WHERE id = ?"));
    select.addBindValue(queryId);
    if (!select.exec())
        return sqlErrorText(select.lastError());
    if (!select.next())
        return tr("there is no query %1").arg(queryId);
    return {};
}

Result<QVector<Endpoint>> QueryStore::endpoints(qint64 queryId) const
{
    using Endpoints = Result<QVector<Endpoint>>;
    const QString missing = checkQueryExists(queryId);
    if (!missing.isEmpty())
        return Endpoints::failure(missing);
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT ") + EndpointRow::selectColumns()
                   + QStringLiteral(" FROM endpoints WHERE query_id = ? ORDER BY id"));
    select.addBindValue(queryId);
    if (!select.exec())
        return Endpoints::failure(
            tr("cannot read the endpoints of query %1: %2")
                .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    QVector<Endpoint> endpoints;
    while (select.next()) {
        Result<Endpoint> endpoint = EndpointRow::read(select);
        if (!endpoint)
            return Endpoints::failure(endpoint.error());
        endpoints.append(std::move(endpoint).value());
    }
    if (select.lastError().isValid())
        return Endpoints::failure(
            tr("cannot read the endpoints of query %1: %2")
                .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    return endpoints;
}

Result<QMap<SecurityStatus, qint64>> QueryStore::statusCounts(qint64 queryId) const
{
    using Counts = Result<QMap<SecurityStatus, qint64>>;
    const QString missing = checkQueryExists(queryId);
    if (!missing.isEmpty())
        return Counts::failure(missing);
    QMap<SecurityStatus, qint64> counts;
    for (SecurityStatus status : SecurityStatuses::all)
        counts.insert(status, 0);
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral(
        "SELECT status, COUNT(*) FROM endpoints WHERE query_id = ? GROUP BY status"));
    select.addBindValue(queryId);
    if (!select.exec())
        return Counts::failure(
            tr("cannot count the endpoints of query %1: %2")
                .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    while (select.next()) {
        const QString key = select.value(0).toString();
        const std::optional<SecurityStatus> status = securityStatusFromKey(key);
        if (!status)
            return Counts::failure(tr("query %1 has endpoints with an unknown status \"%2\"")
                                       .arg(QString::number(queryId), key));
        counts[*status] = select.value(1).toLongLong();
    }
    return counts;
}
