#pragma once

#include "common/result.h"

#include <QString>

#include <chrono>
#include <memory>

class Database;

// One periodic duty of the watcher (docs/watch.md): the scheduled query today, heartbeats and the
// quarantine policies later. The watcher runs a round when the duty is due (its interval has
// passed since its last round, by the Clock) and only while it holds the store's lease, so two
// watchers never run the same duty on one store.
class WatchDuty
{
public:
    virtual ~WatchDuty() = default;

    // A short stable name for logs and the CLI's output ("scheduled-query").
    virtual QString name() const = 0;
    // The time between two rounds.
    virtual std::chrono::seconds interval() const = 0;
    // Reads from the store what the duty's interval depends on (settings an administrator may
    // change while the watcher runs), at every cycle that holds the lease, before the watcher
    // decides whether the duty is due. On the watcher's thread.
    virtual void refresh(const std::shared_ptr<Database> &) { }
    // One round against the store, on the watcher's thread: what it did in a few words for the
    // log, or why it failed. A failed round is due again at the next interval, like any other.
    virtual Result<QString> runRound(const std::shared_ptr<Database> &store) = 0;
    // Asks a round that runs now to end soon (the watcher stops). Called from another thread.
    virtual void cancel() { }
};
