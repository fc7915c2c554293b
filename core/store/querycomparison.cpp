#include "store/querycomparison.h"

#include "store/endpointrow.h"
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
    for (qint64 id : { previousQueryId, currentQueryId }) {
        const QString missing = checkExists(id);
        if (!missing.isEmpty())
            return Changes::failure(missing);
    }
    ResultChanges changes;
    changes.previousQueryId = previousQueryId;
    changes.currentQueryId = currentQueryId;
    for (size_t k = 0; k < presentKeys.size(); ++k) {
        const Key key { presentKeys.at(k), matchKeys.at(k) };
        QString error = readProtectionChanges(key, changes);
        if (error.isEmpty())
            error = readOneSided(key, currentQueryId, previousQueryId, changes.appeared);
        if (error.isEmpty())
            error = readOneSided(key, previousQueryId, currentQueryId, changes.disappeared);
        if (!error.isEmpty())
            return Changes::failure(
                tr("cannot compare query %1 with query %2: %3")
                    .arg(QString::number(currentQueryId), QString::number(previousQueryId), error));
    }
    return changes;
}

QString QueryComparison::readProtectionChanges(const Key &key, ResultChanges &changes) const
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
        return sqlErrorText(select.lastError());
    while (select.next()) {
        Result<Endpoint> before = EndpointRow::read(select, 0);
        if (!before)
            return before.error();
        Result<Endpoint> after = EndpointRow::read(select, EndpointRow::columnCount);
        if (!after)
            return after.error();
        EndpointChange change { std::move(before).value(), std::move(after).value() };
        if (change.before.status == SecurityStatus::ManagedByThisServer)
            changes.becameUnprotected.append(std::move(change));
        else
            changes.becameProtected.append(std::move(change));
    }
    return select.lastError().isValid() ? sqlErrorText(select.lastError()) : QString();
}

QString QueryComparison::readOneSided(const Key &key, qint64 fromId, qint64 otherId,
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
        return sqlErrorText(select.lastError());
    while (select.next()) {
        Result<Endpoint> endpoint = EndpointRow::read(select, 0);
        if (!endpoint)
            return endpoint.error();
        into.append(std::move(endpoint).value());
    }
    return select.lastError().isValid() ? sqlErrorText(select.lastError()) : QString();
}

QString QueryComparison::checkExists(qint64 queryId) const
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
