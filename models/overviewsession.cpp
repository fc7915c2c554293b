#include "overviewsession.h"

#include "querysession.h"
#include "store/querystore.h"

OverviewSession::OverviewSession(QuerySession *queries, OpenStore open, QObject *parent)
    : QObject(parent)
    , m_session(queries)
    , m_open(std::move(open))
    , m_subnets(queries->results())
{
    connect(queries, &QuerySession::queryFinished, this, [this] {
        emit queryEnded();
        refresh();
    });
    connect(queries, &QuerySession::queryStarted, this,
            [this](quint64 total) { emit queryProgressed(0, total); });
    connect(queries, &QuerySession::progressed, this, &OverviewSession::queryProgressed);
    connect(queries, &QuerySession::lastQueryChanged, this, &OverviewSession::refresh);
    connect(queries, &QuerySession::queryOpened, this,
            [this](const QueryRecord &record) { emit queryOpened(record.id); });
}

OverviewSession::~OverviewSession() = default;

void OverviewSession::refresh()
{
    using Read = Result<QVector<QueryRecord>>;
    m_reads.run<Read>(
        this,
        [open = m_open] {
            return readStore<QVector<QueryRecord>>(open,
                                                   [](const std::shared_ptr<Database> &database) {
                                                       return QueryStore(database).queries();
                                                   });
        },
        [this](const Read &read) {
            if (!read) {
                emit failed(
                    tr("The overview cannot read the stored queries: %1").arg(read.error()));
                return;
            }
            m_queries = read.value();
            LatestTwo latest = latestCompleted(m_queries);
            m_coverage.setQueries(std::move(latest.latest), std::move(latest.previous));
            m_trends.setQueries(m_queries);
            emit refreshed();
        });
}

void OverviewSession::openQuery(qint64 queryId)
{
    m_session->openQuery(queryId);
}

OverviewSession::LatestTwo OverviewSession::latestCompleted(const QVector<QueryRecord> &queries)
{
    LatestTwo found;
    for (const QueryRecord &record : queries) {
        if (record.state != QueryState::Completed)
            continue;
        if (!found.latest) {
            found.latest = record;
        } else {
            found.previous = record;
            break;
        }
    }
    return found;
}
