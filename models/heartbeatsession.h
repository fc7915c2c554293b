#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "heartbeatmark.h"
#include "watch/heartbeatstate.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class Database;

// The heartbeat states the console shows (docs/watch.md, "Heartbeats"): reads the agents'
// heartbeats from the store on a worker, whichever watcher wrote them (this console's, another
// console's, a headless `osmgmt-cli watch`), at start and then every minute, and hands their
// marks over on the GUI thread. Views talk to this object, never to the store.
class HeartbeatSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    static constexpr int refreshIntervalMs = 60 * 1000;

    explicit HeartbeatSession(OpenDatabase openDatabase, HeartbeatSettings settings = {},
                              QObject *parent = nullptr);
    ~HeartbeatSession() override;

    // Reads now, and then every refreshIntervalMs.
    void start();
    // Reads now; read() or readFailed() follows.
    void refresh();

signals:
    void read(const QHash<QString, HeartbeatMark> &marks);
    // Said once until it changes, so that a store that stays away is not said every minute.
    void readFailed(const QString &error);

private:
    OpenDatabase m_openDatabase;
    HeartbeatSettings m_settings;
    QTimer m_timer;
    QString m_lastError;
    BackgroundWorkers m_workers; // last: waits for the reads still running
};
