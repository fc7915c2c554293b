#include "schedule/scheduler.h"

#include "common/clock.h"
#include "common/logging.h"

#include <QLocale>

Scheduler::Scheduler(QDateTime consoleStartedAt, QObject *parent)
    : QObject(parent)
    , m_consoleStartedAt(std::move(consoleStartedAt))
{ }

Result<Done> Scheduler::setSchedule(const Schedule &schedule)
{
    const Result<Schedule> valid = schedule.validated();
    if (!valid) {
        Logging::get("schedule")->warn("schedule refused: {}", valid.error());
        return Result<Done>::failure(valid.error());
    }
    m_schedule = *valid;
    Logging::get("schedule")
        ->info("schedule {}: {}", m_schedule.enabled ? "on" : "off", m_schedule.description());
    return Done {};
}

void Scheduler::setLastRun(const std::optional<QDateTime> &lastRun)
{
    m_lastRun = lastRun;
}

void Scheduler::recordRun(const QDateTime &startedAt)
{
    m_lastRun = startedAt;
}

void Scheduler::setQueryRunning(bool running)
{
    if (m_queryRunning == running)
        return;
    m_queryRunning = running;
    // The run that waited for this query goes now, not at the next tick of the timer.
    if (!running)
        check();
}

void Scheduler::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

QTimeZone Scheduler::zone() const
{
    // Read each time, so a console that travels with its laptop follows the new zone.
    return m_zone ? *m_zone : QTimeZone::systemTimeZone();
}

QDateTime Scheduler::nextRun() const
{
    return nextRunAfter(m_schedule, Clock::instance().now(), zone());
}

std::optional<DueRun> Scheduler::waitingRun() const
{
    if (!m_queryRunning)
        return std::nullopt;
    const auto due
        = dueRun(m_schedule, m_lastRun, Clock::instance().now(), m_consoleStartedAt, zone());
    if (!due || due->scheduledFor == m_lastEmittedFor)
        return std::nullopt;
    return due;
}

void Scheduler::check()
{
    if (!m_acting)
        return; // another watcher runs the scheduled query of this store
    const auto due
        = dueRun(m_schedule, m_lastRun, Clock::instance().now(), m_consoleStartedAt, zone());
    // Once per scheduled time: a run the console did not record (it could not start) is not
    // retried every 30 seconds; the next scheduled time runs again.
    if (!due || due->scheduledFor == m_lastEmittedFor)
        return;
    if (m_queryRunning) {
        if (due->scheduledFor != m_waitLoggedFor) {
            m_waitLoggedFor = due->scheduledFor;
            Logging::get("schedule")
                ->info("scheduled query of {} waits for the running query",
                       due->scheduledFor.toUTC().toString(Qt::ISODate));
        }
        return;
    }
    m_lastEmittedFor = due->scheduledFor;
    Logging::get("schedule")
        ->info("scheduled query of {} is due{}", due->scheduledFor.toUTC().toString(Qt::ISODate),
               due->missed ? " (missed while the console was closed)" : "");
    emit runDue(due->missed, due->scheduledFor);
}

QString Scheduler::runDescription(bool missed, const QDateTime &scheduledFor)
{
    const QString when = QLocale().toString(scheduledFor.toLocalTime(), QLocale::ShortFormat);
    if (missed)
        return QCoreApplication::translate(
                   "Scheduler",
                   "Running the scheduled query of %1, missed while the console was closed.")
            .arg(when);
    return QCoreApplication::translate("Scheduler", "Running the scheduled query of %1.").arg(when);
}
