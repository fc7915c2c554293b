#pragma once

#include "common/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

// How much query history to keep (Settings::keepQueries(), Settings::keepDays()); 0 is no limit.
// When both are set, a query goes as soon as either limit says so.
struct RetentionPolicy
{
    int keepQueries = 0; // the newest N queries stay
    int keepDays = 0; // queries that started within the last N days stay

    bool isUnlimited() const { return keepQueries <= 0 && keepDays <= 0; }
};

// Deletes old queries with their endpoints and counts (ON DELETE CASCADE). Running queries are
// never deleted, and the audit log is not touched: it is not history but evidence.
class QueryRetention
{
    Q_DECLARE_TR_FUNCTIONS(QueryRetention)

public:
    explicit QueryRetention(std::shared_ptr<Database> database);

    // Returns how many queries were deleted.
    Result<int> prune(const RetentionPolicy &policy, const QDateTime &now) const;

private:
    std::shared_ptr<Database> m_database;
};
