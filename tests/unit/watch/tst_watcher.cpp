#include "countingduty.h"
#include "testclock.h"
#include "watch/watcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The watcher on its thread, on a real SQLite file. The clock stands still, so no lease expires
// here: the second watcher acts only because the first one released the lease when it stopped
// (expiry is tst_storelease's and tst_watchcycle's, with a moving clock).
class TestWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cycleIsAThirdOfTheLease();
    void secondWatcherWaitsThenActsWhenTheFirstStops();
    void onceRunsOneCycleAndGivesTheLeaseUp();
    void aStoreThatCannotOpenIsSaidOnce();

private:
    StoreConnection store() const
    {
        return StoreConnection { StoreLocation::sqlite(m_dir.filePath(QStringLiteral("w.sqlite"))),
                                 {} };
    }

    QTemporaryDir m_dir;
    std::shared_ptr<TestClock> m_clock;
};

void TestWatcher::init()
{
    m_clock = std::make_shared<TestClock>(at("2024-05-10T12:00:00Z"));
    Clock::setInstance(m_clock);
}

void TestWatcher::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestWatcher::cycleIsAThirdOfTheLease()
{
    QCOMPARE(Watcher::cycleInterval(3s), 1000ms);
    QCOMPARE(Watcher::cycleInterval(Watcher::defaultLease), 10000ms); // at most 10 s
}

void TestWatcher::secondWatcherWaitsThenActsWhenTheFirstStops()
{
    auto firstDuty = std::make_shared<CountingDuty>(QStringLiteral("d"), 30s);
    auto secondDuty = std::make_shared<CountingDuty>(QStringLiteral("d"), 30s);
    Watcher first(store(), { firstDuty }, 3s);
    Watcher second(store(), { secondDuty }, 3s);
    QSignalSpy firstLease(&first, &Watcher::leaseChanged);
    QSignalSpy firstRounds(&first, &Watcher::roundDone);
    QSignalSpy secondLease(&second, &Watcher::leaseChanged);
    QSignalSpy secondRounds(&second, &Watcher::roundDone);

    first.start();
    QTRY_COMPARE(firstRounds.count(), 1);
    QVERIFY(firstLease.first().first().value<LeaseState>().held);
    second.start();
    QTRY_COMPARE(secondLease.count(), 1);
    const auto waiting = secondLease.first().first().value<LeaseState>();
    QVERIFY(!waiting.held);
    QCOMPARE(waiting.holder, first.holder());
    QCOMPARE(waiting.expiresAt, at("2024-05-10T12:00:03Z"));

    first.stop(); // releases the lease
    QTRY_COMPARE(secondRounds.count(), 1);
    QCOMPARE(secondLease.count(), 2);
    QVERIFY(secondLease.last().first().value<LeaseState>().held);
    QCOMPARE(secondRounds.first().first().value<RoundReport>().text, QStringLiteral("round 1"));
    QCOMPARE(firstDuty->rounds.load(), 1); // the clock did not move: no second round is due
}

void TestWatcher::onceRunsOneCycleAndGivesTheLeaseUp()
{
    auto duty = std::make_shared<CountingDuty>(QStringLiteral("d"), 3600s);
    for (int run = 1; run <= 2; ++run) {
        Watcher once(store(), { duty }, 60s);
        QSignalSpy finished(&once, &Watcher::finished);
        QSignalSpy rounds(&once, &Watcher::roundDone);
        once.runOnce();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(rounds.count(), 1);
    }
    QCOMPARE(duty->rounds.load(), 2); // two --once runs, two rounds, with no time passing

    // While a running watcher holds the lease, --once waits for nothing and runs nothing.
    auto held = std::make_shared<CountingDuty>(QStringLiteral("d"), 3600s);
    Watcher running(store(), { held }, 60s);
    QSignalSpy runningRounds(&running, &Watcher::roundDone);
    running.start();
    QTRY_COMPARE(runningRounds.count(), 1);
    Watcher once(store(), { duty }, 60s);
    QSignalSpy finished(&once, &Watcher::finished);
    QSignalSpy lease(&once, &Watcher::leaseChanged);
    once.runOnce();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(lease.count(), 1);
    QCOMPARE(lease.first().first().value<LeaseState>().holder, running.holder());
    QCOMPARE(duty->rounds.load(), 2);
}

void TestWatcher::aStoreThatCannotOpenIsSaidOnce()
{
    auto duty = std::make_shared<CountingDuty>(QStringLiteral("d"), 30s);
    // A folder where the database file should be.
    Watcher watcher(StoreConnection { StoreLocation::sqlite(m_dir.path()), {} }, { duty }, 3s);
    QSignalSpy failed(&watcher, &Watcher::storeFailed);
    watcher.start();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("folder")),
             qPrintable(failed.first().first().toString()));
    QTest::qWait(2500); // two more cycles fail alike, and are not said again
    QCOMPARE(failed.count(), 1);
    QCOMPARE(duty->rounds.load(), 0);
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
