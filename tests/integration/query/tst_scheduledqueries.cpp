#include "fleetprocess.h"
#include "querysession.h"
#include "schedule/schedulestore.h"
#include "scheduledqueries.h"
#include "store/database.h"
#include "store/storeconnection.h"
#include "testclock.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QtTest>

#include <ctime>

// The console's scheduled query end to end, with a clock the test moves: a run missed while the
// console was closed runs at start and says so, the next one runs on time, and each run is
// stored.
class TestScheduledQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void runsMissedThenOnTimeRuns();
    void aStoreThatDoesNotAnswerNeverHoldsTheWindow();

private:
    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    std::shared_ptr<TestClock> m_clock;
    Scope m_scope;
};

void TestScheduledQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
    tzset();
    const QString net = FleetProcess::randomLoopbackNetwork();
    const quint16 agentPort = FleetProcess::randomPort();
    QJsonArray endpoints;
    for (int host = 1; host <= 5; ++host) {
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), QString(net + QString::number(host)) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), agentPort },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") } } } });
    }
    m_fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_scope.ipv4Ranges
        = { Ipv4Range::parse(net + QStringLiteral("1-") + net + QStringLiteral("5")).value() };
    m_scope.ports = PortList::fromNumbers({ agentPort }).value();
    m_scope.unreachableCheck.enabled = false;
    m_scope.timeoutMs = 3000; // agents answer at once; a loaded machine must not turn a slow
                              // handshake into a failure
    m_clock = std::make_shared<TestClock>(at("2024-05-10T12:00:00Z"));
    Clock::setInstance(m_clock);
}

void TestScheduledQueries::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestScheduledQueries::runsMissedThenOnTimeRuns()
{
    const QString db = m_dir.filePath(QStringLiteral("schedule.sqlite"));
    {
        // Saved the day before by an earlier console: daily at 02:00 UTC.
        auto database = Database::openSqlite(db);
        QVERIFY(database);
        Schedule daily;
        daily.enabled = true;
        daily.frequency = ScheduleFrequency::Daily;
        daily.timeOfDay = QTime(2, 0);
        daily.effectiveFrom = at("2024-05-09T08:00:00Z");
        QVERIFY(ScheduleStore(database.value()).save(daily));
    }

    QuerySession session(db, QStringLiteral("osm-hq"));
    session.setServerCa(FleetProcess::testAuthority().certificate());
    ScheduledQueries scheduled(&session, [this] { return m_scope; });
    QSignalSpy started(&scheduled, &ScheduledQueries::runStarted);
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    // 02:00 today passed while no console ran: it runs now, once, and says it was missed.
    QSignalSpy errors(&scheduled, &ScheduledQueries::errorOccurred);
    scheduled.start(db); // read on the store's thread
    QVERIFY(!scheduled.isStarted());
    QTRY_COMPARE(started.count(), 1);
    QVERIFY(scheduled.isStarted());
    QVERIFY2(started.first().first().toString().contains(QStringLiteral("missed")),
             qPrintable(started.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(session.results()->count(SecurityStatus::ManagedByThisServer), qint64(5));
    QCOMPARE(scheduled.nextRun(), at("2024-05-11T02:00:00Z"));

    // Checking again the same day starts nothing.
    scheduled.scheduler().check();
    QCOMPARE(started.count(), 1);

    // The next day at 02:00 it runs on time.
    m_clock->set(at("2024-05-11T02:00:10Z"));
    scheduled.scheduler().check();
    QCOMPARE(started.count(), 2);
    QVERIFY(!started.last().first().toString().contains(QStringLiteral("missed")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);

    // The time of each run is written on the store's thread.
    auto database = Database::openSqlite(db);
    QVERIFY(database);
    QTRY_COMPARE(ScheduleStore(database.value()).load()->lastRun,
                 std::optional<QDateTime>(at("2024-05-11T02:00:10Z")));
    QCOMPARE(errors.count(), 0);
}

void TestScheduledQueries::aStoreThatDoesNotAnswerNeverHoldsTheWindow()
{
    // A "PostgreSQL" that takes the connection and never says a word: the connection waits for
    // its timeout (10 s), on the schedule's own thread, while the event loop goes on.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QuerySession session(m_dir.filePath(QStringLiteral("silent.sqlite")), QStringLiteral("osm-hq"));
    ScheduledQueries scheduled(&session, [this] { return m_scope; });
    QSignalSpy errors(&scheduled, &ScheduledQueries::errorOccurred);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(10);
    scheduled.start(StoreConnection {
        StoreLocation::postgres(QStringLiteral("127.0.0.1"), silent.serverPort(),
                                QStringLiteral("osmgmt"), QStringLiteral("osmgmt")),
        QStringLiteral("not-a-secret") });
    QTRY_VERIFY(ticks >= 20); // the window's event loop turns while the store is silent
    QVERIFY(!scheduled.isStarted());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(scheduled.setSchedule(Schedule()).error(),
             QStringLiteral("The scheduled query cannot be saved: the database is not open."));
    // Then it says why, and the schedule stays off.
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("scheduled query")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!scheduled.isStarted());
    QVERIFY(!scheduled.schedule().enabled);
}

QTEST_GUILESS_MAIN(TestScheduledQueries)
#include "tst_scheduledqueries.moc"
