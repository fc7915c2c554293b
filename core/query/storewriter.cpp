#include "query/storewriter.h"

#include "common/clock.h"
#include "common/logging.h"
#include "health/healthstore.h"
#include "quarantine/detectionstore.h"
#include "quarantine/quarantineroster.h"
#include "store/database.h"

StoreWriter::StoreWriter(StoreLocation location, QString password, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_password(std::move(password))
{ }

StoreWriter::~StoreWriter() = default;

void StoreWriter::begin(const QByteArray &scopeJson, const QString &serverName,
                        quint64 totalAddresses, const QDateTime &startedAt)
{
    m_failed = false;
    m_queryId = -1;
    const Result<Done> opened = open();
    if (!opened) {
        fail(opened.error());
        return;
    }
    const Result<qint64> id = m_store->beginQuery(scopeJson, serverName, totalAddresses, startedAt);
    if (!id) {
        fail(id.error());
        return;
    }
    m_queryId = id.value();
    emit begun(m_queryId);
}

Result<Done> StoreWriter::open()
{
    if (m_database)
        return Done {};
    Result<std::shared_ptr<Database>> opened = Database::open(m_location, m_password);
    if (!opened)
        return Result<Done>::failure(opened.error());
    m_database = std::move(opened).value();
    m_store = std::make_unique<QueryStore>(m_database);
    return Done {};
}

QSet<QHostAddress> StoreWriter::quarantinedAddresses()
{
    const Result<Done> opened = open();
    const Result<QVector<QuarantineEntry>> entries = opened
        ? QuarantineRoster(m_database).read()
        : Result<QVector<QuarantineEntry>>::failure(opened.error());
    QSet<QHostAddress> addresses;
    if (!entries) {
        Logging::get("store")->warn("the quarantined computers are not known: {}", entries.error());
        return addresses;
    }
    for (const QString &address : QuarantineRoster::quarantinedAddresses(*entries))
        addresses.insert(QHostAddress(address));
    return addresses;
}

Result<QVector<std::optional<LastAssessment::Found>>>
StoreWriter::lastAssessments(const QVector<LastAssessment::Wanted> &wanted)
{
    const Result<Done> opened = open();
    if (!opened)
        return Result<QVector<std::optional<LastAssessment::Found>>>::failure(opened.error());
    return LastAssessment(m_database).find(wanted);
}

void StoreWriter::append(const QVector<Endpoint> &batch)
{
    if (m_failed || m_queryId < 0)
        return;
    const Result<Done> appended = m_store->appendEndpoints(m_queryId, batch);
    if (!appended)
        fail(appended.error());
}

void StoreWriter::appendHealth(const QVector<HealthSnapshot> &snapshots)
{
    if (m_failed || m_queryId < 0)
        return;
    const Result<Done> appended = HealthStore(m_database).append(m_queryId, snapshots);
    if (!appended) {
        fail(appended.error());
        return;
    }
    // The detections the agents reported from their client logs (issue 14), each once.
    const Result<int> detections
        = DetectionStore(m_database).append(snapshots, Clock::instance().now());
    if (!detections)
        fail(detections.error());
    else if (*detections > 0)
        Logging::get("store")->info("query {}: {} new detection(s) stored", m_queryId, *detections);
}

void StoreWriter::finish(QueryState state, const QString &error, const RetentionPolicy &retention)
{
    if (!m_failed && m_queryId >= 0) {
        const Result<Done> finished
            = m_store->finishQuery(m_queryId, state, Clock::instance().now(), error);
        if (!finished)
            fail(finished.error());
        else if (!retention.isUnlimited())
            prune(retention);
    }
    emit finished(m_failed ? -1 : m_queryId);
}

void StoreWriter::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    Logging::get("store")->error("storing the query failed: {}", error);
    emit failed(error);
}

void StoreWriter::prune(const RetentionPolicy &retention)
{
    const Result<int> pruned = QueryRetention(m_database).prune(retention, Clock::instance().now());
    if (!pruned)
        Logging::get("store")->warn("old queries were not pruned: {}", pruned.error());
    else if (pruned.value() > 0)
        Logging::get("store")->info("pruned {} old queries (keep {} queries, {} days)",
                                    pruned.value(), retention.keepQueries, retention.keepDays);
}
