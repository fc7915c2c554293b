#include "demo/demohistory.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QTemporaryDir>
#include <QTest>

// DemoHistory over a real SQLite store: five weekly queries before the demo's first, protection
// growing week by week towards it, and nothing written where other queries are stored.
class TestDemoHistory : public QObject
{
    Q_OBJECT

private slots:
    void writesFiveWeeksOfBelievableHistory();
    void leavesAStoreWithOtherQueriesAlone();

private:
    static qint64 storeFirst(QueryStore &store, const QDateTime &startedAt);
};

qint64 TestDemoHistory::storeFirst(QueryStore &store, const QDateTime &startedAt)
{
    const qint64 id
        = store.beginQuery("{\"ipv4\":[]}", QStringLiteral("vm"), 254, startedAt).value();
    QVector<Endpoint> endpoints;
    for (int i = 0; i < 60; ++i) {
        Endpoint endpoint;
        endpoint.address = QStringLiteral("127.77.0.%1").arg(i + 1);
        endpoint.status = i < 36 ? SecurityStatus::ManagedByThisServer
            : i < 48             ? SecurityStatus::NoClientInstalled
                                 : SecurityStatus::Unreachable;
        if (endpoint.status == SecurityStatus::ManagedByThisServer) {
            endpoint.server = QStringLiteral("vm");
            endpoint.agentPort = 21112;
        }
        endpoints << endpoint;
    }
    if (!store.appendEndpoints(id, endpoints)
        || !store.finishQuery(id, QueryState::Completed, startedAt.addSecs(3), QString()))
        qFatal("cannot store the first query");
    return id;
}

void TestDemoHistory::writesFiveWeeksOfBelievableHistory()
{
    QTemporaryDir directory;
    const auto database = Database::openSqlite(directory.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(database, qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime today(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    const qint64 first = storeFirst(store, today);

    const Result<int> written = DemoHistory::writePast(database.value(), first);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), DemoHistory::weeks);
    const auto queries = store.queries().value(); // newest first, by start
    QCOMPARE(queries.size(), 6);
    QCOMPARE(queries.first().id, first); // the real query stays the newest
    QCOMPARE(queries.last().startedAt, today.addDays(-35));
    qint64 protectedBefore = -1;
    for (auto it = queries.crbegin(); it != queries.crend(); ++it) {
        QCOMPARE(it->state, QueryState::Completed);
        QCOMPARE(it->scopeJson, QByteArray("{\"ipv4\":[]}"));
        const qint64 managed = it->statusCounts.value(SecurityStatus::ManagedByThisServer);
        QVERIFY2(managed > protectedBefore, "protection grows towards today");
        protectedBefore = managed;
    }
    QCOMPARE(protectedBefore, 36);
    // Five weeks back, five sixths of today's agents were not installed yet.
    QCOMPARE(queries.last().statusCounts.value(SecurityStatus::ManagedByThisServer), 6);
    QVERIFY(queries.last().endpointCount < 60); // some unreachable machines came later
}

void TestDemoHistory::leavesAStoreWithOtherQueriesAlone()
{
    QTemporaryDir directory;
    const auto database = Database::openSqlite(directory.filePath(QStringLiteral("own.sqlite")));
    QVERIFY2(database, qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime today(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    storeFirst(store, today.addDays(-1)); // the administrator's own
    const qint64 demo = storeFirst(store, today);
    const Result<int> written = DemoHistory::writePast(database.value(), demo);
    QVERIFY(written);
    QCOMPARE(written.value(), 0);
    QCOMPARE(store.queries().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
