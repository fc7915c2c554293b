#pragma once

#include "agentlink/agentstatus.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>

class QTimer;

// The real agent's status, gathered off the request path (docs/security.md, "Hostile peers"):
// reading it runs programs (systemctl, nft) and reads files, which must not happen once per
// request, or a peer that pipelines status requests makes the agent fork thousands of times
// while every other console waits. A worker thread gathers it on a timer; a request only
// copies the last one. A command that changes the host refreshes it at once, in its own path.
// The thread is made once, at start: a thread made later could fail for want of descriptors
// (its event dispatcher needs one), and GLib aborts the process when it does.
class StatusCache : public QObject
{
    Q_OBJECT
public:
    using Gather = std::function<AgentStatus()>;

    // `gather` runs in a worker thread (and in refreshNow()'s caller): it must be thread-safe.
    StatusCache(Gather gather, int intervalMs, QObject *parent = nullptr);
    // Waits for a gathering in progress.
    ~StatusCache() override;
    StatusCache(const StatusCache &) = delete;
    StatusCache &operator=(const StatusCache &) = delete;

    // Gathers once in this thread, then again every interval in a worker.
    void start();
    // The status last gathered.
    AgentStatus current() const;
    // Gathers now, in this thread: after a command, the next status must show its effect.
    void refreshNow();

private:
    void refresh(); // in whichever thread calls it
    quint64 nextGeneration();
    void store(const AgentStatus &status, quint64 generation);

    Gather m_gather;
    int m_intervalMs;
    QThread m_worker;
    QTimer *m_timer = nullptr; // lives in m_worker
    mutable QMutex m_mutex;
    AgentStatus m_status;
    quint64 m_storedGeneration = 0; // a slower, older gathering never replaces a newer one
    quint64 m_nextGeneration = 0;
};
