#include "store/queryretention.h"

#include "common/logging.h"
#include "store/queryrecord.h"
#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

QueryRetention::QueryRetention(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<int> QueryRetention::prune(const RetentionPolicy &policy, const QDateTime &now) const
{
    if (policy.isUnlimited())
        return 0;
    if (!now.isValid())
        return Result<int>::failure(tr("pruning the history needs a valid current time"));
    QStringList reasons;
    QVariantList values;
    if (policy.keepQueries > 0) {
        reasons << QStringLiteral("id NOT IN (SELECT id FROM queries"
                                  " ORDER BY started_at DESC, id DESC LIMIT ?)");
        values << policy.keepQueries;
    }
    if (policy.keepDays > 0) {
        // Times are fixed-width UTC text: text order is time order.
        reasons << QStringLiteral("started_at < ?");
        values << now.toUTC().addDays(-policy.keepDays).toString(Qt::ISODateWithMs);
    }
    int deleted = 0;
    // Outlives the transaction (see QueryStore::appendEndpoints()).
    QSqlQuery remove(m_database->connection());
    const QString error = m_database->writeTransaction([&]() -> QString {
        remove.prepare(QStringLiteral("DELETE FROM queries WHERE state <> ? AND (%1)")
                           .arg(reasons.join(QLatin1String(" OR "))));
        remove.addBindValue(toKey(QueryState::Running));
        for (const QVariant &value : std::as_const(values))
            remove.addBindValue(value);
        if (!remove.exec())
            return sqlErrorText(remove.lastError());
        deleted = remove.numRowsAffected();
        return {};
    });
    if (!error.isEmpty()) {
        Logging::get("store")->warn("pruning the query history failed: {}", error);
        return Result<int>::failure(tr("cannot prune the query history: %1").arg(error));
    }
    if (deleted > 0)
        Logging::get("store")->info("pruned {} old query(ies) (keep {} queries, {} days)", deleted,
                                    policy.keepQueries, policy.keepDays);
    return deleted;
}
