#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "heartbeatmark.h"
#include "watch/heartbeatpolicy.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class Database;

// The heartbeat states the console shows (docs/watch.md, "Heartbeats"): reads the agents'
// heartbeats and the store's heartbeat settings on a worker, whichever watcher wrote them (this
// console's, another console's, a headless `osmgmt-cli watch`), at start and then every minute,
// and hands their marks (aged by the settings' bands) over on the GUI thread. Saves the settings
// the Heartbeats settings page changed, on a worker too. Views talk to this object, never to
// the store.
class HeartbeatSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    static constexpr int refreshIntervalMs = 60 * 1000;

    explicit HeartbeatSession(OpenDatabase openDatabase, QObject *parent = nullptr);
    ~HeartbeatSession() override;

    // Reads now, and then every refreshIntervalMs.
    void start();
    // Reads now; read() or readFailed() follows.
    void refresh();

    // The settings as last read; the defaults until the first read.
    const HeartbeatPolicy &policy() const { return m_policy; }
    // Saves `policy` (audited, `how` says where it came from); policySaved() follows, then a read.
    void savePolicy(const HeartbeatPolicy &policy, const QString &how);
    // The same, only when the store has no heartbeat settings yet (the demo's first start).
    void savePolicyIfNone(const HeartbeatPolicy &policy, const QString &how);

signals:
    void read(const QHash<QString, HeartbeatMark> &marks);
    void policyRead(const HeartbeatPolicy &policy);
    // `error` empty: saved.
    void policySaved(const QString &error);
    // Said once until it changes, so that a store that stays away is not said every minute.
    void readFailed(const QString &error);

private:
    OpenDatabase m_openDatabase;
    HeartbeatPolicy m_policy;
    QTimer m_timer;
    QString m_lastError;
    BackgroundWorkers m_savers;
    BackgroundWorkers m_workers; // last: waits for the reads still running
};
