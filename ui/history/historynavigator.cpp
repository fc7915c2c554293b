#include "history/historynavigator.h"

#include "common/inbackground.h"
#include "history/changesview.h"
#include "history/historypage.h"
#include "querysession.h"
#include "store/querycomparison.h"
#include "store/querystore.h"

namespace {

struct Comparison
{
    QueryRecord current;
    std::optional<QueryRecord> previous;
    ResultChanges changes;
};
} // namespace

HistoryNavigator::HistoryNavigator(QuerySession *session, OpenDatabase openDatabase,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_openDatabase(std::move(openDatabase))
    , m_history(new HistoryPage)
    , m_changes(new ChangesView)
{
    connect(m_history, &HistoryPage::openRequested, session, &QuerySession::openQuery);
    connect(session, &QuerySession::queryOpened, this,
            [this](const QueryRecord &record) { emit queryOpened(record.id); });
    connect(m_history, &HistoryPage::changesRequested, this, &HistoryNavigator::showChanges);
}

void HistoryNavigator::refresh()
{
    using Found = Result<QVector<QueryRecord>>;
    inBackground<Found>(
        this,
        [open = m_openDatabase]() -> Found {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Found::failure(database.error());
            return QueryStore(database.value()).queries();
        },
        [this](const Found &found) {
            if (!found) {
                emit failed(tr("The query history cannot be read: %1").arg(found.error()));
                return;
            }
            m_history->setQueries(found.value());
            emit loaded(int(found->size()));
        });
}

void HistoryNavigator::showChanges(qint64 queryId)
{
    using Compared = Result<Comparison>;
    inBackground<Compared>(
        this,
        [open = m_openDatabase, queryId]() -> Compared {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Compared::failure(database.error());
            const QueryStore store(database.value());
            const auto current = store.query(queryId);
            if (!current)
                return Compared::failure(current.error());
            if (!current.value())
                return Compared::failure(tr("query %1 is no longer stored").arg(queryId));
            const auto previous = store.previousCompletedQuery(queryId);
            if (!previous)
                return Compared::failure(previous.error());
            Comparison comparison { *current.value(), previous.value(), {} };
            if (comparison.previous) {
                const auto changes
                    = QueryComparison(database.value()).compare(comparison.previous->id, queryId);
                if (!changes)
                    return Compared::failure(changes.error());
                comparison.changes = changes.value();
            }
            return comparison;
        },
        [this, queryId](const Compared &compared) {
            if (!compared) {
                emit failed(tr("The changes cannot be computed: %1").arg(compared.error()));
                return;
            }
            if (compared->previous)
                m_changes->setChanges(compared->changes, *compared->previous, compared->current);
            else
                m_changes->setNoPreviousQuery(compared->current);
            emit changesShown(queryId);
        });
}
