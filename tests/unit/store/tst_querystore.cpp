#include "common/clock.h"
#include "postgresbackends.h"
#include "store/database.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

// One endpoint of every status, gate result and port outcome, with names a spreadsheet or a
// careless encoder would mangle.
QVector<Endpoint> sampleEndpoints()
{
    QVector<Endpoint> endpoints;
    Endpoint managed;
    managed.address = QStringLiteral("127.0.0.10");
    managed.name = QStringLiteral("経理部-PC01");
    managed.status = SecurityStatus::ManagedByThisServer;
    managed.gate = GateResult::Connected;
    managed.agentPort = 21112;
    managed.server = QStringLiteral("osmgmt-東京");
    managed.agentVersion = QStringLiteral("1.2.3");
    managed.domain = QStringLiteral("営業");
    managed.ports = { { 21112, PortOutcome::Agent, QString() } };
    endpoints << managed;

    Endpoint other = managed;
    other.address = QStringLiteral("::1");
    other.name = QStringLiteral("Müller's \"PC\", upstairs");
    other.status = SecurityStatus::ManagedByAnotherServer;
    other.server = QStringLiteral("other-server");
    other.agentPort = 65535;
    other.ports = { { 4343, PortOutcome::Refused, QStringLiteral("connection refused") },
                    { 65535, PortOutcome::Agent, QString() } };
    endpoints << other;

    Endpoint noClient;
    noClient.address = QStringLiteral("127.0.0.11");
    noClient.status = SecurityStatus::NoClientInstalled;
    noClient.gate = GateResult::Refused;
    noClient.detail = QStringLiteral("port 4343 answered garbage\nsecond line");
    noClient.ports = { { 4343, PortOutcome::Garbage, QStringLiteral("not the agent protocol") },
                       { 4344, PortOutcome::Closed, QStringLiteral("closed") },
                       { 4345, PortOutcome::Stalled, QStringLiteral("no handshake in 3 s") } };
    endpoints << noClient;

    Endpoint unreachable;
    unreachable.address = QStringLiteral("127.0.0.12");
    unreachable.status = SecurityStatus::Unreachable;
    unreachable.gate = GateResult::Timeout;
    unreachable.ports = { { 0, PortOutcome::NoRoute, QStringLiteral("no route") },
                          { 80, PortOutcome::Timeout, QString() } };
    endpoints << unreachable;

    Endpoint unresolved;
    unresolved.name = QStringLiteral("ad-only");
    unresolved.status = SecurityStatus::UnresolvedAd;
    unresolved.gate = GateResult::NoRoute;
    unresolved.adPath = QStringLiteral("CN=ad-only,OU=Servers,DC=corp,DC=example,DC=test");
    unresolved.detail = QStringLiteral("no address in DNS");
    endpoints << unresolved;

    Endpoint skipped = unreachable;
    skipped.address = QStringLiteral("127.0.0.13");
    skipped.gate = GateResult::Skipped;
    skipped.ports.clear();
    endpoints << skipped;
    return endpoints;
}

} // namespace

class TestQueryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void roundTrip();
    void queriesNewestFirst();
    void statusCountsComeFromTheDatabase();
    void unknownQueriesAreErrors();
    void failedBatchStoresNothing();
    void finishRecordsTheError();
    void interruptedQueriesAreMarked();
    void deletingAQueryDeletesItsEndpoints();
    void twoThreadsWritingLoseNothing();

private:
    QString m_backend;
    StoreBackends m_backends;
    StoreTarget m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<QueryStore> m_store;
};

void TestQueryStore::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestQueryStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto target = m_backends.fresh(backend, m_dir->path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    m_target = *target;
    auto opened = m_target.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = *opened;
    m_store = std::make_unique<QueryStore>(m_database);
}

void TestQueryStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

