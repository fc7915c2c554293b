#pragma once

#include "common/inbackground.h"
#include "heartbeatmark.h"
#include "storepoll.h"
#include "watch/heartbeatpolicy.h"

#include <QHash>

class Database;

// The heartbeat states the console shows (docs/watch.md, "Heartbeats"): reads the agents'
// heartbeats and the store's heartbeat settings on a worker, whichever watcher wrote them (this
// console's, another console's, a headless `osmgmt-cli watch`), at start and then every minute,
// and hands their marks (aged by the settings' bands) over on the GUI thread. Saves the settings
// the Heartbeats settings page changed, on a worker too. Views talk to this object, never to
// the store.
class HeartbeatSession : public StorePoll
{
    Q_OBJECT

public:
    using OpenDatabase = OpenStore;

    static constexpr int refreshIntervalMs = 60 * 1000;

    explicit HeartbeatSession(OpenStore openStore, QObject *parent = nullptr);

    // Reads now; read() or readFailed() follows (start() reads now and then every
    // refreshIntervalMs).
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

protected:
    void readNow() override { refresh(); }

private:
    OpenStore m_openStore;
    HeartbeatPolicy m_policy;
    BackgroundWorkers m_savers; // last: waits for the saves still running
};
