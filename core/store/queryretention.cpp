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
        values << storeTime(now.addDays(-policy.keepDays));
    }
    values.prepend(toKey(QueryState::Running));
    const Result<int> deleted
        = m_database->writeStatement(QStringLiteral("DELETE FROM queries WHERE state <> ? AND (%1)")
                                         .arg(reasons.join(QLatin1String(" OR "))),
                                     values);
    if (!deleted) {
        Logging::get("store")->warn("pruning the query history failed: {}", deleted.error());
        return Result<int>::failure(tr("cannot prune the query history: %1").arg(deleted.error()));
    }
    if (*deleted > 0)
        Logging::get("store")->info("pruned {} old query(ies) (keep {} queries, {} days)", *deleted,
                                    policy.keepQueries, policy.keepDays);
    return deleted;
}