void TestQueryStore::roundTrip()
{
    const QDateTime started = at("2024-04-01T09:15:30.250Z");
    const QByteArray scope
        = QStringLiteral("{\"ranges\":[\"127.0.0.1-127.0.0.20\"],\"名\":1}").toUtf8();
    const quint64 total = quint64(1) << 40;
    auto id = m_store->beginQuery(scope, QStringLiteral("サーバ1"), total, started);
    QVERIFY2(id.ok(), qPrintable(id.error()));

    const QVector<Endpoint> all = sampleEndpoints();
    QCOMPARE(m_store->appendEndpoints(*id, all.mid(0, 2)).error(), QString());
    QCOMPARE(m_store->appendEndpoints(*id, {}).error(), QString());
    QCOMPARE(m_store->appendEndpoints(*id, all.mid(2)).error(), QString());

    auto running = m_store->latestQuery();
    QVERIFY2(running.ok(), qPrintable(running.error()));
    QVERIFY(running->has_value());
    QCOMPARE((*running)->state, QueryState::Running);
    QVERIFY(!(*running)->finishedAt.isValid());

    const QDateTime finished = at("2024-04-01T09:16:02.001Z");
    QCOMPARE(m_store->finishQuery(*id, QueryState::Completed, finished).error(), QString());

    auto stored = m_store->endpoints(*id);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QVERIFY2(stored->at(i) == all.at(i), qPrintable(QStringLiteral("endpoint %1").arg(i)));

    auto latest = m_store->latestQuery();
    QVERIFY2(latest.ok(), qPrintable(latest.error()));
    const QueryRecord &record = latest->value();
    QCOMPARE(record.id, *id);
    QCOMPARE(record.startedAt, started);
    QCOMPARE(record.finishedAt, finished);
    QCOMPARE(record.state, QueryState::Completed);
    QCOMPARE(record.serverName, QStringLiteral("サーバ1"));
    QCOMPARE(record.scopeJson, scope);
    QCOMPARE(record.totalAddresses, total);
    QCOMPARE(record.endpointCount, qint64(all.size()));
    QVERIFY(record.error.isEmpty());
}

void TestQueryStore::queriesNewestFirst()
{
    auto none = m_store->latestQuery();
    QVERIFY2(none.ok(), qPrintable(none.error()));
    QVERIFY(!none->has_value());

    const char *times[]
        = { "2024-01-02T00:00:00.000Z", "2024-01-03T00:00:00.000Z", "2024-01-01T00:00:00.000Z" };
    QVector<qint64> ids;
    for (const char *time : times) {
        auto id = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at(time));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ids << *id;
    }
    // A start time in another zone is stored as UTC and sorts by the instant.
    const QDateTime tokyo = QDateTime(QDate(2024, 1, 3), QTime(8, 59), Qt::OffsetFromUTC, 9 * 3600);
    auto tokyoId = m_store->beginQuery("{}", QStringLiteral("srv"), 1, tokyo);
    QVERIFY(tokyoId.ok());

    auto records = m_store->queries();
    QVERIFY2(records.ok(), qPrintable(records.error()));
    QVector<qint64> order;
    for (const QueryRecord &record : *records)
        order << record.id;
    QCOMPARE(order, (QVector<qint64> { ids[1], *tokyoId, ids[0], ids[2] }));
    QCOMPARE(records->at(1).startedAt, tokyo);
    QCOMPARE(m_store->latestQuery()->value().id, ids[1]);
}

void TestQueryStore::statusCountsComeFromTheDatabase()
{
    auto id = m_store->beginQuery("{}", QStringLiteral("srv"), 10, at("2024-01-01T00:00:00.000Z"));
    QVERIFY(id.ok());
    QVector<Endpoint> batch = sampleEndpoints();
    batch << batch.at(3) << batch.at(3) << batch.at(0);
    QCOMPARE(m_store->appendEndpoints(*id, batch).error(), QString());

    auto counts = m_store->statusCounts(*id);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->size(), int(SecurityStatuses::all.size()));
    QCOMPARE(counts->value(SecurityStatus::ManagedByThisServer), qint64(2));
    QCOMPARE(counts->value(SecurityStatus::ManagedByAnotherServer), qint64(1));
    QCOMPARE(counts->value(SecurityStatus::NoClientInstalled), qint64(1));
    QCOMPARE(counts->value(SecurityStatus::Unreachable), qint64(4));
    QCOMPARE(counts->value(SecurityStatus::UnresolvedAd), qint64(1));

    auto empty
        = m_store->beginQuery("{}", QStringLiteral("srv"), 0, at("2024-01-02T00:00:00.000Z"));
    auto zeros = m_store->statusCounts(*empty);
    QVERIFY2(zeros.ok(), qPrintable(zeros.error()));
    QCOMPARE(zeros->size(), int(SecurityStatuses::all.size()));
    for (qint64 count : *zeros)
        QCOMPARE(count, qint64(0));
}

void TestQueryStore::unknownQueriesAreErrors()
{
    QVERIFY(!m_store->endpoints(4242).ok());
    QVERIFY(m_store->endpoints(4242).error().contains(QStringLiteral("4242")));
    QVERIFY(!m_store->statusCounts(4242).ok());
    QVERIFY(!m_store->finishQuery(4242, QueryState::Completed, QDateTime::currentDateTimeUtc())
                 .error()
                 .isEmpty());
    // The foreign key refuses endpoints of a query that does not exist.
    const QString error = m_store->appendEndpoints(4242, sampleEndpoints()).error();
    QVERIFY2(error.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive), qPrintable(error));
}

