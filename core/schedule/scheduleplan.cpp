#include "schedule/scheduleplan.h"

#include <QSet>

#include <algorithm>

namespace {

// A month has a run on at least its last day, so any run is at most this many days from any
// date; searching further would only mean the schedule never runs.
constexpr int searchDays = 70;

bool runsOn(const Schedule &schedule, const QDate &date)
{
    switch (schedule.frequency) {
    case ScheduleFrequency::Daily:
        return true;
    case ScheduleFrequency::Weekly:
        return date.dayOfWeek() == schedule.dayOfWeek;
    case ScheduleFrequency::Monthly:
        // Day 31 in April, day 30 in February: the month's last day (docs/scheduling.md).
        return date.day() == std::min(schedule.dayOfMonth, date.daysInMonth());
    case ScheduleFrequency::EveryNHours:
        return false;
    }
    Q_UNREACHABLE();
}

bool plannable(const Schedule &schedule)
{
    return schedule.enabled && schedule.validated().ok();
}

// The first instant after a daylight saving gap that swallowed the wall-clock time `naive`:
// between the earliest and the latest reading of `naive` the offset changes once; a binary
// search finds the second at which it does.
QDateTime endOfGap(const QDateTime &naive, const QTimeZone &zone, int smallestOffset,
                   int largestOffset)
{
    QDateTime before = naive.addSecs(-largestOffset);
    QDateTime after = naive.addSecs(-smallestOffset);
    const int offsetAfter = zone.offsetFromUtc(after);
    while (before.secsTo(after) > 1) {
        const QDateTime middle = before.addSecs(before.secsTo(after) / 2);
        if (zone.offsetFromUtc(middle) == offsetAfter)
            after = middle;
        else
            before = middle;
    }
    return after.toTimeZone(zone);
}

// An every-N-hours schedule runs at the chosen time of day the first time it comes after the
// schedule was saved, and every N hours that pass before and after it, from the save on. So
// "every 8 hours from 22:00" saved at 10:17 runs at 14:00, 22:00, 06:00, ...
QDateTime intervalAnchor(const Schedule &schedule, const QTimeZone &zone)
{
    const QDate savedOn = schedule.effectiveFrom.toTimeZone(zone).date();
    const QDateTime anchor = wallClockMoment(savedOn, schedule.timeOfDay, zone);
    if (anchor >= schedule.effectiveFrom)
        return anchor;
    return wallClockMoment(savedOn.addDays(1), schedule.timeOfDay, zone);
}

// Division that rounds towards minus infinity: runs before the anchor have negative steps.
qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

qint64 intervalMSecs(const Schedule &schedule)
{
    return qint64(schedule.intervalHours) * 3600 * 1000;
}

} // namespace

QDateTime wallClockMoment(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The wall-clock reading as if it were UTC; the true instant is this minus the offset in
    // force then. Qt 6.4 answers an invalid QDateTime in a gap and the later instant in an
    // overlap, so the offsets around the date are tried one by one instead.
    const QDateTime naive(date, time, Qt::UTC);
    QSet<int> offsets;
    for (int days : { -2, -1, 0, 1, 2 })
        offsets.insert(zone.offsetFromUtc(naive.addDays(days)));
    QDateTime earliest;
    for (int offset : std::as_const(offsets)) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) != offset)
            continue; // this offset is not in force at that instant
        if (!earliest.isValid() || candidate < earliest)
            earliest = candidate;
    }
    if (earliest.isValid())
        return earliest.toTimeZone(zone);
    const auto [smallest, largest] = std::minmax_element(offsets.cbegin(), offsets.cend());
    return endOfGap(naive, zone, *smallest, *largest);
}

QDateTime nextRunAfter(const Schedule &schedule, const QDateTime &after, const QTimeZone &zone)
{
    if (!plannable(schedule) || !after.isValid())
        return {};
    // Exclusive bound: later than `after`, and at or after effectiveFrom.
    QDateTime bound = after;
    if (schedule.effectiveFrom.addMSecs(-1) > bound)
        bound = schedule.effectiveFrom.addMSecs(-1);

    if (schedule.frequency == ScheduleFrequency::EveryNHours) {
        const QDateTime anchor = intervalAnchor(schedule, zone);
        const qint64 steps = floorDivide(anchor.msecsTo(bound), intervalMSecs(schedule)) + 1;
        return anchor.addMSecs(steps * intervalMSecs(schedule));
    }
    QDate date = bound.toTimeZone(zone).date();
    for (int day = 0; day < searchDays; ++day, date = date.addDays(1)) {
        if (!runsOn(schedule, date))
            continue;
        const QDateTime run = wallClockMoment(date, schedule.timeOfDay, zone);
        if (run > bound)
            return run;
    }
    return {};
}

QDateTime latestRunAtOrBefore(const Schedule &schedule, const QDateTime &at, const QTimeZone &zone)
{
    if (!plannable(schedule) || !at.isValid() || at < schedule.effectiveFrom)
        return {};
    if (schedule.frequency == ScheduleFrequency::EveryNHours) {
        const QDateTime anchor = intervalAnchor(schedule, zone);
        const qint64 steps = floorDivide(anchor.msecsTo(at), intervalMSecs(schedule));
        const QDateTime run = anchor.addMSecs(steps * intervalMSecs(schedule));
        return run < schedule.effectiveFrom ? QDateTime() : run;
    }
    QDate date = at.toTimeZone(zone).date();
    for (int day = 0; day < searchDays; ++day, date = date.addDays(-1)) {
        if (!runsOn(schedule, date))
            continue;
        const QDateTime run = wallClockMoment(date, schedule.timeOfDay, zone);
        if (run > at)
            continue;
        return run < schedule.effectiveFrom ? QDateTime() : run;
    }
    return {};
}

std::optional<DueRun> dueRun(const Schedule &schedule, const std::optional<QDateTime> &lastRun,
                             const QDateTime &now, const QDateTime &consoleStartedAt,
                             const QTimeZone &zone)
{
    const QDateTime latest = latestRunAtOrBefore(schedule, now, zone);
    if (!latest.isValid())
        return std::nullopt;
    if (lastRun && lastRun->isValid() && *lastRun >= latest)
        return std::nullopt;
    return DueRun { latest, latest < consoleStartedAt };
}
