#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

class Database;

// What a watcher knows of the store's lease after asking for it.
struct LeaseState
{
    bool held = false; // this watcher holds it until expiresAt
    QString holder; // who holds it (this watcher when held)
    QDateTime expiresAt; // UTC
    QString previousHolder; // when held: the watcher whose expired lease this one took over
};

// The one lease per store that lets a single watcher act on it (docs/watch.md, "The lease"): the
// watch_lease row (schema 4) names its holder and when it expires. acquire() takes the lease when
// there is none, renews it when it is this holder's, takes it over when it has expired (its
// holder died or hangs), and otherwise says who holds it until when. One conditional UPSERT,
// the same SQL on SQLite and PostgreSQL (docs/decisions.md, "The watcher's lease").
//
// Times come from the Clock: watchers on several machines need clocks in step (NTP) to within a
// fraction of the lease.
class StoreLease
{
    Q_DECLARE_TR_FUNCTIONS(StoreLease)

public:
    StoreLease(QString holder, std::chrono::seconds duration);

    // host:pid:random, unique to one watcher run.
    static QString newHolderId();

    QString holder() const { return m_holder; }
    std::chrono::seconds duration() const { return m_duration; }

    Result<LeaseState> acquire(Database &store) const;
    // Gives the lease up, if this watcher holds it, so another takes over at once.
    Result<Done> release(Database &store) const;

private:
    QString m_holder;
    std::chrono::seconds m_duration;
};