void TestQueryStore::failedBatchStoresNothing()
{
    auto id = m_store->beginQuery("{}", QStringLiteral("srv"), 3, at("2024-01-01T00:00:00.000Z"));
    QVERIFY(id.ok());
    // The last row of the batch breaks a NOT NULL constraint: the rows before it go too.
    QSqlQuery trigger(m_database->connection());
    if (m_database->dialect() == SqlDialect::Sqlite) {
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse_marker BEFORE INSERT ON endpoints WHEN NEW.name = 'refuse-me'"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    } else {
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE FUNCTION refuse_marker() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN"
            " IF NEW.name = 'refuse-me' THEN RAISE EXCEPTION 'refused by the test'; END IF;"
            " RETURN NEW; END $f$")));
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TRIGGER refuse_marker BEFORE INSERT ON endpoints FOR EACH ROW"
                           " EXECUTE FUNCTION refuse_marker()")));
    }
    QVector<Endpoint> batch = sampleEndpoints();
    batch.last().name = QStringLiteral("refuse-me");
    const QString error = m_store->appendEndpoints(*id, batch).error();
    QVERIFY2(error.contains(QStringLiteral("refused by the test")), qPrintable(error));
    QCOMPARE(m_store->endpoints(*id)->size(), 0);
    // Nor do the counts and the batch counter written in the same transaction.
    QCOMPARE(m_store->query(*id)->value().endpointCount, qint64(0));
    QCOMPARE(m_store->query(*id)->value().batchCount, qint64(0));
    QCOMPARE(m_store->query(*id)->value().statusCounts.value(SecurityStatus::Unreachable),
             qint64(0));
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    QCOMPARE(m_store->appendEndpoints(*id, batch.mid(0, 2)).error(), QString());
    QCOMPARE(m_store->endpoints(*id)->size(), 2);
}

void TestQueryStore::finishRecordsTheError()
{
    auto id = m_store->beginQuery("{}", QStringLiteral("srv"), 3, at("2024-01-01T00:00:00.000Z"));
    QVERIFY(id.ok());
    QVERIFY(!m_store->finishQuery(*id, QueryState::Running, QDateTime::currentDateTimeUtc())
                 .error()
                 .isEmpty());
    QVERIFY(!m_store->finishQuery(*id, QueryState::Failed, QDateTime()).error().isEmpty());
    const QString reason = QStringLiteral("LDAP bind refused: 資格情報が無効です");
    QCOMPARE(m_store->finishQuery(*id, QueryState::Failed, at("2024-01-01T00:01:00.000Z"), reason)
                 .error(),
             QString());
    auto record = m_store->latestQuery();
    QVERIFY(record.ok());
    QCOMPARE((*record)->state, QueryState::Failed);
    QCOMPARE((*record)->error, reason);

    QCOMPARE(
        m_store->finishQuery(*id, QueryState::Completed, at("2024-01-01T00:02:00.000Z")).error(),
        QString());
    record = m_store->latestQuery();
    QCOMPARE((*record)->state, QueryState::Completed);
    QVERIFY((*record)->error.isEmpty());
}

void TestQueryStore::interruptedQueriesAreMarked()
{
    auto done = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-01T00:00:00.000Z"));
    QCOMPARE(
        m_store->finishQuery(*done, QueryState::Completed, at("2024-01-01T00:00:05.000Z")).error(),
        QString());
    auto crashed
        = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-02T00:00:00.000Z"));
    QVERIFY(crashed.ok());
    QCOMPARE(m_store->appendEndpoints(*crashed, sampleEndpoints().mid(0, 3)).error(), QString());

    // Until marked, a query left by a crash shows as running.
    QCOMPARE(m_store->latestQuery()->value().state, QueryState::Running);

    // A query started after the console (a live one) is left alone.
    auto live = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-03T08:00:01.000Z"));
    QVERIFY(live.ok());

    const QDateTime restart = at("2024-01-03T08:00:00.000Z");
    Clock::setInstance(std::make_shared<TestClock>(restart));
    QVERIFY(m_store->markInterruptedQueries(restart));
    QCOMPARE(
        m_store->finishQuery(*live, QueryState::Completed, at("2024-01-03T08:00:02.000Z")).error(),
        QString());

    auto records = m_store->queries();
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).state, QueryState::Completed);
    QVERIFY(records->at(0).error.isEmpty());
    const QueryRecord &marked = records->at(1);
    QCOMPARE(marked.id, *crashed);
    QCOMPARE(marked.state, QueryState::Cancelled);
    QCOMPARE(marked.error,
             QStringLiteral("interrupted: the program stopped before the query finished"));
    QCOMPARE(marked.finishedAt, restart);
    QCOMPARE(marked.endpointCount, qint64(3)); // what was stored before the crash stays
    const QueryRecord &untouched = records->at(2);
    QCOMPARE(untouched.state, QueryState::Completed);
    QCOMPARE(untouched.finishedAt, at("2024-01-01T00:00:05.000Z"));
    QVERIFY(untouched.error.isEmpty());

    QVERIFY(m_store->markInterruptedQueries(restart));
    QCOMPARE(m_store->queries()->at(1).state, QueryState::Cancelled);
}

