#include "postgresbackends.h"
#include "rawsql.h"
#include "sampleendpoints.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/querycomparison.h"
#include "store/queryretention.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Query history on both backends: *Changes since the previous query* and retention pruning.
class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void recordsKeepCountsAndBatches();
    void countsSurviveAMigrationFromSchema2();
    void queryByIdAndPrevious();
    void changesBetweenTwoQueries();
    void changesOfUnknownQueriesFail();
    void changesAtScale();
    void retentionKeepsTheNewestQueries();
    void retentionByAge();
    void unlimitedRetentionDeletesNothing();
    void retentionSettings();

private:
    qint64 storeQuery(const QDateTime &startedAt, const QVector<Endpoint> &endpoints,
                      QueryState state = QueryState::Completed);
    qint64 rowCount(const QString &table);

    StoreBackends m_backends;
    StoreTarget m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<QueryStore> m_store;
};

namespace {

Endpoint make(const QString &address, SecurityStatus status, const QString &name = {})
{
    return SampleEndpoints::make(address, status, name);
}

Endpoint unresolved(const QString &adPath)
{
    Endpoint endpoint = make(QString(), SecurityStatus::UnresolvedAd);
    endpoint.adPath = adPath;
    return endpoint;
}

QStringList addressesOf(const QVector<Endpoint> &endpoints)
{
    QStringList addresses;
    for (const Endpoint &endpoint : endpoints)
        addresses << (endpoint.address.isEmpty() ? endpoint.adPath : endpoint.address);
    return addresses;
}

QStringList addressesOf(const QVector<EndpointChange> &changes)
{
    QStringList addresses;
    for (const EndpointChange &change : changes)
        addresses << change.after.address;
    return addresses;
}

} // namespace

void TestHistory::initTestCase_data()
{
    StoreBackends::addGlobalData();
}

void TestHistory::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFETCH_GLOBAL(QString, backend);
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

