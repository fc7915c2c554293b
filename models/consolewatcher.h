#pragma once

#include "store/storeconnection.h"
#include "watch/watcher.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

// The watcher of the console (docs/watch.md): runs the console's duties on the store while the
// console is open, on the watcher's own thread, and only while it holds the store's lease. When
// another watcher (a headless `osmgmt-cli watch`, another console) holds it, the console's duties
// stay silent, and statusText() says so for the status bar.
class ConsoleWatcher : public QObject
{
    Q_OBJECT
public:
    // `lease`: Watcher::defaultLease; tests shorten it.
    ConsoleWatcher(StoreConnection store, std::vector<std::shared_ptr<WatchDuty>> duties,
                   std::chrono::seconds lease = Watcher::defaultLease, QObject *parent = nullptr);
    QString holder() const { return m_watcher.holder(); }
    ~ConsoleWatcher() override; // gives the lease up

    void start() { m_watcher.start(); }
    bool isActing() const { return m_acting; }
    // A few words for the status bar; empty before the first cycle.
    QString statusText() const { return m_text; }
    // The whole story, for the status bar's tooltip.
    QString statusDetail() const { return m_detail; }

signals:
    // This console's watcher took the lease (true) or another one holds it (false).
    void actingChanged(bool acting);
    void statusChanged();

private:
    void onLease(const LeaseState &lease);
    void onStoreFailed(const QString &error);
    void setStatus(const QString &text, const QString &detail);

    Watcher m_watcher;
    bool m_acting = false;
    QString m_text;
    QString m_detail;
};
