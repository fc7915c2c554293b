#include "../../unit/watch/countingduty.h"
#include "consolewatcher.h"
#include "fleetprocess.h"
#include "querysession.h"
#include "schedule/schedulestore.h"
#include "scheduledqueries.h"
#include "store/database.h"
#include "testclock.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace std::chrono_literals;

// The console's watcher while another watcher (a headless one) holds the store's lease: the
// console runs no scheduled query and says who acts; once the other stops and gives the lease
// up, the console takes it and runs the run that is due. The clock stands still: the lease
// changes hands by release, never by expiry.
class TestConsoleWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void silentWhileAnotherActsThenTakesOver();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<TestClock> m_clock;
};

void TestConsoleWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
    tzset();
    m_clock = std::make_shared<TestClock>(at("2024-05-10T12:00:00Z"));
    Clock::setInstance(m_clock);
}

void TestConsoleWatcher::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestConsoleWatcher::silentWhileAnotherActsThenTakesOver()
{
    const QString db = m_dir.filePath(QStringLiteral("console.sqlite"));
    const StoreConnection store { StoreLocation::sqlite(db), {} };
    {
        // Daily at 02:00, saved the day before: today's 02:00 is due, missed.
        auto database = Database::openSqlite(db);
        QVERIFY(database);
        Schedule daily;
        daily.enabled = true;
        daily.frequency = ScheduleFrequency::Daily;
        daily.timeOfDay = QTime(2, 0);
        daily.effectiveFrom = at("2024-05-09T08:00:00Z");
        QVERIFY(ScheduleStore(database.value()).save(daily));
    }
    auto headlessDuty = std::make_shared<CountingDuty>(QStringLiteral("scheduled-query"), 30s);
    Watcher headless(store, { headlessDuty }, 3s);
    QSignalSpy headlessRounds(&headless, &Watcher::roundDone);
    headless.start();
    QTRY_COMPARE(headlessRounds.count(), 1);

    // A scope of one loopback address where nothing listens: the query is quick.
    Scope scope;
    const QString net = FleetProcess::randomLoopbackNetwork();
    scope.ipv4Ranges = { Ipv4Range::parse(net + QStringLiteral("1")).value() };
    scope.ports = PortList::fromNumbers({ FleetProcess::randomPort() }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = 200;
    QuerySession session(db, QStringLiteral("osm-hq"));
    ScheduledQueries scheduled(&session, [scope] { return scope; });
    ConsoleWatcher console(store, { scheduled.watchDuty() }, 3s);
    scheduled.followLease(&console);
    QSignalSpy started(&scheduled, &ScheduledQueries::runStarted);
    QSignalSpy acting(&console, &ConsoleWatcher::actingChanged);
    scheduled.start(store);
    console.start();
    QTRY_VERIFY(scheduled.isStarted());
    const QString host = QSysInfo::machineHostName();
    QTRY_COMPARE(console.statusText(), QStringLiteral("Watcher: %1").arg(host));
    QVERIFY(console.statusDetail().contains(headless.holder()));
    QVERIFY(!console.isActing());
    // Loaded and checked at once, as the console does at start: the due run waits for the lease.
    QCOMPARE(started.count(), 0);
    QVERIFY(!scheduled.scheduler().isActing());

    QSignalSpy finished(&session, &QuerySession::queryFinished);
    headless.stop(); // gives the lease up
    QTRY_COMPARE(acting.count(), 1);
    QVERIFY(acting.first().first().toBool());
    QCOMPARE(console.statusText(), QStringLiteral("Watcher: this console"));
    // Taking the lease, the console reads the schedule again and runs the missed run, once.
    QTRY_COMPARE(started.count(), 1);
    QVERIFY2(started.first().first().toString().contains(QStringLiteral("missed")),
             qPrintable(started.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(headlessDuty->rounds.load(), 1);
}

QTEST_GUILESS_MAIN(TestConsoleWatcher)
#include "tst_consolewatcher.moc"