void TestHistory::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestHistory::storeQuery(const QDateTime &startedAt, const QVector<Endpoint> &endpoints,
                               QueryState state)
{
    auto id
        = m_store->beginQuery("{}", QStringLiteral("srv"), quint64(endpoints.size()), startedAt);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    // Batches of 1000, as the probe engine stores them.
    for (qsizetype first = 0; first < endpoints.size(); first += 1000) {
        const QString error = m_store->appendEndpoints(*id, endpoints.mid(first, 1000)).error();
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    if (state != QueryState::Running) {
        const QString error = m_store->finishQuery(*id, state, startedAt.addSecs(60)).error();
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    return *id;
}

qint64 TestHistory::rowCount(const QString &table)
{
    QSqlQuery count(m_database->connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !count.next())
        return -1;
    return count.value(0).toLongLong();
}

void TestHistory::recordsKeepCountsAndBatches()
{
    const QDateTime started = at("2024-05-01T10:00:00.000Z");
    auto id = m_store->beginQuery("{\"s\":1}", QStringLiteral("srv"), 100, started);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const QVector<Endpoint> batch = SampleEndpoints::mixed(6);
    QCOMPARE(m_store->appendEndpoints(*id, batch).error(), QString());
    QCOMPARE(m_store->appendEndpoints(*id, batch.mid(3, 2)).error(), QString());
    // 200 rows: more than one multi-row INSERT, and a tail.
    QVector<Endpoint> many;
    for (int i = 0; i < 200; ++i) {
        Endpoint endpoint = batch.at(i % 2);
        endpoint.address = QStringLiteral("127.3.%1.%2").arg(i / 100).arg(i % 100);
        many << endpoint;
    }
    QCOMPARE(m_store->appendEndpoints(*id, many).error(), QString());

    auto running = m_store->query(*id);
    QVERIFY2(running.ok(), qPrintable(running.error()));
    QCOMPARE((*running)->durationMs(), qint64(-1));
    QCOMPARE((*running)->batchCount, qint64(3));
    QCOMPARE((*running)->endpointCount, qint64(batch.size() + 2 + 200));
    // The kept counts are exactly what the database counts over the endpoints themselves.
    auto counted = m_store->statusCounts(*id);
    QVERIFY2(counted.ok(), qPrintable(counted.error()));
    QCOMPARE((*running)->statusCounts, *counted);
    // mixed(6): two managed by this server, one of each other status; then 3 and 4 of it, then
    // 100 of each of its first two.
    QCOMPARE((*running)->statusCounts.value(SecurityStatus::ManagedByThisServer), qint64(102));
    QCOMPARE((*running)->statusCounts.value(SecurityStatus::ManagedByAnotherServer), qint64(101));
    QCOMPARE((*running)->statusCounts.value(SecurityStatus::Unreachable), qint64(2));
    QCOMPARE((*running)->statusCounts.value(SecurityStatus::UnresolvedAd), qint64(2));
    QCOMPARE(m_store->endpoints(*id)->size(), batch.size() + 2 + 200);
    QCOMPARE(m_store->endpoints(*id)->at(batch.size() + 2 + 199).address,
             QStringLiteral("127.3.1.99"));

    QCOMPARE(m_store->finishQuery(*id, QueryState::Completed, started.addMSecs(61500)).error(),
             QString());
    auto record = m_store->queries();
    QVERIFY(record.ok());
    QCOMPARE(record->size(), 1);
    QCOMPARE(record->first().durationMs(), qint64(61500));
    QCOMPARE(record->first().statusCounts, *counted);
    QCOMPARE(record->first().scopeJson, QByteArray("{\"s\":1}"));

    // An empty query has every status at 0.
    auto empty = m_store->beginQuery("{}", QStringLiteral("srv"), 0, started.addDays(1));
    const QueryRecord emptyRecord = m_store->query(*empty)->value();
    QCOMPARE(emptyRecord.statusCounts.size(), int(SecurityStatuses::all.size()));
    for (qint64 count : emptyRecord.statusCounts)
        QCOMPARE(count, qint64(0));
}

void TestHistory::countsSurviveAMigrationFromSchema2()
{
    // A store as osmgmt of schema 2 left it: a query with endpoints, no counts. Made by taking
    // the steps from 3 on back out of a fresh store of this backend.
    auto first
        = m_store->beginQuery("{}", QStringLiteral("srv"), 6, at("2024-01-01T00:00:00.000Z"));
    QCOMPARE(m_store->appendEndpoints(*first, SampleEndpoints::mixed(6)).error(), QString());
    QStringList undo = undoSchemaStepsAfter5();
    undo << QStringList { QStringLiteral("DROP TABLE query_status_counts"),
                          QStringLiteral("DROP TABLE audit_log"),
                          QStringLiteral("DROP INDEX endpoints_query_ad_path"),
                          QStringLiteral("ALTER TABLE queries DROP COLUMN batch_count"),
                          QStringLiteral("ALTER TABLE queries DROP COLUMN endpoint_count"),
                          QStringLiteral("DROP TABLE watch_lease"),
                          QStringLiteral("DELETE FROM schema_version WHERE version >= 3") };
    if (m_database->dialect() == SqlDialect::PostgreSql)
        undo << QStringLiteral("DROP FUNCTION osmgmt_audit_log_append_only()");
    for (const QString &sql : undo) {
        QSqlQuery statement(m_database->connection());
        QVERIFY2(statement.exec(sql),
                 qPrintable(sql + QLatin1String(": ") + statement.lastError().text()));
    }
    m_store.reset();
    m_database.reset();

    auto reopened = m_target.open();
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE((*reopened)->schemaVersion(), Migrations::latestVersion());
    QueryStore store(*reopened);
    const QueryRecord record = store.latestQuery()->value();
    QCOMPARE(record.endpointCount, qint64(SampleEndpoints::mixed(6).size()));
    QCOMPARE(record.batchCount, qint64(0)); // unknown for queries stored before schema 3
    QCOMPARE(record.statusCounts, *store.statusCounts(record.id));
    QCOMPARE(record.statusCounts.value(SecurityStatus::ManagedByThisServer), qint64(2));
    // The audit log came back with its guard (SQLite's row triggers need a row to guard).
    AuditEntry entry;
    entry.at = at("2024-01-02T00:00:00.000Z");
    entry.osUser = QStringLiteral("admin");
    entry.action = QStringLiteral("release");
    QVERIFY(AuditLog(*reopened).append(entry).ok());
    QSqlQuery guard((*reopened)->connection());
    QVERIFY(!guard.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(guard.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(guard.lastError().text()));
    QCOMPARE(AuditLog(*reopened).search({})->size(), 1);
}

void TestHistory::queryByIdAndPrevious()
{
    QVERIFY(!m_store->previousCompletedQuery(777).ok());
    auto none = m_store->query(777);
    QVERIFY2(none.ok(), qPrintable(none.error()));
    QVERIFY(!none->has_value());

    auto first
        = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-01T00:00:00.000Z"));
    QCOMPARE(
        m_store->finishQuery(*first, QueryState::Completed, at("2024-01-01T00:01:00.000Z")).error(),
        QString());
    auto failed
        = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-02T00:00:00.000Z"));
    QCOMPARE(m_store
                 ->finishQuery(*failed, QueryState::Failed, at("2024-01-02T00:01:00.000Z"),
                               QStringLiteral("no route"))
                 .error(),
             QString());
    auto third
        = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-03T00:00:00.000Z"));
    // Started at the same instant as the third: the id breaks the tie.
    auto fourth
        = m_store->beginQuery("{}", QStringLiteral("srv"), 1, at("2024-01-03T00:00:00.000Z"));
    QCOMPARE(
        m_store->finishQuery(*third, QueryState::Completed, at("2024-01-03T00:01:00.000Z")).error(),
        QString());

    QCOMPARE(m_store->query(*failed)->value().error, QStringLiteral("no route"));
    QVERIFY(!m_store->previousCompletedQuery(*first)->has_value());
    // A failed query is not a picture to compare with: the completed one before it is.
    QCOMPARE(m_store->previousCompletedQuery(*third)->value().id, *first);
    QCOMPARE(m_store->previousCompletedQuery(*fourth)->value().id, *third);
}

void TestHistory::changesBetweenTwoQueries()
{
    const QString adOnly = QStringLiteral("CN=ad-only,OU=Servers,DC=corp,DC=example,DC=test");
    const QString adNew = QStringLiteral("CN=ad-new,OU=Servers,DC=corp,DC=example,DC=test");
    const qint64 previous = storeQuery(
        at("2024-06-01T08:00:00.000Z"),
        { make(QStringLiteral("127.0.0.1"), SecurityStatus::ManagedByThisServer,
               QStringLiteral("a")),
          make(QStringLiteral("127.0.0.2"), SecurityStatus::ManagedByThisServer,
               QStringLiteral("b")),
          make(QStringLiteral("127.0.0.3"), SecurityStatus::NoClientInstalled, QStringLiteral("c")),
          make(QStringLiteral("127.0.0.4"), SecurityStatus::Unreachable, QStringLiteral("d")),
          make(QStringLiteral("::1"), SecurityStatus::ManagedByThisServer, QStringLiteral("e")),
          make(QStringLiteral("127.0.0.7"), SecurityStatus::Unreachable, QStringLiteral("g")),
          unresolved(adOnly) });
    const qint64 current = storeQuery(
        at("2024-06-08T08:00:00.000Z"),
        { unresolved(adNew),
          make(QStringLiteral("::1"), SecurityStatus::ManagedByAnotherServer, QStringLiteral("e")),
          make(QStringLiteral("127.0.0.7"), SecurityStatus::NoClientInstalled, QStringLiteral("g")),
          make(QStringLiteral("127.0.0.3"), SecurityStatus::ManagedByThisServer,
               QStringLiteral("c")),
          make(QStringLiteral("127.0.0.2"), SecurityStatus::Unreachable, QStringLiteral("b")),
          make(QStringLiteral("127.0.0.1"), SecurityStatus::ManagedByThisServer,
               QStringLiteral("a")),
          make(QStringLiteral("127.0.0.9"), SecurityStatus::NoClientInstalled, QStringLiteral("f")),
          unresolved(adOnly) });
    QCOMPARE(m_store->previousCompletedQuery(current)->value().id, previous);

    auto changes = QueryComparison(m_database).compare(previous, current);
    QVERIFY2(changes.ok(), qPrintable(changes.error()));
    QCOMPARE(changes->previousQueryId, previous);
    QCOMPARE(changes->currentQueryId, current);
    // In the order the current query stored them.
    QCOMPARE(addressesOf(changes->becameUnprotected),
             (QStringList { QStringLiteral("::1"), QStringLiteral("127.0.0.2") }));
    QCOMPARE(changes->becameUnprotected.first().before.status, SecurityStatus::ManagedByThisServer);
    QCOMPARE(changes->becameUnprotected.first().after.status,
             SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(changes->becameUnprotected.last().after.status, SecurityStatus::Unreachable);
    QCOMPARE(addressesOf(changes->becameProtected), QStringList { QStringLiteral("127.0.0.3") });
    QCOMPARE(changes->becameProtected.first().before.status, SecurityStatus::NoClientInstalled);
    // 127.0.0.7 changed status but not protection: not listed. The AD computer without an
    // address is matched by its AD path.
    QCOMPARE(addressesOf(changes->appeared), (QStringList { QStringLiteral("127.0.0.9"), adNew }));
    QCOMPARE(addressesOf(changes->disappeared), QStringList { QStringLiteral("127.0.0.4") });
    QCOMPARE(changes->disappeared.first().name, QStringLiteral("d"));
    QVERIFY(!changes->isEmpty());

    // The other way round, everything mirrors.
    auto back = QueryComparison(m_database).compare(current, previous);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(addressesOf(back->becameProtected),
             (QStringList { QStringLiteral("127.0.0.2"), QStringLiteral("::1") }));
    QCOMPARE(addressesOf(back->becameUnprotected), QStringList { QStringLiteral("127.0.0.3") });
    QCOMPARE(addressesOf(back->appeared), QStringList { QStringLiteral("127.0.0.4") });
    QCOMPARE(addressesOf(back->disappeared), (QStringList { QStringLiteral("127.0.0.9"), adNew }));

    // A query compared with itself has no changes.
    auto same = QueryComparison(m_database).compare(current, current);
    QVERIFY2(same.ok(), qPrintable(same.error()));
    QVERIFY(same->isEmpty());
}

void TestHistory::changesOfUnknownQueriesFail()
{
    const qint64 id = storeQuery(at("2024-06-01T08:00:00.000Z"), SampleEndpoints::mixed(5));
    auto changes = QueryComparison(m_database).compare(id, 9999);
    QVERIFY(!changes.ok());
    QVERIFY2(changes.error().contains(QStringLiteral("no query 9999")),
             qPrintable(changes.error()));
    QVERIFY(!QueryComparison(m_database).compare(9998, id).ok());
}

void TestHistory::changesAtScale()
{
    // 20,000 endpoints a side; every 100th changes protection, every 1000th disappears, 50 new.
    constexpr int size = 20000;
    QVector<Endpoint> before;
    QVector<Endpoint> after;
    int expectUnprotected = 0;
    int expectProtected = 0;
    int expectDisappeared = 0;
    for (int i = 0; i < size; ++i) {
        const QString address
            = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
        const SecurityStatus was
            = i % 2 ? SecurityStatus::ManagedByThisServer : SecurityStatus::NoClientInstalled;
        before << make(address, was);
        if (i % 1000 == 999) {
            ++expectDisappeared;
            continue;
        }
        SecurityStatus now = was;
        if (i % 100 == 0 || i % 100 == 1) {
            now = was == SecurityStatus::ManagedByThisServer ? SecurityStatus::Unreachable
                                                             : SecurityStatus::ManagedByThisServer;
            ++(was == SecurityStatus::ManagedByThisServer ? expectUnprotected : expectProtected);
        }
        after << make(address, now);
    }
    for (int i = 0; i < 50; ++i)
        after << make(QStringLiteral("10.200.0.%1").arg(i), SecurityStatus::Unreachable);
    const qint64 previous = storeQuery(at("2024-06-01T08:00:00.000Z"), before);
    const qint64 current = storeQuery(at("2024-06-02T08:00:00.000Z"), after);

    auto changes = QueryComparison(m_database).compare(previous, current);
    QVERIFY2(changes.ok(), qPrintable(changes.error()));
    QCOMPARE(changes->becameUnprotected.size(), expectUnprotected);
    QCOMPARE(changes->becameProtected.size(), expectProtected);
    QCOMPARE(changes->disappeared.size(), expectDisappeared);
    QCOMPARE(changes->appeared.size(), 50);
    QCOMPARE(changes->appeared.first().address, QStringLiteral("10.200.0.0"));
    QCOMPARE(m_store->query(current)->value().endpointCount, qint64(after.size()));
}

void TestHistory::retentionKeepsTheNewestQueries()
{
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(10);
    // The oldest is still running (another console's): it is never pruned.
    const qint64 running
        = storeQuery(at("2024-01-01T00:00:00.000Z"), endpoints, QueryState::Running);
    QVector<qint64> finished;
    for (int day = 2; day <= 6; ++day)
        finished << storeQuery(
            at(QStringLiteral("2024-01-0%1T00:00:00.000Z").arg(day).toLatin1().constData()),
            endpoints, day == 3 ? QueryState::Failed : QueryState::Completed);
    AuditEntry entry;
    entry.at = at("2024-01-01T00:00:00.000Z");
    entry.osUser = QStringLiteral("admin");
    entry.action = QStringLiteral("quarantine");
    QVERIFY(AuditLog(m_database).append(entry).ok());

    auto pruned = QueryRetention(m_database).prune({ 3, 0 }, at("2024-02-01T00:00:00.000Z"));
    QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
    QCOMPARE(*pruned, 2);
    QVector<qint64> left;
    const auto records = m_store->queries();
    QVERIFY2(records.ok(), qPrintable(records.error()));
    for (const QueryRecord &record : *records)
        left << record.id;
    QCOMPARE(left, (QVector<qint64> { finished[4], finished[3], finished[2], running }));
    // Their endpoints and counts went with them; the audit log stayed.
    QCOMPARE(rowCount(QStringLiteral("endpoints")), qint64(4 * endpoints.size()));
    QCOMPARE(rowCount(QStringLiteral("query_status_counts")), qint64(4 * 5));
    QCOMPARE(rowCount(QStringLiteral("audit_log")), qint64(1));
    QVERIFY(!m_store->endpoints(finished[0]).ok());

    // Pruning again with the same policy finds nothing more.
    QCOMPARE(*QueryRetention(m_database).prune({ 3, 0 }, at("2024-02-01T00:00:00.000Z")), 0);
}

void TestHistory::retentionByAge()
{
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(3);
    const qint64 old = storeQuery(at("2024-01-01T00:00:00.000Z"), endpoints);
    const qint64 edge = storeQuery(at("2024-01-24T12:00:00.000Z"), endpoints);
    const qint64 recent = storeQuery(at("2024-01-30T00:00:00.000Z"), endpoints);
    // 7 days before 2024-01-31T12:00 is 2024-01-24T12:00: a query started then is kept.
    auto pruned = QueryRetention(m_database).prune({ 0, 7 }, at("2024-01-31T12:00:00.000Z"));
    QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
    QCOMPARE(*pruned, 1);
    QVERIFY(!m_store->query(old)->has_value());
    QVERIFY(m_store->query(edge)->has_value());
    QVERIFY(m_store->query(recent)->has_value());
    // Both limits: whichever says so first.
    QCOMPARE(*QueryRetention(m_database).prune({ 1, 30 }, at("2024-01-31T12:00:00.000Z")), 1);
    QVERIFY(!m_store->query(edge)->has_value());
    QVERIFY(m_store->query(recent)->has_value());
    QVERIFY(!QueryRetention(m_database).prune({ 0, 7 }, QDateTime()).ok());
}

void TestHistory::unlimitedRetentionDeletesNothing()
{
    for (int day = 1; day <= 3; ++day)
        storeQuery(at(QStringLiteral("2020-01-0%1T00:00:00.000Z").arg(day).toLatin1().constData()),
                   SampleEndpoints::mixed(2));
    auto pruned = QueryRetention(m_database).prune({}, at("2030-01-01T00:00:00.000Z"));
    QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
    QCOMPARE(*pruned, 0);
    QCOMPARE(m_store->queries()->size(), 3);
}

void TestHistory::retentionSettings()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("settings do not depend on the backend");
    QStandardPaths::setTestModeEnabled(true);
    Settings::identifyApplication();
    QSettings().clear();
    QCOMPARE(Settings::keepQueries(), 0);
    QCOMPARE(Settings::keepDays(), 0);
    QCOMPARE(Settings::storeBackend(), StoreBackend::Sqlite);
    QCOMPARE(Settings::postgresPort(), quint16(5432));
    Settings::setValue(Setting::KeepQueries, 25);
    Settings::setValue(Setting::KeepDays, -4);
    Settings::setValue(Setting::StoreBackend, QStringLiteral("postgresql"));
    Settings::setValue(Setting::PostgresHost, QStringLiteral("db.corp.example.test"));
    Settings::setValue(Setting::PostgresPort, 70000);
    QCOMPARE(Settings::keepQueries(), 25);
    QCOMPARE(Settings::keepDays(), 0);
    QCOMPARE(Settings::storeBackend(), StoreBackend::PostgreSql);
    QCOMPARE(Settings::postgresHost(), QStringLiteral("db.corp.example.test"));
    QCOMPARE(Settings::postgresPort(), quint16(65535));
    Settings::setValue(Setting::StoreBackend, QStringLiteral("postgres"));
    QCOMPARE(Settings::storeBackend(), StoreBackend::Sqlite);
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
