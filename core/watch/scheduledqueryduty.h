#pragma once

#include "probe/probesettings.h"
#include "store/queryretention.h"
#include "store/storeconnection.h"
#include "watch/watchduty.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <atomic>
#include <mutex>

class QueryRunner;

// What a headless watcher needs to run the scheduled query as the console would: the scope the
// console saved, this server's name and probe settings, the history to keep, and the store the
// query is written to (the watcher's own).
struct ScheduledQueryJob
{
    QString scopeFile;
    ProbeSettings probe;
    RetentionPolicy retention;
    StoreConnection store;
};

// The scheduled query as a duty of a headless watcher (`osmgmt-cli watch`). Each round reads the
// schedule and its last run from the store (the console saves them), and when a run is due
// (docs/scheduling.md, "When a run is due") records its start and runs the query to its end on
// the watcher's thread. A run that cannot start (a missing scope file) is said once and waits
// for the next scheduled time, as in the console. The console has its own duty
// (models/scheduledqueries.cpp): there the query runs in the console's session.
class ScheduledQueryDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledQueryDuty)

public:
    // Runs before `watcherStartedAt` were missed while no watcher ran.
    ScheduledQueryDuty(ScheduledQueryJob job, QDateTime watcherStartedAt);

    QString name() const override { return QStringLiteral("scheduled-query"); }
    std::chrono::seconds interval() const override;
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
    void cancel() override;

private:
    Result<QString> runQuery(const std::shared_ptr<Database> &store, const QString &what);

    ScheduledQueryJob m_job;
    QDateTime m_startedAt;
    QDateTime m_lastAttemptFor;
    std::atomic<bool> m_cancelled { false };
    std::mutex m_runnerMutex;
    QPointer<QueryRunner> m_runner; // under m_runnerMutex: the query running now
};
