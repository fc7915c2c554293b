#pragma once

#include "common/result.h"
#include "health/healthreport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <memory>
#include <optional>

constexpr int healthStateCount = 4; // HealthState: Healthy, NeedsAttention, NoData, Untracked

// How many computers of a group were in each overall state in one query: a point of the chart.
struct HealthHistoryPoint
{
    qint64 queryId = 0;
    QDateTime at; // when the query started (UTC)
    std::array<int, healthStateCount> counts {};
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

// One computer's overall state in one query.
struct HealthHistoryEntry
{
    qint64 queryId = 0;
    QDateTime at;
    HealthState overall = HealthState::Untracked;
};

// Each stored snapshot's evaluated state (schema 11, store/healthschema.h): what the evaluation
// settings in force made of it, so that summaries and history are counted in SQL over integers
// and never parse the stored statuses (docs/performance.md, "Agent health"). A snapshot is
// evaluated when it is stored (HealthStore::append) and again, by reevaluateStale(), once the
// settings changed: each state keeps the settings revision it was made under. Ages are measured
// from the time its query started, as they were when the query ran. Over one Database, and so
// on that Database's thread.
class HealthStates
{
    Q_DECLARE_TR_FUNCTIONS(HealthStates)

public:
    explicit HealthStates(std::shared_ptr<Database> database);

    // A snapshot just evaluated, to be stored.
    struct Evaluated
    {
        qint64 snapshotId = 0;
        qint64 queryId = 0;
        QString address;
        HealthVerdict verdict;
    };

    // Stores `states`, evaluated under settings `revision`, replacing older ones; inside the
    // caller's write transaction.
    Result<Done> write(const QVector<Evaluated> &states, qint64 revision);
    // The time a query's snapshots are evaluated at: when it started.
    Result<QDateTime> evaluatedAt(qint64 queryId) const;
    // The settings revision in force: 0 while none were saved, one more at each save.
    Result<qint64> settingsRevision() const;
    // Whether any snapshot (of query `queryId` only, when given) lacks a state of the settings
    // revision in force.
    Result<bool> anyStale(std::optional<qint64> queryId) const;
    // Evaluates at most `limit` snapshots whose state is missing or of an older settings revision
    // (of query `queryId` only, when given; newest queries first) in one write transaction, and
    // says how many: 0 when every state is current.
    Result<int> reevaluateStale(std::optional<qint64> queryId, int limit);

    // The newest query with health, or 0.
    Result<qint64> newestQuery() const;
    // Query `queryId`'s computers with their stored states, in address order, without their
    // statuses (HealthStore::snapshots() parses those).
    Result<QVector<HealthRow>> rowsOf(qint64 queryId) const;
    // The `queries` newest queries with health, oldest first, each with how many computers were in
    // each overall state: every computer, or only those at `addresses` when given. One aggregate
    // query; the group goes to a temporary table of this connection.
    Result<QVector<HealthHistoryPoint>> history(int queries,
                                                const std::optional<QVector<QString>> &addresses);
    // The computer at `address` in the `queries` newest queries that have it, oldest first.
    Result<QVector<HealthHistoryEntry>> historyOf(const QString &address, int queries) const;

private:
    Result<Done> fillGroup(const QVector<QString> &addresses);

    std::shared_ptr<Database> m_database;
};
