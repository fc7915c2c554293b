#include "common/clock.h"
#include "schedule/scheduler.h"
#include "testclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <memory>

// The scheduler moves with a test clock: no test waits for time to pass.
namespace {

Schedule daily(const char *time)
{
    Schedule schedule;
    schedule.enabled = true;
    schedule.frequency = ScheduleFrequency::Daily;
    schedule.timeOfDay = QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm"));
    schedule.effectiveFrom = at("2024-05-01T00:00:00Z");
    return schedule;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pollsNothingByItself();
    void silentWhileAnotherWatcherActs();
    void emitsOncePerScheduledTime();
    void threeDaysOfChecksRunThreeTimes();
    void missedRunAtStartRunsOnceAndSaysSo();
    void dueRunWaitsForTheRunningQuery();
    void waitingRunsCollapse();
    void disabledNeverRuns();
    void invalidScheduleIsRefused();
    void nextRunFollowsTheClock();
    void followsTheSystemTimeZone();
    void runDescriptionSaysMissed();

private:
    std::shared_ptr<TestClock> m_clock;
};

void TestScheduler::init()
{
    m_clock = std::make_shared<TestClock>();
    Clock::setInstance(m_clock);
}

void TestScheduler::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestScheduler::pollsNothingByItself()
{
    // The watcher calls check() every 30 s, as a duty (docs/watch.md): no timer of its own.
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    QVERIFY(!scheduler.findChild<QTimer *>());
    QCOMPARE(Scheduler::checkInterval, std::chrono::seconds(30));
}

void TestScheduler::silentWhileAnotherWatcherActs()
{
    m_clock->set(at("2024-05-10T02:00:10Z"));
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    QSignalSpy due(&scheduler, &Scheduler::runDue);
    QVERIFY(scheduler.isActing());
    scheduler.setActing(false);
    scheduler.check();
    scheduler.setQueryRunning(true);
    scheduler.setQueryRunning(false); // would fire a waiting run
    QCOMPARE(due.count(), 0);
    // This console's watcher takes the lease: the run is still due, and goes.
    scheduler.setActing(true);
    scheduler.check();
    QCOMPARE(due.count(), 1);
}

void TestScheduler::emitsOncePerScheduledTime()
{
    m_clock->set(at("2024-05-10T01:59:50Z"));
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    scheduler.setLastRun(at("2024-05-09T02:00:10Z"));
    QSignalSpy due(&scheduler, &Scheduler::runDue);

    scheduler.check();
    QCOMPARE(due.count(), 0);
    m_clock->set(at("2024-05-10T02:00:00Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due[0][0].toBool(), false);
    QCOMPARE(due[0][1].toDateTime(), at("2024-05-10T02:00:00Z"));

    // Not recorded (the query could not start): still only once for this time.
    m_clock->advance(30);
    scheduler.check();
    QCOMPARE(due.count(), 1);

    scheduler.recordRun(at("2024-05-10T02:00:31Z"));
    QCOMPARE(scheduler.lastRun(), at("2024-05-10T02:00:31Z"));
    m_clock->set(at("2024-05-11T01:59:59Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    m_clock->set(at("2024-05-11T02:00:20Z"));
    scheduler.check();
    QCOMPARE(due.count(), 2);
    QCOMPARE(due[1][1].toDateTime(), at("2024-05-11T02:00:00Z"));
}

void TestScheduler::threeDaysOfChecksRunThreeTimes()
{
    m_clock->set(at("2024-05-10T00:00:00Z"));
    Scheduler scheduler(m_clock->now());
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    scheduler.setLastRun(at("2024-05-09T02:00:10Z"));
    int runs = 0;
    connect(&scheduler, &Scheduler::runDue, this, [&](bool missed, const QDateTime &) {
        QVERIFY(!missed);
        ++runs;
        scheduler.recordRun(Clock::instance().now());
    });
    for (int tick = 0; tick < 3 * 24 * 120; ++tick) {
        m_clock->advance(30);
        scheduler.check();
    }
    QCOMPARE(runs, 3);
}

void TestScheduler::missedRunAtStartRunsOnceAndSaysSo()
{
    const QDateTime start = at("2024-05-10T09:00:00Z");
    m_clock->set(start);
    Scheduler scheduler(start);
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    scheduler.setLastRun(at("2024-05-05T02:00:05Z")); // closed for five days
    QSignalSpy due(&scheduler, &Scheduler::runDue);

    scheduler.check(); // the console's call at start
    QCOMPARE(due.count(), 1);
    QCOMPARE(due[0][0].toBool(), true);
    QCOMPARE(due[0][1].toDateTime(), at("2024-05-10T02:00:00Z"));
    scheduler.recordRun(start);
    for (int tick = 0; tick < 10; ++tick) {
        m_clock->advance(30);
        scheduler.check();
    }
    QCOMPARE(due.count(), 1);
}

void TestScheduler::dueRunWaitsForTheRunningQuery()
{
    m_clock->set(at("2024-05-10T01:50:00Z"));
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    scheduler.setLastRun(at("2024-05-09T02:00:10Z"));
    QSignalSpy due(&scheduler, &Scheduler::runDue);

    scheduler.setQueryRunning(true); // an on-demand query
    QVERIFY(scheduler.isQueryRunning());
    QVERIFY(!scheduler.waitingRun());
    m_clock->set(at("2024-05-10T02:00:10Z"));
    scheduler.check();
    QCOMPARE(due.count(), 0);
    QVERIFY(scheduler.waitingRun());
    QCOMPARE(scheduler.waitingRun()->scheduledFor, at("2024-05-10T02:00:00Z"));

    m_clock->set(at("2024-05-10T02:07:00Z"));
    scheduler.setQueryRunning(false); // fires at once, not at the next tick
    QCOMPARE(due.count(), 1);
    QCOMPARE(due[0][0].toBool(), false);
    QCOMPARE(due[0][1].toDateTime(), at("2024-05-10T02:00:00Z"));
    QVERIFY(!scheduler.waitingRun());

    // The scheduled query itself runs now: nothing more fires while it does, or after it.
    scheduler.recordRun(m_clock->now());
    scheduler.setQueryRunning(true);
    m_clock->advance(60);
    scheduler.check();
    scheduler.setQueryRunning(false);
    QCOMPARE(due.count(), 1);
}

void TestScheduler::waitingRunsCollapse()
{
    Schedule hourly = daily("00:00");
    hourly.frequency = ScheduleFrequency::EveryNHours;
    hourly.intervalHours = 1;
    m_clock->set(at("2024-05-10T01:50:00Z"));
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(hourly));
    scheduler.setLastRun(at("2024-05-10T01:00:01Z"));
    QSignalSpy due(&scheduler, &Scheduler::runDue);

    scheduler.setQueryRunning(true); // a long query over three scheduled times
    for (int tick = 0; tick < 140 * 2; ++tick) {
        m_clock->advance(30);
        scheduler.check();
    }
    QCOMPARE(due.count(), 0);
    scheduler.setQueryRunning(false);
    QCOMPARE(due.count(), 1);
    QCOMPARE(due[0][1].toDateTime(), at("2024-05-10T04:00:00Z"));
}

void TestScheduler::disabledNeverRuns()
{
    m_clock->set(at("2024-05-10T00:00:00Z"));
    Scheduler scheduler(m_clock->now());
    scheduler.setTimeZone(QTimeZone("UTC"));
    Schedule off = daily("02:00");
    off.enabled = false;
    QVERIFY(scheduler.setSchedule(off));
    QSignalSpy due(&scheduler, &Scheduler::runDue);
    for (int tick = 0; tick < 24 * 120; ++tick) {
        m_clock->advance(30);
        scheduler.check();
    }
    QCOMPARE(due.count(), 0);
    QVERIFY(!scheduler.nextRun().isValid());
}

void TestScheduler::invalidScheduleIsRefused()
{
    Scheduler scheduler(at("2024-05-10T00:00:00Z"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    Schedule bad = daily("03:00");
    bad.frequency = ScheduleFrequency::EveryNHours;
    bad.intervalHours = 0;
    const Result<Done> refused = scheduler.setSchedule(bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("not 0")), qPrintable(refused.error()));
    QCOMPARE(scheduler.schedule(), daily("02:00"));
}

void TestScheduler::nextRunFollowsTheClock()
{
    m_clock->set(at("2024-05-10T01:00:00Z"));
    Scheduler scheduler(m_clock->now());
    scheduler.setTimeZone(QTimeZone("UTC"));
    QVERIFY(scheduler.setSchedule(daily("02:00")));
    QCOMPARE(scheduler.nextRun(), at("2024-05-10T02:00:00Z"));
    m_clock->set(at("2024-05-10T02:00:00Z"));
    QCOMPARE(scheduler.nextRun(), at("2024-05-11T02:00:00Z"));
}

// Without setTimeZone() the console's own zone applies: TZ for this process.
void TestScheduler::followsTheSystemTimeZone()
{
    const QByteArray savedTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    m_clock->set(at("2024-03-31T00:30:00Z"));
    Scheduler scheduler(at("2024-03-30T12:00:00Z"));
    Schedule schedule = daily("02:30");
    schedule.effectiveFrom = at("2024-03-30T12:00:00Z");
    QVERIFY(scheduler.setSchedule(schedule));
    // 02:30 does not exist in Berlin that night: the run is at 03:00 CEST.
    QCOMPARE(scheduler.nextRun(), at("2024-03-31T03:00:00+02:00"));
    QSignalSpy due(&scheduler, &Scheduler::runDue);
    m_clock->set(at("2024-03-31T00:59:59Z"));
    scheduler.check();
    QCOMPARE(due.count(), 0);
    m_clock->set(at("2024-03-31T01:00:00Z"));
    scheduler.check();
    QCOMPARE(due.count(), 1);
    if (savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", savedTz);
    tzset();
}

void TestScheduler::runDescriptionSaysMissed()
{
    const QDateTime when = at("2024-05-10T02:00:00Z");
    QVERIFY(Scheduler::runDescription(true, when).contains(QStringLiteral("missed")));
    QVERIFY(!Scheduler::runDescription(false, when).contains(QStringLiteral("missed")));
    QVERIFY(Scheduler::runDescription(false, when).contains(QStringLiteral("scheduled query")));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
