#include "healthsession.h"

#include "clienttreemodel.h"
#include "common/clock.h"
#include "health/healthstore.h"
#include "results/resultstable.h"
#include "store/querystore.h"

#include <QAbstractItemModel>

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

// The newest query with health, and with `history` the overall states of the queries before
// it (the history is most of the time: each stored status is parsed to be evaluated).
Result<HealthData> readHealth(const std::shared_ptr<Database> &database, bool history)
{
    using R = Result<HealthData>;
    const HealthStore store(database);
    HealthData data;
    const Result<HealthSettingsList> settings = store.loadSettings();
    if (!settings)
        return R::failure(settings.error());
    data.settings = *settings;
    const Result<QVector<QueryRecord>> queries = QueryStore(database).queries();
    if (!queries)
        return R::failure(queries.error());
    const HealthEvaluation evaluation(data.settings);
    // Newest first: the first query with snapshots is the current one.
    for (const QueryRecord &query : *queries) {
        if (data.history.size() >= HealthSession::historyQueries)
            break;
        const Result<QVector<HealthSnapshot>> snapshots = store.snapshots(query.id);
        if (!snapshots)
            return R::failure(snapshots.error());
        if (snapshots->isEmpty())
            continue;
        HealthQueryStates states { query.id, query.startedAt, {} };
        states.overallByAddress.reserve(snapshots->size());
        const bool newest = data.queryId == 0;
        if (newest) {
            data.queryId = query.id;
            data.queryAt = query.startedAt;
            data.current.reserve(snapshots->size());
        }
        for (const HealthSnapshot &snapshot : *snapshots) {
            // Ages as they were when the query ran.
            const HealthVerdict verdict
                = evaluation.evaluate(snapshot.target(), snapshot.status, query.startedAt);
            states.overallByAddress.insert(snapshot.address, verdict.overall);
            if (newest)
                data.current.insert(snapshot.address, { snapshot, verdict });
        }
        data.history.prepend(std::move(states));
        if (!history)
            break;
    }
    return data;
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
    // The newest query first, so the pages show it at once; the history follows.
    m_read.run<Read>(
        this,
        [open = m_openStore] {
            return readStore<HealthData>(
                open, [](const auto &database) { return readHealth(database, false); });
        },
        [this](const Read &read) {
            m_loading = false;
            if (!read) {
                emit loadFailed(read.error());
                return;
            }
            m_data = read.value();
            m_loaded = true;
            emit loaded();
            loadHistory();
        });
}

void HealthSession::loadHistory()
{
    using Read = Result<HealthData>;
    m_historyRead.run<Read>(
        this,
        [open = m_openStore] {
            return readStore<HealthData>(
                open, [](const auto &database) { return readHealth(database, true); });
        },
        [this](const Read &read) {
            if (!read) {
                emit loadFailed(read.error());
                return;
            }
            if (read->queryId != m_data.queryId)
                m_data = read.value(); // a newer query came meanwhile
            else
                m_data.history = read->history; // what refresh() showed since stays
            emit loaded();
        });
}

void HealthSession::summarize(QVector<QString> addresses, QObject *context,
                              std::function<void(const HealthSummary &)> done)
{
    // The worker reads its own copy: the containers are shared, not copied, until written.
    m_summaries.run<HealthSummary>(
        context,
        [data = m_data, addresses = std::move(addresses)] {
            return HealthSummary::of(data, addresses);
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
