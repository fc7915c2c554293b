#pragma once

#include "store/storeconnection.h"
#include "watch/watchcycle.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QThread;
class WatchWorker;

// The watcher (docs/watch.md): runs the periodic duties against one store on a thread of its
// own, only while it holds the store's lease, so that two consoles and a headless `osmgmt-cli
// watch` never act twice. A second watcher waits and asks again at each cycle; it takes over once
// the holder's lease has expired (the holder died) or been released (the holder stopped).
//
// Its signals reach the thread that made it. Duties, the store and the lease live on the
// watcher's thread; the store is opened there (a PostgreSQL that does not answer never holds the
// caller) and opened again at the next cycle after a failure.
class Watcher : public QObject
{
    Q_OBJECT
public:
    // The lease lasts `leaseDuration`; a cycle runs every third of it, at most every 10 s.
    Watcher(StoreConnection store, std::vector<std::shared_ptr<WatchDuty>> duties,
            std::chrono::seconds leaseDuration, QObject *parent = nullptr);
    ~Watcher() override; // stop()

    static constexpr std::chrono::seconds defaultLease { 60 };
    static std::chrono::milliseconds cycleInterval(std::chrono::seconds leaseDuration);

    QString holder() const { return m_holder; }
    bool isRunning() const { return m_thread != nullptr; }

    // Runs a cycle now and then one every cycleInterval() until stop().
    void start();
    // One cycle with one round of every duty whatever its interval, then gives the lease up and
    // emits finished() (`osmgmt-cli watch --once`).
    void runOnce();
    // Lets a running round end, gives the lease up, closes the store; returns when all is done.
    void stop();

signals:
    // This watcher took, lost or was refused the lease (the holder changed); not at every renewal.
    void leaseChanged(const LeaseState &state);
    void roundDone(const RoundReport &round);
    // The store could not be opened or the lease not read; said once until it changes.
    void storeFailed(const QString &error);
    void finished();

private:
    void launch(bool once);

    StoreConnection m_store;
    std::vector<std::shared_ptr<WatchDuty>> m_duties;
    std::chrono::seconds m_leaseDuration;
    QString m_holder;
    QThread *m_thread = nullptr;
    WatchWorker *m_worker = nullptr;
};