void TestQueryStore::deletingAQueryDeletesItsEndpoints()
{
    auto id = m_store->beginQuery("{}", QStringLiteral("srv"), 3, at("2024-01-01T00:00:00.000Z"));
    QCOMPARE(m_store->appendEndpoints(*id, sampleEndpoints()).error(), QString());
    QSqlQuery remove(m_database->connection());
    remove.prepare(QStringLiteral("DELETE FROM queries WHERE id = ?"));
    remove.addBindValue(*id);
    QVERIFY(remove.exec());
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM endpoints")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

namespace {

struct WriterOutcome
{
    qint64 queryId = 0;
    QString error;
};

// What one worker thread does: its own Database on the shared file, one query, many batches.
WriterOutcome writeQuery(const StoreTarget &target, const QString &server, int batches,
                         int batchSize)
{
    WriterOutcome outcome;
    auto opened = target.open();
    if (!opened) {
        outcome.error = opened.error();
        return outcome;
    }
    QueryStore store(*opened);
    auto id = store.beginQuery("{}", server, quint64(batches * batchSize),
                               QDateTime::currentDateTimeUtc());
    if (!id) {
        outcome.error = id.error();
        return outcome;
    }
    outcome.queryId = *id;
    for (int b = 0; b < batches && outcome.error.isEmpty(); ++b) {
        QVector<Endpoint> batch;
        for (int i = 0; i < batchSize; ++i) {
            Endpoint endpoint;
            endpoint.address = QStringLiteral("127.1.%1.%2").arg(b).arg(i);
            endpoint.name = server + QStringLiteral("-端末-%1-%2").arg(b).arg(i);
            endpoint.status = SecurityStatus(i % 5);
            batch << endpoint;
        }
        outcome.error = store.appendEndpoints(*id, batch).error();
    }
    if (outcome.error.isEmpty())
        outcome.error
            = store.finishQuery(*id, QueryState::Completed, QDateTime::currentDateTimeUtc())
                  .error();
    return outcome;
}

} // namespace

void TestQueryStore::twoThreadsWritingLoseNothing()
{
    // A fresh store: both threads also race through opening and migrating it.
    auto fresh = m_backends.fresh(m_backend, m_dir->path());
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    const StoreTarget target = *fresh;
    const int batches = 40;
    const int batchSize = 50;
    WriterOutcome outcomes[2];
    std::unique_ptr<QThread> threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t].reset(QThread::create([&, t] {
            outcomes[t] = writeQuery(target, QStringLiteral("server%1").arg(t), batches, batchSize);
        }));
        threads[t]->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    for (const WriterOutcome &outcome : outcomes)
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcomes[0].queryId != outcomes[1].queryId);

    auto opened = target.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QueryStore reader(*opened);
    for (int t = 0; t < 2; ++t) {
        auto stored = reader.endpoints(outcomes[t].queryId);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->size(), batches * batchSize);
        const QString prefix = QStringLiteral("server%1-端末-").arg(t);
        for (const Endpoint &endpoint : *stored)
            QVERIFY2(endpoint.name.startsWith(prefix), qPrintable(endpoint.name));
        QCOMPARE(stored->last().name,
                 prefix + QStringLiteral("%1-%2").arg(batches - 1).arg(batchSize - 1));
        auto counts = reader.statusCounts(outcomes[t].queryId);
        QVERIFY(counts.ok());
        for (qint64 count : *counts)
            QCOMPARE(count, qint64(batches * batchSize / 5));
    }
    auto records = reader.queries();
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2);
    for (const QueryRecord &record : *records) {
        QCOMPARE(record.state, QueryState::Completed);
        QCOMPARE(record.batchCount, qint64(batches));
        QCOMPARE(record.endpointCount, qint64(batches * batchSize));
    }
}

QTEST_GUILESS_MAIN(TestQueryStore)
#include "tst_querystore.moc"
