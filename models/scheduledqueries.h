#pragma once

#include "schedule/scheduler.h"
#include "schedule/schedulestore.h"
#include "watch/watchduty.h"

#include <QObject>

#include <functional>
#include <memory>

class ConsoleWatcher;
class QThread;
class QuerySession;
struct Scope;
struct StoreConnection;

// The console's scheduled query (manual: Settings → Enable scheduled query → Specify the
// schedule): keeps the schedule in the store, and when the Scheduler says a run is due, queues
// the saved scope behind any running query, one at a time. The console's watcher drives it: its
// duty (watchDuty()) asks the Scheduler every 30 s, and only while this console holds the store's
// lease (followLease()); another watcher holding it runs the scheduled query instead. The store is
// read and written on a thread of its own: a team's PostgreSQL that does not answer must not hold
// the window for its connection timeout.
class ScheduledQueries : public QObject
{
    Q_OBJECT
public:
    ScheduledQueries(QuerySession *session, std::function<Scope()> savedScope,
                     QObject *parent = nullptr);
    ~ScheduledQueries() override;

    // Loads the stored schedule from `databasePath` in the background, then looks once for a due
    // (or missed) run. When the schedule cannot be read, errorOccurred() says why and the
    // schedule stays off.
    void start(const QString &databasePath);
    // The same on any store (a team's PostgreSQL included).
    void start(const StoreConnection &store);
    // True once the stored schedule is loaded (scheduleChanged() says when).
    bool isStarted() const { return m_started; }
    Schedule schedule() const { return m_scheduler.schedule(); }
    QDateTime nextRun() const { return m_scheduler.nextRun(); }
    // Applies a schedule and saves it in the background; returns the reason when it is refused.
    // A save that fails is reported by errorOccurred().
    Result<Done> setSchedule(const Schedule &schedule);
    Scheduler &scheduler() { return m_scheduler; }

    // The duty the console's watcher runs: each round checks the schedule on this object's
    // thread. Create the watcher after this object, so that it stops first.
    std::shared_ptr<WatchDuty> watchDuty();
    // From now on the scheduled query runs only while `watcher` holds the lease.
    void followLease(ConsoleWatcher *watcher);
    // Whether this console's watcher acts. On taking the lease, the schedule and its last run
    // are read again: another watcher may have run it, or another console changed it.
    void setActing(bool acting);

signals:
    void runStarted(const QString &description);
    void errorOccurred(const QString &message);
    void scheduleChanged();

private:
    struct Keeper;

    void load();
    void onLoaded(const Result<StoredSchedule> &stored);
    void onRunDue(bool missed, const QDateTime &scheduledFor);
    // Runs `write` on the store's thread; a failure is reported with `what` before its reason.
    void write(std::function<Result<Done>(ScheduleStore &)> write, const QString &what);

    QuerySession *m_session;
    std::function<Scope()> m_savedScope;
    Scheduler m_scheduler;
    bool m_started = false;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: what runs there is posted to it
    std::shared_ptr<Keeper> m_keeper; // touched on m_thread only
};
