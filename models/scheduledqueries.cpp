#include "scheduledqueries.h"

#include "common/clock.h"
#include "common/logging.h"
#include "querysession.h"
#include "store/storeconnection.h"

ScheduledQueries::ScheduledQueries(QuerySession *session, std::function<Scope()> savedScope,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_savedScope(std::move(savedScope))
    , m_scheduler(Clock::instance().now())
{
    connect(session, &QuerySession::queryStarted, &m_scheduler,
            [this] { m_scheduler.setQueryRunning(true); });
    // Queued: when a query queued behind the finished one has started, the run keeps waiting.
    connect(
        session, &QuerySession::queryFinished, &m_scheduler,
        [this] { m_scheduler.setQueryRunning(m_session->isRunning()); }, Qt::QueuedConnection);
    connect(&m_scheduler, &Scheduler::runDue, this, &ScheduledQueries::onRunDue);
}

ScheduledQueries::~ScheduledQueries() = default;

QString ScheduledQueries::start(const QString &databasePath)
{
    return start(StoreConnection { StoreLocation::sqlite(databasePath), {} });
}

QString ScheduledQueries::start(const StoreConnection &store)
{
    // One small row, read once at start.
    Result<std::shared_ptr<Database>> database = store.open();
    if (!database)
        return tr("The scheduled query cannot be read: %1").arg(database.error());
    m_database = std::move(database).value();
    m_store = std::make_unique<ScheduleStore>(m_database);
    const Result<StoredSchedule> stored = m_store->load();
    if (!stored)
        return tr("The scheduled query cannot be read: %1").arg(stored.error());
    const QString refused = m_scheduler.setSchedule(stored->schedule);
    if (!refused.isEmpty())
        return tr("The stored scheduled query cannot be used: %1").arg(refused);
    m_scheduler.setLastRun(stored->lastRun);
    emit scheduleChanged();
    m_scheduler.check();
    return {};
}

QString ScheduledQueries::setSchedule(const Schedule &schedule)
{
    if (!m_store)
        return tr("The scheduled query cannot be saved: the database is not open.");
    const QString refused = m_scheduler.setSchedule(schedule);
    if (!refused.isEmpty())
        return refused;
    const QString error = m_store->save(schedule);
    if (!error.isEmpty())
        return tr("The scheduled query cannot be saved: %1").arg(error);
    Logging::get("ui")->info("schedule saved: {}", schedule.description());
    emit scheduleChanged();
    m_scheduler.check();
    return {};
}

void ScheduledQueries::onRunDue(bool missed, const QDateTime &scheduledFor)
{
    const QString error = m_session->startQuery(m_savedScope(), QuerySession::WhenRunning::Queue);
    if (!error.isEmpty()) {
        emit errorOccurred(tr("The scheduled query cannot start: %1").arg(error));
        return;
    }
    const QDateTime now = Clock::instance().now();
    m_scheduler.recordRun(now);
    const QString saveError = m_store ? m_store->saveLastRun(now) : QString();
    if (!saveError.isEmpty())
        emit errorOccurred(
            tr("The time of the scheduled query cannot be saved: %1").arg(saveError));
    const QString description = Scheduler::runDescription(missed, scheduledFor);
    Logging::get("ui")->info("{}", description);
    emit runStarted(description);
    emit scheduleChanged();
}
