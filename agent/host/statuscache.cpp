#include "host/statuscache.h"

#include <QMutexLocker>
#include <QThread>

StatusCache::StatusCache(Gather gather, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_gather(std::move(gather))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StatusCache::refreshInBackground);
}

StatusCache::~StatusCache()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void StatusCache::start()
{
    refreshNow();
    m_timer.start();
}

AgentStatus StatusCache::current() const
{
    const QMutexLocker locker(&m_mutex);
    return m_status;
}

void StatusCache::refreshNow()
{
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_mutex);
        generation = ++m_nextGeneration;
    }
    store(m_gather(), generation);
}

void StatusCache::refreshInBackground()
{
    if (m_worker)
        return; // the previous one is still at it (a slow systemctl): no pile-up
    quint64 generation = 0;
    {
        const QMutexLocker locker(&m_mutex);
        generation = ++m_nextGeneration;
    }
    m_worker = QThread::create([this, generation] { store(m_gather(), generation); });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
    });
    m_worker->start();
}

void StatusCache::store(const AgentStatus &status, quint64 generation)
{
    const QMutexLocker locker(&m_mutex);
    if (generation < m_storedGeneration)
        return;
    m_storedGeneration = generation;
    m_status = status;
}
