#include "query/queryrunner.h"

#include "common/clock.h"
#include "probe/targetlist.h"
#include "query/storewriter.h"
#include "scope/scopefile.h"

QueryRunner::QueryRunner(StoreLocation store, QString storePassword, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QueryOutcome>();
    qRegisterMetaType<QueryState>();
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_writer = new StoreWriter(std::move(store), std::move(storePassword));
    m_writer->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_storeThread.start();

    connect(&m_engine, &ProbeEngine::started, this, &QueryRunner::started);
    connect(&m_engine, &ProbeEngine::endpointsClassified, this, &QueryRunner::endpointsClassified);
    connect(&m_engine, &ProbeEngine::progressed, this, &QueryRunner::progressed);
    // Emitted on the probe thread, queued to the store thread: batches reach the store in order.
    connect(&m_engine, &ProbeEngine::endpointsClassified, m_writer, &StoreWriter::append);
    connect(&m_engine, &ProbeEngine::finished, this, &QueryRunner::onEngineFinished);
    connect(m_writer, &StoreWriter::begun, this, [this](qint64 id) { m_outcome.queryId = id; });
    connect(m_writer, &StoreWriter::failed, this, [this](const QString &error) {
        // A query that cannot be kept is stopped: results the administrator cannot find later
        // would be worse than a clear failure.
        m_outcome.error = tr("The results cannot be stored: %1").arg(error);
        m_engine.cancel();
    });
    connect(m_writer, &StoreWriter::finished, this, [this](qint64 id) {
        m_running = false;
        if (!m_outcome.error.isEmpty() && m_outcome.outcome != ProbeEngine::Outcome::Failed)
            m_outcome.outcome = ProbeEngine::Outcome::Failed;
        m_outcome.queryId = id;
        emit finished(m_outcome);
    });
}

QueryRunner::~QueryRunner()
{
    disconnect(&m_engine, nullptr, this, nullptr);
    disconnect(m_writer, nullptr, this, nullptr);
    const bool running = m_running;
    m_engine.cancelAndWait();
    // Posted after the worker's last batch, so the store thread takes them in order: the
    // batches, the end of the query, then the end of the thread.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, running] {
        if (running)
            writer->finish(QueryState::Cancelled,
                           tr("stopped: the program was closed during the query"));
        QThread::currentThread()->quit();
    });
    m_storeThread.wait();
}

QString QueryRunner::start(const Scope &scope, const ProbeSettings &settings)
{
    if (m_running)
        return tr("A query is running already.");
    const QString invalid = scope.validateForQuery();
    if (!invalid.isEmpty())
        return invalid;
    m_outcome = QueryOutcome();
    const QByteArray scopeJson = scopeToJson(scope);
    const QString serverName = settings.thisServerName;
    const quint64 total = TargetList(scope).size();
    const QDateTime startedAt = Clock::instance().now();
    QMetaObject::invokeMethod(m_writer,
                              [writer = m_writer, scopeJson, serverName, total, startedAt] {
                                  writer->begin(scopeJson, serverName, total, startedAt);
                              });
    const QString error = m_engine.start(scope, settings);
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, error] { writer->finish(QueryState::Failed, error); });
        return error;
    }
    m_running = true;
    return {};
}

void QueryRunner::cancel()
{
    m_engine.cancel();
}

void QueryRunner::onEngineFinished(ProbeEngine::Outcome outcome, const QString &error)
{
    m_outcome.outcome = outcome;
    if (m_outcome.error.isEmpty())
        m_outcome.error = error;
    const QueryState state = outcome == ProbeEngine::Outcome::Completed ? QueryState::Completed
        : outcome == ProbeEngine::Outcome::Cancelled                    ? QueryState::Cancelled
                                                                        : QueryState::Failed;
    const QString stored = m_outcome.error;
    QMetaObject::invokeMethod(m_writer,
                              [writer = m_writer, state, stored, retention = m_retention] {
                                  writer->finish(state, stored, retention);
                              });
}
