#include "store/querystore.h"

#include "common/clock.h"
#include "common/logging.h"
#include "store/endpointrow.h"
#include "store/sqltransaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

const QString queryColumns = QStringLiteral(
    "SELECT q.id, q.started_at, q.finished_at, q.state, q.server_name, q.scope_json,"
    " q.total_addresses, q.error, q.endpoint_count, q.batch_count"
    " FROM queries q ");

QMap<SecurityStatus, qint64> zeroCounts()
{
    QMap<SecurityStatus, qint64> counts;
    for (SecurityStatus status : SecurityStatuses::all)
        counts.insert(status, 0);
    return counts;
}

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
    // Outlives the transaction (see appendEndpoints()).
    QSqlQuery insert(m_database->connection());
    const Result<Done> recorded = m_database->writeTransaction([&]() -> Result<Done> {
        // RETURNING is portable to PostgreSQL, where lastInsertId() is not.
        insert.prepare(QStringLiteral(
            "INSERT INTO queries (started_at, finished_at, state, server_name, scope_json,"
            " total_addresses, error) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        const Result<qint64> inserted = insertReturningId(
            insert,
            { storeTime(startedAt), nullText(), toKey(QueryState::Running), notNullText(serverName),
              notNullText(QString::fromUtf8(scopeJson)), qint64(totalAddresses), nullText() });
        if (!inserted)
            return Result<Done>::failure(inserted.error());
        id = inserted.value();
        return Done {};
    });
    if (!recorded) {
        Logging::get("store")->warn("recording a new query failed: {}", recorded.error());
        return Result<qint64>::failure(tr("cannot record the query: %1").arg(recorded.error()));
    }
    Logging::get("store")->info("query {} started over {} addresses", id, totalAddresses);
    return id;
}

Result<Done> QueryStore::appendEndpoints(qint64 queryId, const QVector<Endpoint> &batch)
{
    if (batch.isEmpty())
        return Done {};
    // The statements outlive the transaction: PostgreSQL cannot free a prepared statement inside
    // a failed transaction, so destroying one before the ROLLBACK makes Qt warn "Unable to free
    // statement".
    BatchStatements statements(m_database->connection());
    qint64 batchNumber = 0;
    qint64 stored = 0;
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        const Result<Done> inserted = insertRows(statements, queryId, batch);
        if (!inserted)
            return inserted;
        const Result<Done> counted = addStatusCounts(statements.upsert, queryId, batch);
        if (!counted)
            return counted;
        // In the same transaction as the rows: what the batch counter says was committed is
        // exactly what the endpoints table holds (the kill-safety test checks this).
        QSqlQuery &tally = statements.tally;
        tally.prepare(QStringLiteral(
            "UPDATE queries SET batch_count = batch_count + 1, endpoint_count = endpoint_count + ?"
            " WHERE id = ? RETURNING batch_count, endpoint_count"));
        tally.addBindValue(qint64(batch.size()));
        tally.addBindValue(queryId);
        if (!tally.exec())
            return sqlFailure(tally.lastError());
        if (!tally.next())
            return Result<Done>::failure(tr("there is no query %1").arg(queryId));
        batchNumber = tally.value(0).toLongLong();
        stored = tally.value(1).toLongLong();
        // A statement still positioned on its row keeps SQLite from committing.
        tally.finish();
        return Done {};
    });
    if (written) {
        Logging::get("store")->info("query {}: batch {} committed ({} endpoints, {} in all)",
                                    queryId, batchNumber, batch.size(), stored);
        return written;
    }
    Logging::get("store")->warn("storing {} endpoints of query {} failed: {}", batch.size(),
                                queryId, written.error());
    return Result<Done>::failure(
        tr("cannot store %n endpoint(s) of query %1: %2", nullptr, int(batch.size()))
            .arg(QString::number(queryId), written.error()));
}

