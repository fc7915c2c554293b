#pragma once

#include "common/result.h"
#include "store/database.h"
#include "store/resultchanges.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// Computes ResultChanges between two stored queries in the database: joins and anti-joins on
// the (query_id, address) index, so 100,000 endpoints a side take a fraction of a second rather
// than comparing every pair.
class QueryComparison
{
    Q_DECLARE_TR_FUNCTIONS(QueryComparison)

public:
    explicit QueryComparison(std::shared_ptr<Database> database);

    // Fails when either query does not exist. Each list is in the order the endpoints were
    // stored.
    Result<ResultChanges> compare(qint64 previousQueryId, qint64 currentQueryId) const;

private:
    // How a row of one query finds the same computer in the other (aliases c and p).
    struct Key
    {
        QString present; // the row of c has this key
        QString match; // p is the same computer as c
    };

    Result<Done> readProtectionChanges(const Key &key, ResultChanges &changes) const;
    Result<Done> readOneSided(const Key &key, qint64 fromId, qint64 otherId,
                              QVector<Endpoint> &into) const;

    std::shared_ptr<Database> m_database;
};
