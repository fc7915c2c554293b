#include "healthsession.h"

#include "clienttreemodel.h"
#include "common/clock.h"
#include "health/healthstates.h"
#include "health/healthstore.h"
#include "results/resultstable.h"
#include "store/querystore.h"

#include <QAbstractItemModel>
#include <QThreadPool>

Endpoint ComputerBook::endpoint(int page) const
{
    return table->endpoint(rows.at(page));
}

int ComputerBook::pageOf(const QString &address) const
{
    for (int page = 0; page < size(); ++page)
        if (table->address(rows.at(page)) == address)
            return page;
    return -1;
}

ComputerBook ComputerBook::ofAddresses(const QSet<QString> &addresses,
                                       std::shared_ptr<const ResultsTable> table)
{
    ComputerBook book { std::move(table), {} };
    for (qsizetype row = 0; row < book.table->size(); ++row)
        if (addresses.contains(book.table->address(row).toString()))
            book.rows.append(row);
    return book;
}

ComputerBook ComputerBook::fromTree(const QModelIndex &node,
                                    std::shared_ptr<const ResultsTable> table)
{
    using Kind = ClientTreeModel::NodeKind;
    QSet<QString> addresses;
    QVector<QModelIndex> open { node };
    while (!open.isEmpty()) {
        const QModelIndex index = open.takeLast();
        if (index.data(ClientTreeModel::NodeKindRole).value<Kind>() == Kind::Computer) {
            addresses.insert(index.data(ClientTreeModel::AddressRole).toString());
            continue;
        }
        const QAbstractItemModel *model = index.model();
        for (int row = 0; row < model->rowCount(index); ++row)
            open.append(model->index(row, 0, index));
    }
    return ofAddresses(addresses, std::move(table));
}

namespace {

// Lets the last reference to `data` go on a pool thread: freeing 10,000 statuses (each a few
// dozen strings and lists) stalled the GUI thread for 100-200 ms (docs/performance.md).
void releaseInBackground(HealthData data)
{
    QThreadPool::globalInstance()->start([data]() mutable { data = HealthData(); });
}

// Snapshots evaluated a transaction at a time when the settings changed: short enough that a
// query storing its results meanwhile waits little for the store.
constexpr int evaluatedAtOnce = 2000;

// Evaluates again every stored state made under older settings (of query `queryId` only, when
// given), a batch at a time; says how many.
Result<int> reevaluate(const std::shared_ptr<Database> &database, std::optional<qint64> queryId)
{
    HealthStates states(database);
    int total = 0;
    for (;;) {
        const Result<int> evaluated = states.reevaluateStale(queryId, evaluatedAtOnce);
        if (!evaluated || *evaluated == 0)
            return evaluated ? Result<int>(total) : evaluated;
        total += *evaluated;
    }
}

// The newest query with health: its computers with their stored states (evaluated again first
// when the settings changed since), without their statuses: integers and names, no JSON.
Result<HealthData> readCurrent(const std::shared_ptr<Database> &database)
{
    using R = Result<HealthData>;
    HealthData data;
    const Result<HealthSettingsList> settings = HealthStore(database).loadSettings();
    if (!settings)
        return R::failure(settings.error());
    data.settings = *settings;
    HealthStates states(database);
    const Result<qint64> newest = states.newestQuery();
    if (!newest)
        return R::failure(newest.error());
    data.statusesRead = *newest == 0;
    if (*newest == 0)
        return data;
    const Result<int> evaluated = reevaluate(database, *newest);
    if (!evaluated)
        return R::failure(evaluated.error());
    const Result<QDateTime> at = states.evaluatedAt(*newest);
    if (!at)
        return R::failure(at.error());
    const Result<QVector<HealthRow>> rows = states.rowsOf(*newest);
    if (!rows)
        return R::failure(rows.error());
    data.queryId = *newest;
    data.queryAt = *at;
    data.current.reserve(rows->size());
    for (const HealthRow &row : *rows)
        data.current.insert(row.snapshot.address, row);
    return data;
}

// The statuses of query `queryId`, by address (the Computer Details pages show them).
Result<QHash<QString, AgentStatus>> readStatuses(const std::shared_ptr<Database> &database,
                                                 qint64 queryId)
{
    const Result<QVector<HealthSnapshot>> snapshots = HealthStore(database).snapshots(queryId);
    if (!snapshots)
        return Result<QHash<QString, AgentStatus>>::failure(snapshots.error());
    QHash<QString, AgentStatus> statuses;
    statuses.reserve(snapshots->size());
    for (const HealthSnapshot &snapshot : *snapshots)
        if (snapshot.status)
            statuses.insert(snapshot.address, *snapshot.status);
    return statuses;
}

} // namespace

