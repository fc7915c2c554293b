#include "watch/watchcycle.h"

#include "common/clock.h"
#include "store/database.h"

WatchCycle::WatchCycle(std::vector<std::shared_ptr<WatchDuty>> duties, StoreLease lease)
    : m_duties(std::move(duties))
    , m_lease(std::move(lease))
{ }

QDateTime WatchCycle::nextRound(const QString &duty) const
{
    for (const auto &each : m_duties) {
        if (each->name() == duty) {
            const QDateTime last = m_lastRound.value(duty);
            return last.isValid() ? last.addSecs(each->interval().count()) : QDateTime();
        }
    }
    return {};
}

bool WatchCycle::isDue(const WatchDuty &duty, const QDateTime &now) const
{
    const QDateTime last = m_lastRound.value(duty.name());
    // A clock set back before the last round makes the duty due again rather than silent until
    // the clock catches up.
    return !last.isValid() || now < last || now >= last.addSecs(duty.interval().count());
}

CycleReport WatchCycle::run(const std::shared_ptr<Database> &store, Mode mode)
{
    CycleReport report;
    const Result<LeaseState> lease = m_lease.acquire(*store);
    if (!lease) {
        report.error = lease.error();
        return report;
    }
    report.lease = lease.value();
    if (!lease->held)
        return report;
    for (const auto &duty : m_duties) {
        // Settings changed since the last cycle apply now, without restarting the watcher.
        duty->refresh(store);
        const QDateTime now = Clock::instance().now().toUTC();
        if (mode == Mode::DueDuties && !isDue(*duty, now))
            continue;
        m_lastRound.insert(duty->name(), now);
        const Result<QString> round = duty->runRound(store);
        report.rounds.append(
            RoundReport { duty->name(), now, bool(round), round ? round.value() : round.error() });
    }
    return report;
}
