#include "host/statuscache.h"

#include <QMutexLocker>
#include <QTimer>

StatusCache::StatusCache(Gather gather, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_gather(std::move(gather))
    , m_intervalMs(intervalMs)
{ }

StatusCache::~StatusCache()
{
    if (m_timer) {
        QMetaObject::invokeMethod(m_timer, &QTimer::stop, Qt::BlockingQueuedConnection);
        m_worker.quit();
        m_worker.wait();
        delete m_timer;
    }
}

void StatusCache::start()
{
    refreshNow();
    m_timer = new QTimer;
    m_timer->setInterval(m_intervalMs);
    // The timer fires in the worker thread, and the gathering runs there; one at a time, as a
    // slow systemctl only delays the next.
    connect(m_timer, &QTimer::timeout, m_timer, [this] { refresh(); });
    m_timer->moveToThread(&m_worker);
    m_worker.setObjectName(QStringLiteral("status"));
    m_worker.start();
    QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start));
}

AgentStatus StatusCache::current() const
{
    const QMutexLocker locker(&m_mutex);
    return m_status;
}

void StatusCache::refreshNow()
{
    refresh();
}

void StatusCache::refresh()
{
    const quint64 generation = nextGeneration();
    store(m_gather(), generation);
}

quint64 StatusCache::nextGeneration()
{
    const QMutexLocker locker(&m_mutex);
    return ++m_nextGeneration;
}

void StatusCache::store(const AgentStatus &status, quint64 generation)
{
    const QMutexLocker locker(&m_mutex);
    if (generation < m_storedGeneration)
        return; // a gathering that began before the one stored last
    m_storedGeneration = generation;
    m_status = status;
}
