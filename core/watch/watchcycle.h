#pragma once

#include "watch/storelease.h"
#include "watch/watchduty.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// What one duty's round did.
struct RoundReport
{
    QString duty;
    QDateTime at; // when it started (UTC, by the Clock)
    bool ok = true;
    QString text; // what it did, or why it failed
};

// What one cycle did: the lease as it stands, and the rounds it ran (none unless held).
struct CycleReport
{
    std::optional<LeaseState> lease; // empty when the lease could not be read
    QString error; // why the lease could not be read or written
    QList<RoundReport> rounds;
};

// One cycle of the watcher, without threads or timers (the Watcher drives it; tests call it with
// a clock they move): take or renew the lease, and while held run the duties that are due. A
// duty is due at its first cycle and then once its interval has passed since its last round.
class WatchCycle
{
public:
    enum class Mode {
        DueDuties, // a running watcher: the duties whose interval has passed
        EveryDuty, // `--once`: one round of every duty, whatever its interval
    };

    WatchCycle(std::vector<std::shared_ptr<WatchDuty>> duties, StoreLease lease);

    const StoreLease &lease() const { return m_lease; }
    const std::vector<std::shared_ptr<WatchDuty>> &duties() const { return m_duties; }

    CycleReport run(const std::shared_ptr<Database> &store, Mode mode);
    // When `duty` is next due; invalid before its first round.
    QDateTime nextRound(const QString &duty) const;

private:
    bool isDue(const WatchDuty &duty, const QDateTime &now) const;

    std::vector<std::shared_ptr<WatchDuty>> m_duties;
    StoreLease m_lease;
    QHash<QString, QDateTime> m_lastRound;
};
