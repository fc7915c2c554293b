#include "querysession.h"

#include "common/clock.h"
#include "common/logging.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QElapsedTimer>
#include <QThread>

QuerySession::QuerySession(QString databasePath, QString serverName, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_serverName(std::move(serverName))
    , m_runner(StoreLocation::sqlite(databasePath))
    , m_startedAt(Clock::instance().now())
{
    m_clientTree.setServerName(m_serverName);
    connect(&m_runner, &QueryRunner::started, this, [this](quint64 total) {
        m_results.reserve(qsizetype(std::min<quint64>(total, 1u << 24)));
        emit queryStarted(total);
    });
    connect(&m_runner, &QueryRunner::progressed, this, &QuerySession::progressed);
    connect(&m_runner, &QueryRunner::endpointsClassified, this, &QuerySession::onBatch);
    connect(&m_runner, &QueryRunner::finished, this, &QuerySession::onFinished);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &QuerySession::drainIncoming);
}

QuerySession::~QuerySession()
{
    if (m_loader)
        m_loader->wait();
}

void QuerySession::setServerName(const QString &name)
{
    m_serverName = name;
    m_clientTree.setServerName(name);
}

QString QuerySession::startQuery(const Scope &scope, WhenRunning whenRunning)
{
    const QString invalid = scope.validateForQuery();
    if (!invalid.isEmpty())
        return invalid;
    if (!isRunning()) {
        beginQuery(scope);
        return {};
    }
    if (whenRunning == WhenRunning::Queue) {
        m_queue.append(scope);
    } else {
        // The manual: another query terminates the current session and restarts the process.
        m_queue.prepend(scope);
        m_runner.cancel();
    }
    emit queueChanged(queuedCount());
    return {};
}

