#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"
#include "endpoint/endpoint.h"
#include "health/healthsnapshot.h"

#include <QObject>
#include <QThread>

#include <functional>

class HealthGatherWorker;

// Asks every agent of this server a query finds for its full status (docs/health.md,
// "Gathering"): only endpoints *Managed by this server* (which the probe verified), over mutual
// TLS with this console's certificate, at most `parallel` at once, on a worker thread of its
// own so that the caller's thread (the GUI's) only receives batches. Endpoints are added while
// the query runs; finished() follows finishAdding() once every agent answered, failed, or was
// skipped by cancel().
class HealthGatherer : public QObject
{
    Q_OBJECT

public:
    // Gives this console's client certificate; called on the worker thread, once, when the
    // first agent of this server is found (it may ask the keychain).
    using Credentials = std::function<Result<AgentTls::Credentials>()>;

    struct Options
    {
        int parallel = 32;
        int timeoutMs = 3000; // the whole conversation with one agent
        int batchSize = 256; // snapshots per snapshotsGathered
    };

    HealthGatherer(Credentials credentials, Options options, QObject *parent = nullptr);
    ~HealthGatherer() override; // cancels and waits

    // Takes the endpoints of `batch` that are Managed by this server.
    void add(const QVector<Endpoint> &batch);
    // No more endpoints come: finished() follows once those added are done.
    void finishAdding();
    // Agents not yet asked are skipped (a snapshot says so); those in flight are dropped.
    // finished() still follows finishAdding(), at once.
    void cancel();

    // This console's credentials (ConsoleCredentials, loaded from the keychain on first use):
    // fails when the console has no identity yet. The console gives its session's instead.
    static Credentials consoleCredentials(const QString &serverName);

signals:
    void snapshotsGathered(const QVector<HealthSnapshot> &snapshots);
    void finished();

private:
    QThread m_thread;
    HealthGatherWorker *m_worker;
};