HealthSession::HealthSession(OpenStore openStore, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
    , m_credentials(std::move(credentials))
    , m_quarantine(new ComputerQuarantineSession(m_openStore, this))
{ }

HealthSession::~HealthSession() = default;

void HealthSession::load()
{
    m_quarantine->load();
    m_loading = true;
    using Read = Result<HealthData>;
    // The newest query's states first, so the pages show their numbers at once; its statuses
    // follow, then the past queries' states are brought to the settings in force.
    m_read.run<Read>(
        this, [open = m_openStore] { return readStore<HealthData>(open, &readCurrent); },
        [this](const Read &read) {
            m_loading = false;
            if (!read) {
                emit loadFailed(read.error());
                return;
            }
            releaseInBackground(std::exchange(m_data, read.value()));
            m_loaded = true;
            emit loaded();
            if (!m_data.statusesRead)
                loadStatuses();
            else
                reevaluatePast();
        });
}

void HealthSession::loadStatuses()
{
    using Read = Result<QHash<QString, AgentStatus>>;
    m_statusRead.run<Read>(
        this,
        [open = m_openStore, queryId = m_data.queryId] {
            return readStore<QHash<QString, AgentStatus>>(
                open, [queryId](const auto &database) { return readStatuses(database, queryId); });
        },
        [this, queryId = m_data.queryId](const Read &read) {
            if (!read) {
                emit loadFailed(read.error());
                return;
            }
            if (queryId != m_data.queryId)
                return; // a newer query came meanwhile: its own read follows
            for (auto row = m_data.current.begin(); row != m_data.current.end(); ++row) {
                // What refresh() showed since stays.
                if (row->snapshot.status)
                    continue;
                const auto status = read->constFind(row.key());
                if (status != read->constEnd())
                    row->snapshot.status = *status;
            }
            m_data.statusesRead = true;
            emit loaded();
            reevaluatePast();
        });
}

void HealthSession::reevaluatePast()
{
    using Evaluated = Result<int>;
    m_reevaluation.run<Evaluated>(
        this,
        [open = m_openStore] {
            return readStore<int>(
                open, [](const auto &database) { return reevaluate(database, std::nullopt); });
        },
        [this](const Evaluated &evaluated) {
            if (!evaluated)
                emit loadFailed(evaluated.error());
            else if (*evaluated > 0)
                emit loaded(); // the history changed: the pages count it again
        });
}

void HealthSession::summarize(QVector<QString> addresses, QObject *context,
                              std::function<void(const HealthSummary &)> done)
{
    // The group's numbers from the newest query in memory first, then again with the history,
    // which the store counts. Each worker reads its own copy: the containers are shared, not
    // copied, until written.
    const int generation = ++m_summaryGeneration;
    m_summaries.run<HealthSummary>(
        context,
        [data = m_data, addresses]() mutable {
            // The copy goes here, on the worker: were it the last one (the session read the
            // store again meanwhile), freeing it on the GUI thread would stall it.
            const HealthData mine = std::exchange(data, HealthData());
            return HealthSummary::of(mine, addresses);
        },
        [this, context, done, addresses, generation](const HealthSummary &summary) {
            done(summary);
            m_historyCounts.run<HealthSummary>(
                context,
                [summary, addresses, open = m_openStore] {
                    HealthSummary withHistory = summary;
                    const auto history = readStore<QVector<HealthHistoryPoint>>(
                        open, [&addresses](const auto &database) {
                            return HealthStates(database).history(historyQueries, addresses);
                        });
                    if (history)
                        withHistory.history = *history;
                    else
                        withHistory.historyError = history.error();
                    withHistory.historyRead = true;
                    return withHistory;
                },
                // Not after the numbers of a newer summary.
                [this, done, generation](const HealthSummary &withHistory) {
                    if (generation == m_summaryGeneration)
                        done(withHistory);
                });
        });
}

void HealthSession::historyOf(const QString &address, QObject *context,
                              std::function<void(const HistoryRead &)> done)
{
    m_computerHistory.run<HistoryRead>(
        context,
        [open = m_openStore, address] {
            return readStore<QVector<HealthHistoryEntry>>(open, [&address](const auto &database) {
                return HealthStates(database).historyOf(address, historyQueries);
            });
        },
        std::move(done));
}

const HealthRow *HealthSession::healthOf(const QString &address) const
{
    const auto found = m_data.current.constFind(address);
    return found == m_data.current.constEnd() ? nullptr : &*found;
}

Endpoint HealthSession::endpointOf(const HealthSnapshot &snapshot)
{
    Endpoint endpoint;
    endpoint.address = snapshot.address;
    endpoint.name = snapshot.name;
    endpoint.adPath = snapshot.adPath;
    endpoint.agentPort = snapshot.agentPort;
    // A snapshot exists only for an agent the probe verified as this server's.
    endpoint.status = SecurityStatus::ManagedByThisServer;
    return endpoint;
}

void HealthSession::refresh(const QVector<Endpoint> &endpoints)
{
    // The same bounds as a query's gathering (docs/health.md, "Gathering").
    // Read here, on the GUI thread where the identity lives; the gatherer's worker gets a copy.
    const Result<AgentTls::Credentials> credentials = m_credentials();
    auto *gatherer = new HealthGatherer([credentials] { return credentials; },
                                        HealthGatherer::Options {}, this);
    auto gathered = std::make_shared<QVector<HealthSnapshot>>();
    connect(gatherer, &HealthGatherer::snapshotsGathered, this,
            [gathered](const QVector<HealthSnapshot> &batch) { *gathered += batch; });
    connect(gatherer, &HealthGatherer::finished, this, [this, gatherer, gathered] {
        gatherer->deleteLater();
        applyRefreshed(*gathered);
    });
    gatherer->add(endpoints);
    gatherer->finishAdding();
}

void HealthSession::applyRefreshed(const QVector<HealthSnapshot> &snapshots)
{
    const HealthEvaluation evaluation(m_data.settings);
    const QDateTime now = Clock::instance().now();
    QStringList addresses;
    for (const HealthSnapshot &snapshot : snapshots) {
        // Only a report replaces what is shown: an agent that did not answer now keeps what the
        // query stored.
        if (snapshot.outcome != HealthSnapshot::Outcome::Reported)
            continue;
        const HealthVerdict verdict = evaluation.evaluate(snapshot.target(), snapshot.status, now);
        m_data.current.insert(snapshot.address, { snapshot, verdict });
        addresses << snapshot.address;
    }
    emit refreshed(addresses);
}
