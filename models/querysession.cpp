#include "querysession.h"

#include "common/clock.h"
#include "common/logging.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/querystore.h"
#include "store/resultsreader.h"
#include "store/storefailure.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

QuerySession::QuerySession(const QString &databasePath, QString serverName, QObject *parent)
    : QuerySession(StoreConnection { StoreLocation::sqlite(databasePath), {} },
                   std::move(serverName), parent)
{ }

QuerySession::QuerySession(StoreConnection store, QString serverName, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_serverName(std::move(serverName))
    , m_runner(m_store.location, m_store.password)
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
    m_treeFeed.setInterval(0);
    connect(&m_treeFeed, &QTimer::timeout, this, &QuerySession::feedClientTree);
}

QuerySession::~QuerySession() = default;

void QuerySession::setServerName(const QString &name)
{
    m_serverName = name;
    m_clientTree.setServerName(name);
}

void QuerySession::startQuery(const QueryScope &scope, WhenRunning whenRunning)
{
    if (!isRunning()) {
        beginQuery(scope);
        return;
    }
    if (whenRunning == WhenRunning::Queue) {
        m_queue.append(scope);
    } else {
        // The manual: another query terminates the current session and restarts the process.
        m_queue.prepend(scope);
        m_runner.cancel();
    }
    emit queueChanged(queuedCount());
}

void QuerySession::beginQuery(const QueryScope &scope)
{
    ++m_loadGeneration; // chunks of a stored query still arriving are not this query's
    m_treeFeed.stop();
    m_storedRows = -1;
    m_results.clear();
    m_clientTree.clear();
    ProbeSettings settings;
    settings.thisServerName = m_serverName;
    if (m_serverCa)
        settings.thisServerCas = QList<QSslCertificate> { *m_serverCa };
    settings.connectRetries = Settings::connectRetries();
    settings.maxConnections = Settings::maxConnections();
    settings.threads = Settings::probeThreads();
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
    }
    // The tree lists the model's new rows by number and reads them from a snapshot, taken once
    // per turn rather than per slice: while the tree holds a snapshot, the model's next append
    // copies the last segment they share.
    const std::shared_ptr<const ResultsTable> table = m_results.snapshot();
    m_clientTree.addRows(table, table->size());
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
        const QueryScope next = m_queue.takeFirst();
        emit queueChanged(queuedCount());
        beginQuery(next);
    }
}

void QuerySession::loadLastQuery()
{
    if (m_loading)
        return;
    m_loading = true;
    const bool withEndpoints = m_results.rowCount() == 0 && !isRunning() && !m_opening;
    const quint64 generation = withEndpoints ? ++m_loadGeneration : 0;
    // The worker posts the rows it reads to this session as they come (readStoredRows); the
    // session outlives it, as m_workers waits for it.
    m_workers.run<StoredQuery>(
        this,
        [this, store = m_store, generation, startedAt = m_startedAt] {
            StoredQuery loaded;
            Result<std::shared_ptr<Database>> database = store.open();
            if (!database) {
                loaded.error = database.error();
                return loaded;
            }
            QueryStore queries(database.value());
            const Result<Done> interrupted = queries.markInterruptedQueries(startedAt);
            const auto latest = queries.latestQuery();
            if (!latest) {
                loaded.error = latest.error();
            } else if (latest.value()) {
                loaded.record = latest.value();
                if (generation != 0) {
                    const Result<qint64> read
                        = readStoredRows(database.value(), loaded.record->id, generation);
                    if (read)
                        loaded.rows = read.value();
                    else
                        loaded.error = read.error();
                }
            }
            if (loaded.error.isEmpty())
                loaded.error = interrupted.error();
            return loaded;
        },
        [this, generation](const StoredQuery &loaded) {
            onLoaded(loaded.record, loaded.error);
            if (loaded.rows >= 0)
                storedRowsRead(generation, loaded.rows);
        });
}

Result<qint64> QuerySession::readStoredRows(const std::shared_ptr<Database> &database,
                                            qint64 queryId, quint64 generation)
{
    // Moved along, never copied: the results model appends to the first chunk in place only
    // while it is its sole owner.
    const auto post = [this, generation](std::shared_ptr<ResultsTable> chunk, bool first) {
        QMetaObject::invokeMethod(this,
                                  [this, generation, chunk = std::move(chunk), first]() mutable {
                                      receiveChunk(generation, std::move(chunk), first);
                                  });
    };
    bool first = true;
    const auto postInOrder = [&post, &first](std::shared_ptr<ResultsTable> chunk) {
        post(std::move(chunk), first);
        first = false;
    };
    return ResultsReader(database).read(queryId, ResultsReader::defaultChunkRows, postInOrder);
}

