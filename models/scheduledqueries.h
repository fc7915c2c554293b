#pragma once

#include "schedule/scheduler.h"
#include "schedule/schedulestore.h"

#include <QObject>

#include <functional>
#include <memory>

class Database;
class QuerySession;
struct Scope;
struct StoreConnection;

// The console's scheduled query (manual: Settings → Enable scheduled query → Specify the
// schedule): keeps the schedule in the store, and when the Scheduler says a run is due, queues
// the saved scope behind any running query, one at a time.
class ScheduledQueries : public QObject
{
    Q_OBJECT
public:
    ScheduledQueries(QuerySession *session, std::function<Scope()> savedScope,
                     QObject *parent = nullptr);
    ~ScheduledQueries() override;

    // Loads the stored schedule from `databasePath` and looks once for a due (or missed) run.
    // Returns the error text when the schedule cannot be read; the schedule stays off then.
    QString start(const QString &databasePath);
    // The same on any store (a team's PostgreSQL included). The schedule is one small row, read
    // once here and written when it changes, on the connection opened here.
    QString start(const StoreConnection &store);
    Schedule schedule() const { return m_scheduler.schedule(); }
    QDateTime nextRun() const { return m_scheduler.nextRun(); }
    // Saves and applies a schedule; returns the reason when it is refused or cannot be saved.
    QString setSchedule(const Schedule &schedule);
    Scheduler &scheduler() { return m_scheduler; }

signals:
    void runStarted(const QString &description);
    void errorOccurred(const QString &message);
    void scheduleChanged();

private:
    void onRunDue(bool missed, const QDateTime &scheduledFor);

    QuerySession *m_session;
    std::function<Scope()> m_savedScope;
    Scheduler m_scheduler;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_store;
};
