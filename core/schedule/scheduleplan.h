#pragma once

#include "schedule/schedule.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

// When a schedule runs, computed without waiting: pure functions of the schedule, the times
// given and the time zone, so tests check them against a table (docs/scheduling.md).
//
// Wall-clock times are resolved in `zone`, the console's local zone unless a test says
// otherwise, and stay the same wall-clock time across daylight saving changes: a daily 02:30
// run is at 02:30 in winter and in summer. On the day the clocks spring forward past 02:30 it
// runs at the first valid moment after the gap (03:00 in Europe/Berlin); on the day they fall
// back and 02:30 happens twice it runs once, at the first 02:30.

// The instant at which the wall-clock `time` on `date` happens in `zone`, resolved as above.
QDateTime wallClockMoment(const QDate &date, const QTime &time, const QTimeZone &zone);

// The first scheduled time strictly after `after` and not before the schedule's effectiveFrom.
// Invalid when the schedule is disabled or not valid.
QDateTime nextRunAfter(const Schedule &schedule, const QDateTime &after,
                       const QTimeZone &zone = QTimeZone::systemTimeZone());

// The latest scheduled time at or before `at`, not before effectiveFrom; invalid when there is
// none (or the schedule is disabled or not valid).
QDateTime latestRunAtOrBefore(const Schedule &schedule, const QDateTime &at,
                              const QTimeZone &zone = QTimeZone::systemTimeZone());

struct DueRun
{
    QDateTime scheduledFor;
    // The scheduled time passed while the console was closed (it is earlier than the console's
    // start), so the run is late and the console says so.
    bool missed = false;
};

// Whether a run is due at `now`: the latest scheduled time at or before `now` has not been run
// (`lastRun` is before it, or there was no run yet). Only that latest time is ever due, so five
// dailies missed while the console was closed make one run, not five.
std::optional<DueRun> dueRun(const Schedule &schedule, const std::optional<QDateTime> &lastRun,
                             const QDateTime &now, const QDateTime &consoleStartedAt,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());
