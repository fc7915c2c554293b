#include "consolewatcher.h"

#include <QLocale>

ConsoleWatcher::ConsoleWatcher(StoreConnection store,
                               std::vector<std::shared_ptr<WatchDuty>> duties,
                               std::chrono::seconds lease, QObject *parent)
    : QObject(parent)
    , m_watcher(std::move(store), std::move(duties), lease)
{
    connect(&m_watcher, &Watcher::leaseChanged, this, &ConsoleWatcher::onLease);
    connect(&m_watcher, &Watcher::storeFailed, this, &ConsoleWatcher::onStoreFailed);
}

ConsoleWatcher::~ConsoleWatcher()
{
    m_watcher.stop();
}

void ConsoleWatcher::onLease(const LeaseState &lease)
{
    if (lease.held) {
        setStatus(tr("Watcher: this console"),
                  tr("This console runs the scheduled query of this store."));
    } else {
        // The holder is host:pid:random; the host is what the administrator recognises.
        const QString host = lease.holder.section(QLatin1Char(':'), 0, 0);
        setStatus(
            tr("Watcher: %1").arg(host),
            tr("Another watcher (holder %1) acts on this store until %2: it runs the "
               "scheduled query, and this console does not.")
                .arg(lease.holder,
                     QLocale().toString(lease.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (lease.held != m_acting) {
        m_acting = lease.held;
        emit actingChanged(m_acting);
    }
}

void ConsoleWatcher::onStoreFailed(const QString &error)
{
    setStatus(tr("Watcher: no store"), error);
    if (m_acting) {
        // Without the store the lease cannot be renewed: another watcher may take it over.
        m_acting = false;
        emit actingChanged(false);
    }
}

void ConsoleWatcher::setStatus(const QString &text, const QString &detail)
{
    m_text = text;
    m_detail = detail;
    emit statusChanged();
}