Result<Done> QueryStore::insertRows(BatchStatements &statements, qint64 queryId,
                                    const QVector<Endpoint> &batch)
{
    // Many rows per statement: a PostgreSQL server is a network round trip away. 64 rows of 12
    // values stay far below both databases' limits on bound values.
    constexpr int rowsPerStatement = 64;
    QSqlQuery &full = statements.fullInsert;
    QSqlQuery &tail = statements.tailInsert;
    if (batch.size() >= rowsPerStatement
        && !full.prepare(EndpointRow::insertStatement(rowsPerStatement)))
        return sqlFailure(full.lastError());
    for (qsizetype first = 0; first < batch.size(); first += rowsPerStatement) {
        const int rows = int(std::min<qsizetype>(rowsPerStatement, batch.size() - first));
        QSqlQuery &insert = rows == rowsPerStatement ? full : tail;
        if (rows != rowsPerStatement && !tail.prepare(EndpointRow::insertStatement(rows)))
            return sqlFailure(tail.lastError());
        for (int row = 0; row < rows; ++row)
            EndpointRow::bind(insert, row, queryId, batch.at(first + row));
        if (!insert.exec())
            return sqlFailure(insert.lastError());
    }
    return Done {};
}

Result<Done> QueryStore::addStatusCounts(QSqlQuery &upsert, qint64 queryId,
                                         const QVector<Endpoint> &batch)
{
    QMap<SecurityStatus, qint64> counts;
    for (const Endpoint &endpoint : batch)
        ++counts[endpoint.status];
    upsert.prepare(QStringLiteral(
        "INSERT INTO query_status_counts (query_id, status, endpoint_count) VALUES (?, ?, ?)"
        " ON CONFLICT (query_id, status) DO UPDATE"
        " SET endpoint_count = query_status_counts.endpoint_count + excluded.endpoint_count"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        upsert.bindValue(0, queryId);
        upsert.bindValue(1, toKey(it.key()));
        upsert.bindValue(2, it.value());
        if (!upsert.exec())
            return sqlFailure(upsert.lastError());
    }
    return Done {};
}

Result<Done> QueryStore::finishQuery(qint64 queryId, QueryState state, const QDateTime &finishedAt,
                                     const QString &error)
{
    using R = Result<Done>;
    if (state == QueryState::Running)
        return R::failure(tr("query %1 cannot finish in the running state").arg(queryId));
    if (!finishedAt.isValid())
        return R::failure(tr("query %1 needs a valid finish time").arg(queryId));
    const Result<int> updated = m_database->writeStatement(
        QStringLiteral("UPDATE queries SET state = ?, finished_at = ?, error = ? WHERE id = ?"),
        { toKey(state), storeTime(finishedAt), error.isEmpty() ? nullText() : QVariant(error),
          queryId });
    if (!updated) {
        Logging::get("store")->warn("finishing query {} failed: {}", queryId, updated.error());
        return R::failure(tr("cannot record the end of query %1: %2")
                              .arg(QString::number(queryId), updated.error()));
    }
    if (*updated == 0)
        return R::failure(tr("there is no query %1").arg(queryId));
    Logging::get("store")->info("query {} ended {}", queryId, toKey(state));
    return Done {};
}

Result<Done> QueryStore::markInterruptedQueries(const QDateTime &startedBefore)
{
    const Result<int> marked = m_database->writeStatement(
        QStringLiteral("UPDATE queries SET state = ?, finished_at = ?, error = ? "
                       "WHERE state = ? AND started_at < ?"),
        { toKey(QueryState::Cancelled), storeTime(Clock::instance().now()), interruptedError(),
          toKey(QueryState::Running), storeTime(startedBefore) });
    if (!marked) {
        Logging::get("store")->warn("marking interrupted queries failed: {}", marked.error());
        return Result<Done>::failure(
            tr("cannot mark the interrupted queries: %1").arg(marked.error()));
    }
    if (*marked > 0)
        Logging::get("store")->warn("{} query(ies) had been interrupted; marked cancelled",
                                    *marked);
    return Done {};
}

Result<QVector<QueryRecord>> QueryStore::queries() const
{
    return selectQueries(QStringLiteral("ORDER BY q.started_at DESC, q.id DESC"));
}

Result<std::optional<QueryRecord>> QueryStore::latestQuery() const
{
    return selectOne(QStringLiteral("ORDER BY q.started_at DESC, q.id DESC LIMIT 1"));
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
        record.startedAt = storedTime(select.value(1));
        record.finishedAt = storedTime(select.value(2));
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
        record.batchCount = select.value(9).toLongLong();
        record.statusCounts = zeroCounts();
        records.append(record);
    }
    if (select.lastError().isValid())
        return Records::failure(
            tr("cannot read the queries: %1").arg(sqlErrorText(select.lastError())));
    const Result<Done> counted = readStoredCounts(records);
    if (!counted)
        return Records::failure(tr("cannot read the queries: %1").arg(counted.error()));
    return records;
}