void QuerySession::receiveChunk(quint64 generation, std::shared_ptr<ResultsTable> chunk, bool first)
{
    if (generation != m_loadGeneration || isRunning())
        return; // a newer load, or a query started meanwhile: its rows win
    if (first) {
        m_results.setTable(std::move(chunk));
        m_clientTree.clear();
        m_storedRows = -1;
    } else {
        m_results.appendTable(std::move(chunk));
    }
}

void QuerySession::storedRowsRead(quint64 generation, qint64 rows)
{
    if (generation != m_loadGeneration || isRunning())
        return;
    m_storedRows = rows;
    if (!m_treeFeed.isActive())
        m_treeFeed.start();
}

void QuerySession::feedClientTree()
{
    // The client tree keeps row numbers and reads the rows from the snapshot it is given: a
    // slice costs a group lookup per row, about 4 ms for 20,000 rows (grouped by AD path each
    // DN is parsed: about 3 ms for 2,000 rows), and the slices go on until a few milliseconds
    // of this turn are spent.
    const qsizetype slice
        = m_clientTree.grouping() == ClientTreeModel::Grouping::ByAdPath ? 2000 : 20000;
    constexpr qint64 budgetNs = 6'000'000;
    // The results page first: the tree's million rows would take the CPU the reader and the
    // results model need on a two-core machine, so it starts once every row is in the model.
    if (m_storedRows < 0 || m_results.rowCount() < m_storedRows) {
        m_treeFeed.setInterval(10); // the model takes a chunk per turn: look again soon
        return;
    }
    m_treeFeed.setInterval(0);
    QElapsedTimer spent;
    spent.start();
    const std::shared_ptr<const ResultsTable> table = m_results.snapshot();
    while (m_clientTree.rowsShown() < table->size() && spent.nsecsElapsed() < budgetNs)
        m_clientTree.addRows(table, std::min(table->size(), m_clientTree.rowsShown() + slice));
    if (m_clientTree.rowsShown() < m_storedRows)
        return; // more rows to come
    m_treeFeed.stop();
    emit storedRowsLoaded(std::exchange(m_storedRows, -1));
}

void QuerySession::onLoaded(std::optional<QueryRecord> record, const QString &error)
{
    m_loading = false;
    if (!error.isEmpty()) {
        Logging::get("store")->error("loading the last query failed: {}", error);
        emit errorOccurred(tr("The stored results cannot be read: %1")
                               .arg(StoreFailure::explain(m_store.location, error)));
    }
    m_lastQuery = record;
    emit lastQueryChanged();
}

void QuerySession::openQuery(qint64 queryId)
{
    if (isRunning()) {
        emit errorOccurred(tr("A query is running: open a past query once it has ended."));
        return;
    }
    if (m_opening) {
        emit errorOccurred(tr("A past query is still opening: wait until it is shown."));
        return;
    }
    m_opening = true;
    const quint64 generation = ++m_loadGeneration;
    using Opened = std::pair<Result<std::optional<QueryRecord>>, qint64>; // the record, its rows
    m_workers.run<Opened>(
        this,
        [this, store = m_store, queryId, generation]() -> Opened {
            const Result<std::shared_ptr<Database>> database = store.open();
            if (!database)
                return { Result<std::optional<QueryRecord>>::failure(database.error()), -1 };
            Result<std::optional<QueryRecord>> record = QueryStore(database.value()).query(queryId);
            if (!record || !record.value())
                return { record, -1 };
            const Result<qint64> read = readStoredRows(database.value(), queryId, generation);
            if (!read)
                return { Result<std::optional<QueryRecord>>::failure(read.error()), -1 };
            return { record, read.value() };
        },
        [this, queryId, generation](const Opened &opened) {
            m_opening = false;
            const auto &[record, rows] = opened;
            if (!record || !record.value()) {
                emit errorOccurred(
                    tr("Query %1 cannot be opened: %2")
                        .arg(queryId)
                        .arg(record ? tr("it is no longer stored")
                                    : StoreFailure::explain(m_store.location, record.error())));
                return;
            }
            if (generation != m_loadGeneration || isRunning())
                return; // a query started meanwhile: its results win
            storedRowsRead(generation, rows);
            emit queryOpened(*record.value());
        });
}
