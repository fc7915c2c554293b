#include "store/querycomparison.h"

#include "store/endpointrow.h"
#include "store/querystore.h"
#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace {

// Two separate keys rather than one expression, so that each comparison can use an index:
// (query_id, address) and the partial index (query_id, ad_path) WHERE address = ''.
const std::array<QString, 2> presentKeys = {
    QStringLiteral("c.address <> ''"),
    QStringLiteral("c.address = '' AND c.ad_path <> ''"),
};
const std::array<QString, 2> matchKeys = {
    QStringLiteral("p.address = c.address"),
    QStringLiteral("p.address = '' AND p.ad_path = c.ad_path"),
};

} // namespace

QueryComparison::QueryComparison(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<ResultChanges> QueryComparison::compare(qint64 previousQueryId, qint64 currentQueryId) const
{
    using Changes = Result<ResultChanges>;
    const QueryStore store(m_database);
    for (qint64 id : { previousQueryId, currentQueryId }) {
        const Result<Done> exists = store.checkQueryExists(id);
        if (!exists)
            return Changes::failure(exists.error());
    }
    ResultChanges changes;
    changes.previousQueryId = previousQueryId;
    changes.currentQueryId = currentQueryId;
    for (size_t k = 0; k < presentKeys.size(); ++k) {
        const Key key { presentKeys.at(k), matchKeys.at(k) };
        Result<Done> read = readProtectionChanges(key, changes);
        if (read)
            read = readOneSided(key, currentQueryId, previousQueryId, changes.appeared);
        if (read)
            read = readOneSided(key, previousQueryId, currentQueryId, changes.disappeared);
        if (!read)
            return Changes::failure(tr("cannot compare query %1 with query %2: %3")
                                        .arg(QString::number(currentQueryId),
                                             QString::number(previousQueryId), read.error()));
    }
    return changes;
}

Result<Done> QueryComparison::readProtectionChanges(const Key &key, ResultChanges &changes) const
{
    // (a = x) <> (b = x) is a comparison of two truth values in both dialects: exactly one side
    // is managed by this server.
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT %1, %2 FROM endpoints c JOIN endpoints p"
                                  " ON p.query_id = ? AND %3"
                                  " WHERE c.query_id = ? AND %4"
                                  " AND ((p.status = ?) <> (c.status = ?)) ORDER BY c.id")
                       .arg(EndpointRow::selectColumns(QStringLiteral("p")),
                            EndpointRow::selectColumns(QStringLiteral("c")), key.match,
                            key.present));
    const QString managed = toKey(SecurityStatus::ManagedByThisServer);
    select.addBindValue(changes.previousQueryId);
    select.addBindValue(changes.currentQueryId);
    select.addBindValue(managed);
    select.addBindValue(managed);
    if (!select.exec())
        return Result<Done>::failure(sqlErrorText(select.lastError()));
    while (select.next()) {
        Result<Endpoint> before = EndpointRow::read(select, 0);
        if (!before)
            return Result<Done>::failure(before.error());
        Result<Endpoint> after = EndpointRow::read(select, EndpointRow::columnCount);
        if (!after)
            return Result<Done>::failure(after.error());
        EndpointChange change { std::move(before).value(), std::move(after).value() };
        if (change.before.status == SecurityStatus::ManagedByThisServer)
            changes.becameUnprotected.append(std::move(change));
        else
            changes.becameProtected.append(std::move(change));
    }
    if (select.lastError().isValid())
        return Result<Done>::failure(sqlErrorText(select.lastError()));
    return Done();
}

Result<Done> QueryComparison::readOneSided(const Key &key, qint64 fromId, qint64 otherId,
                                           QVector<Endpoint> &into) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT %1 FROM endpoints c WHERE c.query_id = ? AND %2"
                       " AND NOT EXISTS (SELECT 1 FROM endpoints p"
                       " WHERE p.query_id = ? AND %3) ORDER BY c.id")
            .arg(EndpointRow::selectColumns(QStringLiteral("c")), key.present, key.match));
    select.addBindValue(fromId);
    select.addBindValue(otherId);
    if (!select.exec())
        return Result<Done>::failure(sqlErrorText(select.lastError()));
    while (select.next()) {
        Result<Endpoint> endpoint = EndpointRow::read(select, 0);
        if (!endpoint)
            return Result<Done>::failure(endpoint.error());
        into.append(std::move(endpoint).value());
    }
    if (select.lastError().isValid())
        return Result<Done>::failure(sqlErrorText(select.lastError()));
    return Done();
}