Result<Done> QueryStore::readStoredCounts(QVector<QueryRecord> &records) const
{
    if (records.isEmpty())
        return Done {};
    QHash<qint64, QueryRecord *> byId;
    QStringList ids;
    for (QueryRecord &record : records) {
        byId.insert(record.id, &record);
        ids << QString::number(record.id);
    }
    // The ids are numbers read from the database, so listing them in the SQL is safe; one
    // statement instead of one per query.
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT query_id, status, endpoint_count FROM "
                                       "query_status_counts WHERE query_id IN (%1)")
                            .arg(ids.join(QLatin1Char(',')));
    if (!select.exec(sql))
        return sqlFailure(select.lastError());
    while (select.next()) {
        const QString key = select.value(1).toString();
        const std::optional<SecurityStatus> status = securityStatusFromKey(key);
        if (!status)
            return Result<Done>::failure(tr("query %1 has endpoints with an unknown status \"%2\"")
                                             .arg(select.value(0).toString(), key));
        if (QueryRecord *record = byId.value(select.value(0).toLongLong()))
            record->statusCounts[*status] = select.value(2).toLongLong();
    }
    return Done {};
}

Result<std::optional<QueryRecord>> QueryStore::query(qint64 queryId) const
{
    return selectOne(QStringLiteral("WHERE q.id = %1").arg(queryId));
}

Result<std::optional<QueryRecord>> QueryStore::previousCompletedQuery(qint64 queryId) const
{
    const Result<std::optional<QueryRecord>> current = query(queryId);
    if (!current)
        return current;
    if (!current->has_value())
        return Result<std::optional<QueryRecord>>::failure(tr("there is no query %1").arg(queryId));
    // Text order is time order (fixed-width UTC); equal start times fall back to the id.
    const QString started = storeTime((*current)->startedAt);
    return selectOne(QStringLiteral("WHERE q.state = '%1' AND (q.started_at < '%2'"
                                    " OR (q.started_at = '%2' AND q.id < %3))"
                                    " ORDER BY q.started_at DESC, q.id DESC LIMIT 1")
                         .arg(toKey(QueryState::Completed), started, QString::number(queryId)));
}

Result<std::optional<QueryRecord>> QueryStore::selectOne(const QString &tail) const
{
    using One = Result<std::optional<QueryRecord>>;
    Result<QVector<QueryRecord>> found = selectQueries(tail);
    if (!found)
        return One::failure(found.error());
    if (found->isEmpty())
        return One(std::nullopt);
    return One(found->first());
}

Result<Done> QueryStore::checkQueryExists(qint64 queryId) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT 1 FROM queries WHERE id = ?"));
    select.addBindValue(queryId);
    if (!select.exec())
        return Result<Done>::failure(sqlErrorText(select.lastError()));
    if (!select.next())
        return Result<Done>::failure(tr("there is no query %1").arg(queryId));
    return Done();
}

Result<QVector<Endpoint>> QueryStore::endpoints(qint64 queryId) const
{
    using Endpoints = Result<QVector<Endpoint>>;
    const Result<Done> exists = checkQueryExists(queryId);
    if (!exists)
        return Endpoints::failure(exists.error());
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
    const Result<Done> exists = checkQueryExists(queryId);
    if (!exists)
        return Counts::failure(exists.error());
    QMap<SecurityStatus, qint64> counts = zeroCounts();
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
