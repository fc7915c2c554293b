#include "watch/watcher.h"

#include "common/logging.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// The watcher's thread runs at a lower priority than the rest of its process (nice 10; on Linux a
// thread's nice value is its own): a heartbeat round's thousands of TLS handshakes then take the
// CPU the console's GUI thread leaves, and the GUI thread, woken to paint or to take a click,
// runs first. Alone on a machine it changes nothing; on a loaded one it keeps the GUI's stalls
// short (docs/performance.md, "Heartbeats").
void yieldToOtherThreads()
{
#ifdef __linux__
    constexpr int watcherNice = 10;
    if (::setpriority(PRIO_PROCESS, ::gettid(), watcherNice) != 0)
        Logging::get("watch")->warn("the watcher's thread keeps its priority: {}",
                                    std::strerror(errno));
#else
    // Elsewhere a thread's priority is Qt's to set (docs/porting.md).
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

// The watcher's half that lives on its thread: the store, the lease and the cycle.
class WatchWorker : public QObject
{
public:
    WatchWorker(Watcher *owner, StoreConnection store, WatchCycle cycle,
                std::chrono::milliseconds interval)
        : m_owner(owner)
        , m_store(std::move(store))
        , m_cycle(std::move(cycle))
        , m_interval(interval)
    { }

    void begin(bool once)
    {
        yieldToOtherThreads();
        if (once) {
            runCycle(WatchCycle::Mode::EveryDuty);
            finish();
            toOwner([](Watcher *owner) { emit owner->finished(); });
            return;
        }
        m_timer = new QTimer(this);
        m_timer->setInterval(m_interval);
        connect(m_timer, &QTimer::timeout, this, [this] { runCycle(WatchCycle::Mode::DueDuties); });
        m_timer->start();
        runCycle(WatchCycle::Mode::DueDuties);
    }

    // A round that runs a nested event loop (a query) may see this posted request: it is kept
    // until the round has ended.
    void requestStop()
    {
        m_stopping = true;
        if (!m_inCycle)
            finish();
    }

private:
    template<typename F> void toOwner(F call)
    {
        QPointer<Watcher> owner(m_owner);
        QMetaObject::invokeMethod(
            m_owner,
            [owner, call] {
                if (owner)
                    call(owner.data());
            },
            Qt::QueuedConnection);
    }

    void runCycle(WatchCycle::Mode mode)
    {
        if (m_stopping || m_finished)
            return;
        if (m_inCycle) {
            renewDuringRound();
            return;
        }
        m_inCycle = true;
        cycle(mode);
        m_inCycle = false;
        if (m_stopping)
            finish();
    }

    void cycle(WatchCycle::Mode mode)
    {
        if (!m_database) {
            Result<std::shared_ptr<Database>> opened = m_store.open();
            if (!opened) {
                reportFailure(opened.error());
                return;
            }
            m_database = std::move(opened).value();
        }
        const CycleReport report = m_cycle.run(m_database, mode);
        if (!report.lease) {
            reportFailure(report.error);
            m_database.reset(); // a lost connection: open again at the next cycle
            return;
        }
        m_failure.clear();
        reportLease(*report.lease);
        for (const RoundReport &round : report.rounds) {
            if (round.ok)
                Logging::get("watch")->info("{}: {}", round.duty, round.text);
            else
                Logging::get("watch")->warn("{} failed: {}", round.duty, round.text);
            toOwner([round](Watcher *owner) { emit owner->roundDone(round); });
        }
    }

    // A round that runs a nested event loop (a headless query, minutes long) lets the timer in:
    // the lease is renewed meanwhile, so that no other watcher takes over during the round.
    void renewDuringRound()
    {
        if (!m_database)
            return;
        const Result<LeaseState> lease = m_cycle.lease().acquire(*m_database);
        if (lease)
            reportLease(*lease);
        else
            reportFailure(lease.error());
    }

    void reportFailure(const QString &error)
    {
        if (error == m_failure)
            return;
        m_failure = error;
        m_reported = false; // the lease is said again once the store answers
        Logging::get("watch")->error("{}", error);
        toOwner([error](Watcher *owner) { emit owner->storeFailed(error); });
    }

    void reportLease(const LeaseState &lease)
    {
        m_held = lease.held;
        if (m_reported && m_lastHolder == lease.holder)
            return;
        m_reported = true;
        m_lastHolder = lease.holder;
        const std::string until = lease.expiresAt.toString(Qt::ISODate).toStdString();
        if (lease.held && !lease.previousHolder.isEmpty())
            Logging::get("watch")->info("took over the lease from {}", lease.previousHolder);
        else if (lease.held)
            Logging::get("watch")->info("this watcher ({}) acts on the store", lease.holder);
        else
            Logging::get("watch")->info("another watcher (holder {}) acts on this store until {}",
                                        lease.holder, until);
        toOwner([lease](Watcher *owner) { emit owner->leaseChanged(lease); });
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_timer)
            m_timer->stop();
        if (m_database && m_held) {
            const Result<Done> released = m_cycle.lease().release(*m_database);
            if (!released)
                Logging::get("watch")->warn("{}", released.error());
            else
                Logging::get("watch")->info("lease released");
        }
        m_database.reset(); // closed on the thread that opened it
        thread()->quit();
    }

    Watcher *m_owner;
    StoreConnection m_store;
    WatchCycle m_cycle;
    std::chrono::milliseconds m_interval;
    std::shared_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
    QString m_failure;
    QString m_lastHolder;
    bool m_reported = false;
    bool m_held = false;
    bool m_inCycle = false;
    bool m_stopping = false;
    bool m_finished = false;
};

Watcher::Watcher(StoreConnection store, std::vector<std::shared_ptr<WatchDuty>> duties,
                 std::chrono::seconds leaseDuration, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_duties(std::move(duties))
    , m_leaseDuration(leaseDuration)
    , m_holder(StoreLease::newHolderId())
{ }

Watcher::~Watcher()
{
    stop();
}

std::chrono::milliseconds Watcher::cycleInterval(std::chrono::seconds leaseDuration)
{
    // Renewed twice before the lease could expire, and a 30 s duty at most 10 s late.
    const std::chrono::milliseconds third
        = std::chrono::duration_cast<std::chrono::milliseconds>(leaseDuration) / 3;
    return std::clamp(third, std::chrono::milliseconds(100), std::chrono::milliseconds(10000));
}

void Watcher::start()
{
    launch(false);
}

void Watcher::runOnce()
{
    launch(true);
}

void Watcher::launch(bool once)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("watch"));
    m_worker = new WatchWorker(this, m_store,
                               WatchCycle(m_duties, StoreLease(m_holder, m_leaseDuration)),
                               cycleInterval(m_leaseDuration));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, once] { worker->begin(once); });
}

void Watcher::stop()
{
    if (!m_thread)
        return;
    for (const auto &duty : m_duties)
        duty->cancel();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->requestStop(); });
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}
