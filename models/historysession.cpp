#include "historysession.h"

#include "querysession.h"
#include "store/querycomparison.h"
#include "store/querystore.h"
#include "storeread.h"

HistorySession::HistorySession(QuerySession *queries, OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_queries(queries)
    , m_openDatabase(std::move(openDatabase))
{
    connect(queries, &QuerySession::queryOpened, this,
            [this](const QueryRecord &record) { emit queryOpened(record.id); });
}

HistorySession::~HistorySession() = default;

void HistorySession::listQueries()
{
    using Found = Result<QVector<QueryRecord>>;
    m_workers.run<Found>(
        this,
        [open = m_openDatabase] {
            return readStore<QVector<QueryRecord>>(
                open, [](const auto &database) { return QueryStore(database).queries(); });
        },
        [this](const Found &found) {
            if (!found) {
                emit failed(tr("The query history cannot be read: %1").arg(found.error()));
                return;
            }
            emit queriesListed(found.value());
        });
}

namespace {
// What changed in query `queryId` since the completed query before it.
Result<HistoryChanges> compare(const std::shared_ptr<Database> &database, qint64 queryId)
{
    using Compared = Result<HistoryChanges>;
    const QueryStore store(database);
    const auto current = store.query(queryId);
    if (!current)
        return Compared::failure(current.error());
    if (!current.value())
        return Compared::failure(HistorySession::tr("query %1 is no longer stored").arg(queryId));
    const auto previous = store.previousCompletedQuery(queryId);
    if (!previous)
        return Compared::failure(previous.error());
    HistoryChanges compared { *current.value(), previous.value(), {} };
    if (compared.previous) {
        const auto changes = QueryComparison(database).compare(compared.previous->id, queryId);
        if (!changes)
            return Compared::failure(changes.error());
        compared.changes = changes.value();
    }
    return compared;
}
} // namespace

void HistorySession::compareWithPrevious(qint64 queryId)
{
    using Compared = Result<HistoryChanges>;
    m_workers.run<Compared>(
        this,
        [open = m_openDatabase, queryId] {
            return readStore<HistoryChanges>(
                open, [queryId](const auto &database) { return compare(database, queryId); });
        },
        [this](const Compared &compared) {
            if (!compared) {
                emit failed(tr("The changes cannot be computed: %1").arg(compared.error()));
                return;
            }
            emit changesCompared(compared.value());
        });
}

void HistorySession::openQuery(qint64 queryId)
{
    m_queries->openQuery(queryId);
}
