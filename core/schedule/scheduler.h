#pragma once

#include "schedule/schedule.h"
#include "schedule/scheduleplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <chrono>
#include <optional>

// Decides, on the console's thread, when the scheduled query runs (issue 3, point 7). It holds
// the schedule and the time of the last scheduled run; check() compares them with
// Clock::instance().now() and emits runDue() at most once per scheduled time. The watcher calls
// check() every checkInterval, as a duty (models/scheduledqueries.cpp, docs/watch.md), and only
// while this console's watcher acts on the store; otherwise setActing(false) keeps it silent. It
// does not run queries or write the database: the console starts the query, calls recordRun() and
// stores the time with ScheduleStore (docs/scheduling.md, "Wiring").
//
// One at a time: while the console reports a query running, a due run waits, and fires when
// setQueryRunning(false) says that query has ended.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    // How often the watcher calls check(): a run starts at most this late. Polling, rather than
    // one long timer, also notices a clock that jumped (suspend, a time zone change).
    static constexpr std::chrono::seconds checkInterval { 30 };

    // `consoleStartedAt` tells missed runs (scheduled before it) from runs on time.
    explicit Scheduler(QDateTime consoleStartedAt, QObject *parent = nullptr);

    Schedule schedule() const { return m_schedule; }
    // A schedule that is not valid is refused with the reason, and the old one kept.
    Result<Done> setSchedule(const Schedule &schedule);
    std::optional<QDateTime> lastRun() const { return m_lastRun; }
    // The last run as stored; does not emit anything.
    void setLastRun(const std::optional<QDateTime> &lastRun);
    // The console started the scheduled query at `startedAt`: the run is no longer due.
    void recordRun(const QDateTime &startedAt);
    void setQueryRunning(bool running);
    bool isQueryRunning() const { return m_queryRunning; }
    // False while another watcher acts on the store: check() then starts nothing. True unless
    // told otherwise.
    void setActing(bool acting) { m_acting = acting; }
    bool isActing() const { return m_acting; }
    // The zone of wall-clock times; the system's when not set (tests set one).
    void setTimeZone(const QTimeZone &zone);

    // The next scheduled time after now; invalid when the schedule is off.
    QDateTime nextRun() const;
    // A run that is due but waits for the running query to end.
    std::optional<DueRun> waitingRun() const;

    // Compares the schedule with the clock and emits runDue() when a run is due, once per
    // scheduled time; while a query runs, the run waits instead.
    void check();

    // What the console tells the administrator when a scheduled run starts, in the UI language.
    static QString runDescription(bool missed, const QDateTime &scheduledFor);

signals:
    // Start the saved scope now. `missed`: the time passed while the console was closed.
    void runDue(bool missed, const QDateTime &scheduledFor);

private:
    QTimeZone zone() const;

    QDateTime m_consoleStartedAt;
    Schedule m_schedule;
    std::optional<QDateTime> m_lastRun;
    std::optional<QTimeZone> m_zone;
    QDateTime m_lastEmittedFor; // the scheduled time runDue() was last emitted for
    QDateTime m_waitLoggedFor; // logs a waiting run once, not at every check
    bool m_queryRunning = false;
    bool m_acting = true;
};
