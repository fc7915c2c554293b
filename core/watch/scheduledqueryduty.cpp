#include "watch/scheduledqueryduty.h"

#include "common/clock.h"
#include "query/queryrunner.h"
#include "schedule/scheduleplan.h"
#include "schedule/scheduler.h"
#include "schedule/schedulestore.h"
#include "scope/scopefile.h"

#include <QEventLoop>

ScheduledQueryDuty::ScheduledQueryDuty(ScheduledQueryJob job, QDateTime watcherStartedAt)
    : m_job(std::move(job))
    , m_startedAt(std::move(watcherStartedAt))
{ }

std::chrono::seconds ScheduledQueryDuty::interval() const
{
    return Scheduler::checkInterval;
}

void ScheduledQueryDuty::cancel()
{
    m_cancelled = true;
    const std::lock_guard<std::mutex> lock(m_runnerMutex);
    if (m_runner)
        QMetaObject::invokeMethod(m_runner.data(), &QueryRunner::cancel, Qt::QueuedConnection);
}

Result<QString> ScheduledQueryDuty::runRound(const std::shared_ptr<Database> &store)
{
    ScheduleStore schedules(store);
    const Result<StoredSchedule> stored = schedules.load();
    if (!stored)
        return Result<QString>::failure(
            tr("the scheduled query cannot be read: %1").arg(stored.error()));
    if (!stored->schedule.enabled)
        return tr("the scheduled query is off");
    const QDateTime now = Clock::instance().now();
    const auto due = dueRun(stored->schedule, stored->lastRun, now, m_startedAt);
    if (!due)
        return tr("no run is due");
    const QString when = due->scheduledFor.toUTC().toString(Qt::ISODate);
    // Once per scheduled time: a run that could not start waits for the next time.
    if (due->scheduledFor == m_lastAttemptFor)
        return tr("the run of %1 could not start; waiting for the next scheduled time").arg(when);
    m_lastAttemptFor = due->scheduledFor;
    const QString what = due->missed
        ? tr("the scheduled query of %1, missed while no watcher ran").arg(when)
        : tr("the scheduled query of %1").arg(when);
    return runQuery(store, what);
}

Result<QString> ScheduledQueryDuty::runQuery(const std::shared_ptr<Database> &store,
                                             const QString &what)
{
    using Failure = Result<QString>;
    const Result<QueryScope> scope = loadQueryScope(m_job.scopeFile);
    if (!scope)
        return Failure::failure(tr("%1 cannot start: %2").arg(what, scope.error()));
    QueryRunner runner(m_job.store.location, m_job.store.password);
    runner.setRetention(m_job.retention);
    QEventLoop loop;
    QueryOutcome outcome;
    QObject::connect(&runner, &QueryRunner::finished, &loop, [&](const QueryOutcome &result) {
        outcome = result;
        loop.quit();
    });
    const QString startError = runner.start(scope.value(), m_job.probe);
    if (!startError.isEmpty())
        return Failure::failure(tr("%1 cannot start: %2").arg(what, startError));
    // Recorded at the start, as the console does: a query that crashes is not started again.
    const Result<Done> saved = ScheduleStore(store).saveLastRun(Clock::instance().now());
    {
        const std::lock_guard<std::mutex> lock(m_runnerMutex);
        m_runner = &runner;
    }
    if (m_cancelled)
        runner.cancel();
    loop.exec();
    {
        const std::lock_guard<std::mutex> lock(m_runnerMutex);
        m_runner = nullptr;
    }
    if (outcome.outcome == ProbeEngine::Outcome::Failed)
        return Failure::failure(tr("%1 failed: %2").arg(what, outcome.error));
    QString text = outcome.outcome == ProbeEngine::Outcome::Cancelled
        ? tr("%1 was stopped; what it finished is stored as query %2")
        : tr("ran %1: stored as query %2");
    text = text.arg(what, QString::number(outcome.queryId));
    if (!saved)
        text += QStringLiteral("; ") + tr("its start time cannot be saved: %1").arg(saved.error());
    return text;
}
