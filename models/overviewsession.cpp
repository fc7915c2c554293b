#include "overviewsession.h"

#include "querysession.h"
#include "store/containercounts.h"
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
    connect(&m_trends, &QAbstractItemModel::modelReset, this, &OverviewSession::countContainers);
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
            m_countingFailed = false;
            LatestTwo latest = latestCompleted(m_queries);
            m_coverage.setQueries(std::move(latest.latest), std::move(latest.previous));
            m_trends.setQueries(m_queries);
            emit refreshed();
        });
}

void OverviewSession::countContainers()
{
    const QVector<qint64> uncounted = m_trends.uncountedQueries();
    if (uncounted.isEmpty() || uncounted == m_counting || m_countingFailed)
        return;
    m_counting = uncounted;
    using Read = Result<QHash<qint64, TallyByContainer>>;
    m_counts.run<Read>(
        this,
        [open = m_open, uncounted] {
            return readStore<QHash<qint64, TallyByContainer>>(
                open, [&uncounted](const std::shared_ptr<Database> &database) {
                    return ContainerCountReader(database).read(uncounted);
                });
        },
        [this](const Read &read) {
            m_counting.clear();
            if (!read) {
                m_countingFailed = true;
                emit failed(tr("The trends cannot count the computers per AD container: %1")
                                .arg(read.error()));
                return;
            }
            m_trends.addContainerCounts(read.value());
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
