#pragma once

#include "health/healthgatherer.h"

#include <QHash>
#include <QQueue>

#include <optional>

class AgentStatusReader;
struct StatusOutcome;

// HealthGatherer's half on its worker thread: keeps at most `parallel` status readers going,
// collects their snapshots into batches.
class HealthGatherWorker : public QObject
{
    Q_OBJECT

public:
    HealthGatherWorker(HealthGatherer::Credentials credentials, HealthGatherer::Options options);

    void add(const QVector<Endpoint> &endpoints);
    void finishAdding();
    void cancel();

signals:
    void snapshotsGathered(const QVector<HealthSnapshot> &snapshots);
    void finished();

private:
    void startNext();
    void record(HealthSnapshot snapshot);
    void onRead(AgentStatusReader *reader, HealthSnapshot snapshot, const StatusOutcome &outcome);
    void finishIfDone();
    void flush();
    void flushIfIdle();
    // Asks for the credentials, once.
    void fetchCredentials();

    HealthGatherer::Credentials m_credentials;
    HealthGatherer::Options m_options;
    std::optional<AgentTls::Credentials> m_console;
    QString m_credentialError;
    bool m_credentialsAsked = false;
    bool m_fetchingCredentials = false;
    QQueue<HealthSnapshot> m_waiting; // not yet asked: the snapshot to fill in
    QHash<AgentStatusReader *, HealthSnapshot> m_reading; // in flight, with their snapshot
    QVector<HealthSnapshot> m_batch;
    bool m_adding = true;
    bool m_cancelled = false;
    bool m_finished = false;
};
