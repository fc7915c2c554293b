#pragma once

#include "heartbeatmark.h"
#include "storepoll.h"
#include "watch/heartbeatstate.h"

#include <QHash>

class Database;

// The heartbeat states the console shows (docs/watch.md, "Heartbeats"): reads the agents'
// heartbeats from the store on a worker, whichever watcher wrote them (this console's, another
// console's, a headless `osmgmt-cli watch`), at start and then every minute, and hands their
// marks over on the GUI thread. Views talk to this object, never to the store.
class HeartbeatSession : public StorePoll
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 60 * 1000;

    explicit HeartbeatSession(OpenStore openStore, HeartbeatSettings settings = {},
                              QObject *parent = nullptr);

    // Reads now; read() or readFailed() follows (start() reads now and then every
    // refreshIntervalMs).
    void refresh();

signals:
    void read(const QHash<QString, HeartbeatMark> &marks);

protected:
    void readNow() override { refresh(); }

private:
    HeartbeatSettings m_settings;
};
