#include "countingduty.h"
#include "store/database.h"
#include "testclock.h"
#include "watch/watchcycle.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// One cycle of the watcher, with a clock the test moves: which duties are due, what `--once`
// runs, and that nothing runs without the lease.
class TestWatchCycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyDutyRunsAtTheFirstCycle();
    void aDutyRunsAgainOnlyOnceItsIntervalPassed();
    void onceRunsEveryDutyWhateverItsInterval();
    void twoOnceRunsCountTwoRounds();
    void nothingRunsWithoutTheLease();
    void aFailedRoundIsReportedAndDueAtTheNextInterval();
    void aClockSetBackMakesTheDutyDue();

private:
    WatchCycle cycle(const QString &holder, std::vector<std::shared_ptr<WatchDuty>> duties)
    {
        return WatchCycle(std::move(duties), StoreLease(holder, 60s));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<TestClock> m_clock;
    std::shared_ptr<Database> m_store;
    std::shared_ptr<CountingDuty> m_fast;
    std::shared_ptr<CountingDuty> m_slow;
};

void TestWatchCycle::init()
{
    m_clock = std::make_shared<TestClock>(at("2024-05-10T12:00:00Z"));
    Clock::setInstance(m_clock);
    auto opened = Database::openSqlite(m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_store = opened.value();
    m_fast = std::make_shared<CountingDuty>(QStringLiteral("fast"), 30s);
    m_slow = std::make_shared<CountingDuty>(QStringLiteral("slow"), 3600s);
}

void TestWatchCycle::cleanup()
{
    m_store.reset();
    Clock::setInstance(nullptr);
}

void TestWatchCycle::everyDutyRunsAtTheFirstCycle()
{
    WatchCycle watch = cycle(QStringLiteral("a"), { m_fast, m_slow });
    const CycleReport report = watch.run(m_store, WatchCycle::Mode::DueDuties);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.lease && report.lease->held);
    QCOMPARE(report.rounds.size(), 2);
    QCOMPARE(report.rounds.at(0).duty, QStringLiteral("fast"));
    QCOMPARE(report.rounds.at(0).at, at("2024-05-10T12:00:00Z"));
    QCOMPARE(report.rounds.at(0).text, QStringLiteral("round 1"));
    QCOMPARE(watch.nextRound(QStringLiteral("fast")), at("2024-05-10T12:00:30Z"));
    QCOMPARE(watch.nextRound(QStringLiteral("slow")), at("2024-05-10T13:00:00Z"));
}

void TestWatchCycle::aDutyRunsAgainOnlyOnceItsIntervalPassed()
{
    WatchCycle watch = cycle(QStringLiteral("a"), { m_fast, m_slow });
    watch.run(m_store, WatchCycle::Mode::DueDuties);
    m_clock->advance(29);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 0);
    QCOMPARE(m_fast->rounds.load(), 1);
    m_clock->advance(1);
    const CycleReport due = watch.run(m_store, WatchCycle::Mode::DueDuties);
    QCOMPARE(due.rounds.size(), 1);
    QCOMPARE(due.rounds.first().duty, QStringLiteral("fast"));
    QCOMPARE(m_fast->rounds.load(), 2);
    QCOMPARE(m_slow->rounds.load(), 1);
    m_clock->advance(3600);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 2);
    QCOMPARE(m_slow->rounds.load(), 2);
}

void TestWatchCycle::onceRunsEveryDutyWhateverItsInterval()
{
    WatchCycle watch = cycle(QStringLiteral("a"), { m_fast, m_slow });
    watch.run(m_store, WatchCycle::Mode::DueDuties);
    m_clock->advance(1);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::EveryDuty).rounds.size(), 2);
    QCOMPARE(m_slow->rounds.load(), 2);
}

void TestWatchCycle::twoOnceRunsCountTwoRounds()
{
    // Two `osmgmt-cli watch --once` a second apart: two watchers, each giving its lease up.
    for (const char *holder : { "once-1", "once-2" }) {
        WatchCycle watch = cycle(QString::fromLatin1(holder), { m_slow });
        const CycleReport report = watch.run(m_store, WatchCycle::Mode::EveryDuty);
        QVERIFY(report.lease && report.lease->held);
        QCOMPARE(watch.lease().release(*m_store).error(), QString());
        m_clock->advance(1);
    }
    QCOMPARE(m_slow->rounds.load(), 2);
}

void TestWatchCycle::nothingRunsWithoutTheLease()
{
    WatchCycle holder = cycle(QStringLiteral("a"), { m_fast });
    QCOMPARE(holder.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 1);
    auto other = std::make_shared<CountingDuty>(QStringLiteral("fast"), 30s);
    WatchCycle waiting = cycle(QStringLiteral("b"), { other });
    for (int second = 0; second < 120; second += 10) {
        m_clock->advance(10);
        holder.run(m_store, WatchCycle::Mode::DueDuties);
        const CycleReport report = waiting.run(m_store, WatchCycle::Mode::EveryDuty);
        QVERIFY(report.lease && !report.lease->held);
        QCOMPARE(report.lease->holder, QStringLiteral("a"));
        QVERIFY(report.rounds.isEmpty());
    }
    QCOMPARE(other->rounds.load(), 0);
    QCOMPARE(m_fast->rounds.load(), 5); // at 0, 30, 60, 90 and 120 s
    // The holder stops renewing (killed): once its lease has expired, b acts.
    m_clock->advance(61);
    const CycleReport taken = waiting.run(m_store, WatchCycle::Mode::DueDuties);
    QVERIFY(taken.lease->held);
    QCOMPARE(taken.lease->previousHolder, QStringLiteral("a"));
    QCOMPARE(other->rounds.load(), 1);
}

void TestWatchCycle::aFailedRoundIsReportedAndDueAtTheNextInterval()
{
    m_fast->failing = true;
    WatchCycle watch = cycle(QStringLiteral("a"), { m_fast });
    const CycleReport report = watch.run(m_store, WatchCycle::Mode::DueDuties);
    QCOMPARE(report.rounds.size(), 1);
    QVERIFY(!report.rounds.first().ok);
    QCOMPARE(report.rounds.first().text, QStringLiteral("failed on purpose"));
    m_clock->advance(10);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 0);
    m_clock->advance(20);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 1);
}

void TestWatchCycle::aClockSetBackMakesTheDutyDue()
{
    WatchCycle watch = cycle(QStringLiteral("a"), { m_slow });
    watch.run(m_store, WatchCycle::Mode::DueDuties);
    m_clock->advance(-3600);
    QCOMPARE(watch.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 1);
}

QTEST_GUILESS_MAIN(TestWatchCycle)
#include "tst_watchcycle.moc"