void QuerySession::beginQuery(const Scope &scope)
{
    m_results.clear();
    m_clientTree.clear();
    ProbeSettings settings;
    settings.thisServerName = m_serverName;
    settings.connectRetries = Settings::connectRetries();
    settings.maxConnections = Settings::maxConnections();
    m_runner.setRetention({ Settings::keepQueries(), Settings::keepDays() });
    const QString error = m_runner.start(scope, settings);
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void QuerySession::cancel()
{
    if (!m_queue.isEmpty()) {
        m_queue.clear();
        emit queueChanged(0);
    }
    m_runner.cancel();
}

void QuerySession::onBatch(const QVector<Endpoint> &batch)
{
    m_incoming.push_back(batch);
    if (!m_drain.isActive())
        m_drain.start();
}

void QuerySession::drainIncoming()
{
    // Rows enter the models in slices until a few milliseconds of this turn are spent: the
    // cost of a slice grows with the rows already shown (the views and the sorted proxy), so a
    // time budget, not a row count, keeps each turn of the GUI thread short.
    constexpr qsizetype slice = 128;
    constexpr qint64 budgetNs = 6'000'000;
    QElapsedTimer spent;
    spent.start();
    while (!m_incoming.empty() && spent.nsecsElapsed() < budgetNs) {
        QVector<Endpoint> part;
        while (!m_incoming.empty() && part.size() < slice) {
            const QVector<Endpoint> &batch = m_incoming.front();
            const qsizetype count = std::min(slice - part.size(), batch.size() - m_incomingDone);
            part += batch.mid(m_incomingDone, count);
            m_incomingDone += count;
            if (m_incomingDone == batch.size()) {
                m_incoming.pop_front();
                m_incomingDone = 0;
            }
        }
        m_results.appendEndpoints(part);
        m_clientTree.addEndpoints(part);
    }
    if (!m_incoming.empty())
        return;
    m_drain.stop();
    if (m_finishedOutcome)
        completeQuery(*std::exchange(m_finishedOutcome, std::nullopt));
}

void QuerySession::onFinished(const QueryOutcome &outcome)
{
    if (!m_incoming.empty()) {
        m_finishedOutcome = outcome;
        return;
    }
    completeQuery(outcome);
}

void QuerySession::completeQuery(const QueryOutcome &outcome)
{
    emit queryFinished(outcome);
    if (outcome.outcome == ProbeEngine::Outcome::Failed && !outcome.error.isEmpty())
        emit errorOccurred(outcome.error);
    // The record (times, state) comes from the store, which the runner has just written.
    loadLastQuery();
    if (!m_queue.isEmpty()) {
        const Scope next = m_queue.takeFirst();
        emit queueChanged(queuedCount());
        beginQuery(next);
    }
}

void QuerySession::loadLastQuery()
{
    if (m_loader)
        return;
    const bool withEndpoints = m_results.rowCount() == 0 && !isRunning();
    m_loader
        = QThread::create([this, path = m_databasePath, withEndpoints, startedAt = m_startedAt] {
              QString error;
              std::optional<QueryRecord> record;
              QVector<Endpoint> endpoints;
              Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
              if (database) {
                  QueryStore store(database.value());
                  const QString interrupted = store.markInterruptedQueries(startedAt);
                  const auto latest = store.latestQuery();
                  if (!latest) {
                      error = latest.error();
                  } else if (latest.value()) {
                      record = latest.value();
                      if (withEndpoints) {
                          auto stored = store.endpoints(record->id);
                          if (stored)
                              endpoints = std::move(stored).value();
                          else
                              error = stored.error();
                      }
                  }
                  if (error.isEmpty())
                      error = interrupted;
              } else {
                  error = database.error();
              }
              QMetaObject::invokeMethod(
                  this, [this, record, endpoints, error] { onLoaded(record, endpoints, error); });
          });
    m_loader->setObjectName(QStringLiteral("store-loader"));
    connect(m_loader, &QThread::finished, m_loader, &QObject::deleteLater);
    m_loader->start();
}

void QuerySession::onLoaded(std::optional<QueryRecord> record, QVector<Endpoint> endpoints,
                            const QString &error)
{
    m_loader = nullptr;
    if (!error.isEmpty()) {
        Logging::get("store")->error("loading the last query failed: {}", error);
        emit errorOccurred(tr("The stored results cannot be read: %1").arg(error));
    }
    m_lastQuery = record;
    if (!endpoints.isEmpty() && m_results.rowCount() == 0 && !isRunning()) {
        m_results.setEndpoints(endpoints);
        m_clientTree.clear();
        m_clientTree.addEndpoints(endpoints);
    }
    emit lastQueryChanged();
}

void QuerySession::openQuery(qint64 queryId)
{
    if (isRunning()) {
        emit errorOccurred(tr("A query is running: open a past query once it has ended."));
        return;
    }
    using Loaded = std::pair<std::optional<QueryRecord>, QVector<Endpoint>>;
    auto loaded = std::make_shared<Result<Loaded>>(Result<Loaded>::failure(QString()));
    QThread *worker = QThread::create([loaded, path = m_databasePath, queryId] {
        const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
        if (!database) {
            *loaded = Result<Loaded>::failure(database.error());
            return;
        }
        QueryStore store(database.value());
        auto record = store.query(queryId);
        auto endpoints = store.endpoints(queryId);
        if (!record || !endpoints)
            *loaded = Result<Loaded>::failure(!record ? record.error() : endpoints.error());
        else
            *loaded = Loaded { record.value(), std::move(endpoints).value() };
    });
    worker->setObjectName(QStringLiteral("store-opener"));
    connect(worker, &QThread::finished, this, [this, worker, loaded, queryId] {
        worker->deleteLater();
        if (!*loaded || !loaded->value().first) {
            emit errorOccurred(tr("Query %1 cannot be opened: %2")
                                   .arg(queryId)
                                   .arg(*loaded ? tr("it is no longer stored") : loaded->error()));
            return;
        }
        if (isRunning())
            return; // a query started meanwhile: its results win
        const QVector<Endpoint> &endpoints = loaded->value().second;
        m_results.setEndpoints(endpoints);
        m_clientTree.clear();
        m_clientTree.addEndpoints(endpoints);
        emit queryOpened(*loaded->value().first);
    });
    worker->start();
}
