#include "health/healthgatherer.h"

#include "agentlink/agentcommandclient.h"
#include "common/clock.h"
#include "health/healthgatherworker.h"
#include "secrets/consolecredentials.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include <QHostAddress>

#include <utility>

HealthGatherer::HealthGatherer(Credentials credentials, Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new HealthGatherWorker(std::move(credentials), options))
{
    qRegisterMetaType<QVector<HealthSnapshot>>();
    m_thread.setObjectName(QStringLiteral("health"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HealthGatherWorker::snapshotsGathered, this,
            &HealthGatherer::snapshotsGathered);
    connect(m_worker, &HealthGatherWorker::finished, this, &HealthGatherer::finished);
    m_thread.start();
}

HealthGatherer::~HealthGatherer()
{
    disconnect(m_worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->cancel();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

void HealthGatherer::add(const QVector<Endpoint> &batch)
{
    QVector<Endpoint> ours;
    for (const Endpoint &endpoint : batch) {
        if (endpoint.status == SecurityStatus::ManagedByThisServer && endpoint.agentPort != 0
            && !endpoint.address.isEmpty())
            ours.append(endpoint);
    }
    if (!ours.isEmpty())
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ours] { worker->add(ours); });
}

void HealthGatherer::finishAdding()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->finishAdding(); });
}

void HealthGatherer::cancel()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); });
}

HealthGatherer::Credentials HealthGatherer::consoleCredentials(const QString &serverName)
{
    // One home for the console's certificate (ConsoleCredentials): made here, on the caller's
    // thread, and asked on the worker's; it never creates a CA.
    auto credentials = std::make_shared<ConsoleCredentials>(
        IdentityFiles::serverCertificate(Settings::dataDirectory()), serverName);
    return [credentials] { return credentials->current(); };
}

HealthGatherWorker::HealthGatherWorker(HealthGatherer::Credentials credentials,
                                       HealthGatherer::Options options)
    : m_credentials(std::move(credentials))
    , m_options(options)
{ }

void HealthGatherWorker::add(const QVector<Endpoint> &endpoints)
{
    for (const Endpoint &endpoint : endpoints) {
        HealthSnapshot snapshot;
        snapshot.address = endpoint.address;
        snapshot.agentPort = endpoint.agentPort;
        snapshot.name = endpoint.name;
        snapshot.adPath = endpoint.adPath;
        m_waiting.enqueue(snapshot);
    }
    startNext();
}

void HealthGatherWorker::finishAdding()
{
    m_adding = false;
    finishIfDone();
}

void HealthGatherWorker::cancel()
{
    m_cancelled = true;
    // In flight: dropped, their agents recorded as not heard to the end.
    const QHash<AgentStatusReader *, HealthSnapshot> reading = std::exchange(m_reading, {});
    for (auto it = reading.begin(); it != reading.end(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->deleteLater();
        HealthSnapshot snapshot = it.value();
        snapshot.detail = tr("no answer: the query was cancelled");
        record(snapshot);
    }
    // The end still comes from finishAdding() alone: the query connects to finished() first.
    startNext();
}

void HealthGatherWorker::fetchCredentials()
{
    // The keychain may answer through a nested event loop (SecretStore): what that loop
    // delivers meanwhile (more endpoints, the end of adding, a cancel) must not start readers
    // without the certificate, nor end the gathering, so startNext() and finishIfDone() wait
    // for this call to return.
    m_fetchingCredentials = true;
    Result<AgentTls::Credentials> credentials = m_credentials
        ? m_credentials()
        : Result<AgentTls::Credentials>::failure(tr("no console certificate was given"));
    m_fetchingCredentials = false;
    m_credentialsAsked = true;
    if (credentials)
        m_console = std::move(credentials).value();
    else
        m_credentialError = credentials.error();
}

void HealthGatherWorker::startNext()
{
    if (m_fetchingCredentials)
        return;
    if (!m_credentialsAsked && !m_cancelled && !m_waiting.isEmpty())
        fetchCredentials();
    while (!m_waiting.isEmpty() && (m_cancelled || m_reading.size() < m_options.parallel)) {
        HealthSnapshot snapshot = m_waiting.dequeue();
        if (m_cancelled) {
            snapshot.detail = tr("not asked: the query was cancelled");
            record(snapshot);
            continue;
        }
        if (!m_console) {
            snapshot.detail = tr("not asked: this console's certificate is not available: %1")
                                  .arg(m_credentialError);
            record(snapshot);
            continue;
        }
        auto *reader = new AgentStatusReader(m_console, m_options.timeoutMs, this);
        m_reading.insert(reader, snapshot);
        connect(reader, &AgentStatusReader::finished, this,
                [this, reader, snapshot](const StatusOutcome &outcome) {
                    onRead(reader, snapshot, outcome);
                });
        reader->start(QHostAddress(snapshot.address), snapshot.agentPort);
    }
    flushIfIdle();
    finishIfDone();
}

void HealthGatherWorker::onRead(AgentStatusReader *reader, HealthSnapshot snapshot,
                                const StatusOutcome &outcome)
{
    m_reading.remove(reader);
    reader->deleteLater();
    switch (outcome.kind) {
    case CommandOutcome::Kind::Done:
        snapshot.outcome = HealthSnapshot::Outcome::Reported;
        snapshot.status = outcome.report.status;
        break;
    case CommandOutcome::Kind::Refused:
        snapshot.outcome = HealthSnapshot::Outcome::Refused;
        break;
    case CommandOutcome::Kind::Unreachable:
        snapshot.outcome = HealthSnapshot::Outcome::Unreachable;
        break;
    case CommandOutcome::Kind::Failed:
    case CommandOutcome::Kind::ProtocolError:
        snapshot.outcome = HealthSnapshot::Outcome::ProtocolError;
        break;
    }
    snapshot.detail = outcome.detail;
    record(snapshot);
    startNext();
    finishIfDone();
}

void HealthGatherWorker::record(HealthSnapshot snapshot)
{
    snapshot.gatheredAt = Clock::instance().now().toUTC();
    m_batch.append(std::move(snapshot));
    if (m_batch.size() >= m_options.batchSize)
        flush();
}

void HealthGatherWorker::flushIfIdle()
{
    // Nothing in flight: what is gathered goes now rather than waiting for a full batch.
    if (m_reading.isEmpty())
        flush();
}

void HealthGatherWorker::flush()
{
    if (m_batch.isEmpty())
        return;
    emit snapshotsGathered(m_batch);
    m_batch.clear();
}

void HealthGatherWorker::finishIfDone()
{
    if (m_finished || m_adding || m_fetchingCredentials || !m_waiting.isEmpty()
        || !m_reading.isEmpty())
        return;
    m_finished = true;
    flush();
    emit finished();
}
