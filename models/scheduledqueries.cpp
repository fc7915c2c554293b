#include "scheduledqueries.h"

#include "common/clock.h"
#include "common/inbackground.h"
#include "common/logging.h"
#include "consolewatcher.h"
#include "querysession.h"
#include "store/storeconnection.h"

#include <QPointer>
#include <QThread>

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

// The store as the store's thread holds it.
struct ScheduledQueries::Keeper
{
    StoreConnection connection;
    std::shared_ptr<Database> database;
    std::unique_ptr<ScheduleStore> store;
};

ScheduledQueries::~ScheduledQueries()
{
    if (!m_thread)
        return;
    // The connection is closed on the thread that opened it, after every write posted before.
    QMetaObject::invokeMethod(m_context, [keeper = m_keeper, thread = m_thread] {
        keeper->store.reset();
        keeper->database.reset();
        thread->quit();
    });
    m_thread->wait();
    delete m_context;
}

void ScheduledQueries::start(const QString &databasePath)
{
    start(StoreConnection { StoreLocation::sqlite(databasePath), {} });
}

void ScheduledQueries::start(const StoreConnection &store)
{
    if (m_thread)
        return; // one store per console run
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("schedule-store"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_keeper = std::make_shared<Keeper>();
    m_keeper->connection = store;
    m_thread->start();
    load();
}

void ScheduledQueries::load()
{
    using Stored = Result<StoredSchedule>;
    onThreadOf<Stored>(
        m_context, this,
        [keeper = m_keeper]() -> Stored {
            if (!keeper->store) {
                Result<std::shared_ptr<Database>> database = keeper->connection.open();
                if (!database)
                    return Stored::failure(database.error());
                keeper->database = std::move(database).value();
                keeper->store = std::make_unique<ScheduleStore>(keeper->database);
            }
            return keeper->store->load();
        },
        [this](const Stored &stored) { onLoaded(stored); });
}

namespace {
// The console's scheduled-query duty: the round, on the watcher's thread, hands the check to the
// console's thread, where the Scheduler and the query session live.
class ConsoleScheduleCheck : public WatchDuty
{
public:
    explicit ConsoleScheduleCheck(ScheduledQueries *target)
        : m_target(target)
    { }
    QString name() const override { return QStringLiteral("scheduled-query"); }
    std::chrono::seconds interval() const override { return Scheduler::checkInterval; }
    Result<QString> runRound(const std::shared_ptr<Database> &) override
    {
        QMetaObject::invokeMethod(
            m_target,
            [target = m_target] {
                if (target && target->isStarted())
                    target->scheduler().check();
            },
            Qt::QueuedConnection);
        return QStringLiteral("checked in the console");
    }

private:
    QPointer<ScheduledQueries> m_target;
};
} // namespace

std::shared_ptr<WatchDuty> ScheduledQueries::watchDuty()
{
    return std::make_shared<ConsoleScheduleCheck>(this);
}

void ScheduledQueries::followLease(ConsoleWatcher *watcher)
{
    m_scheduler.setActing(watcher->isActing()); // silent until the watcher has the lease
    connect(watcher, &ConsoleWatcher::actingChanged, this, &ScheduledQueries::setActing);
}

void ScheduledQueries::setActing(bool acting)
{
    if (acting == m_scheduler.isActing())
        return;
    m_scheduler.setActing(acting);
    Logging::get("schedule")
        ->info("{}",
               acting ? "this console's watcher runs the scheduled query"
                      : "another watcher runs the scheduled query of this store");
    // Read again before acting: what another watcher ran or another console saved counts.
    if (acting && m_started)
        load();
}

void ScheduledQueries::onLoaded(const Result<StoredSchedule> &stored)
{
    if (!stored) {
        emit errorOccurred(tr("The scheduled query cannot be read: %1").arg(stored.error()));
        return;
    }
    const Result<Done> applied = m_scheduler.setSchedule(stored->schedule);
    if (!applied) {
        emit errorOccurred(
            tr("The stored scheduled query cannot be used: %1").arg(applied.error()));
        return;
    }
    m_scheduler.setLastRun(stored->lastRun);
    m_started = true;
    emit scheduleChanged();
    m_scheduler.check();
}

void ScheduledQueries::write(std::function<Result<Done>(ScheduleStore &)> write,
                             const QString &what)
{
    // The store lives on the schedule's thread, which keeps its connection between writes.
    onThreadOf<Result<Done>>(
        m_context, this,
        [keeper = m_keeper, write = std::move(write)] {
            return keeper->store ? write(*keeper->store)
                                 : Result<Done>::failure(tr("the database is not open"));
        },
        [this, what](const Result<Done> &written) {
            if (!written)
                emit errorOccurred(what.arg(written.error()));
        });
}

Result<Done> ScheduledQueries::setSchedule(const Schedule &schedule)
{
    if (!m_started)
        return Result<Done>::failure(
            tr("The scheduled query cannot be saved: the database is not open."));
    const Result<Done> applied = m_scheduler.setSchedule(schedule);
    if (!applied)
        return applied;
    write([schedule](ScheduleStore &store) { return store.save(schedule); },
          tr("The scheduled query cannot be saved: %1"));
    Logging::get("ui")->info("schedule set: {}", schedule.description());
    emit scheduleChanged();
    m_scheduler.check();
    return Done {};
}

void ScheduledQueries::onRunDue(bool missed, const QDateTime &scheduledFor)
{
    // Where the saved scope enters a scheduled query: checked here once (QueryScope).
    const Result<QueryScope> scope = QueryScope::from(m_savedScope());
    if (!scope) {
        emit errorOccurred(tr("The scheduled query cannot start: %1").arg(scope.error()));
        return;
    }
    m_session->startQuery(scope.value(), QuerySession::WhenRunning::Queue);
    const QDateTime now = Clock::instance().now();
    m_scheduler.recordRun(now);
    write([now](ScheduleStore &store) { return store.saveLastRun(now); },
          tr("The time of the scheduled query cannot be saved: %1"));
    const QString description = Scheduler::runDescription(missed, scheduledFor);
    Logging::get("ui")->info("{}", description);
    emit runStarted(description);
    emit scheduleChanged();
}
