#include "schedule/scheduleplan.h"
#include "testclock.h"

#include <QTest>
#include <QTimeZone>

// When a schedule runs (docs/scheduling.md), checked against a table in explicit time zones:
// Europe/Berlin and America/New_York, with their 2024 daylight saving changes.
namespace {

Schedule schedule(ScheduleFrequency frequency, const char *time, const char *effectiveFrom)
{
    Schedule schedule;
    schedule.enabled = true;
    schedule.frequency = frequency;
    schedule.timeOfDay = QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm"));
    schedule.effectiveFrom = at(effectiveFrom);
    return schedule;
}

Schedule daily(const char *time, const char *effectiveFrom = "2024-01-01T00:00:00Z")
{
    return schedule(ScheduleFrequency::Daily, time, effectiveFrom);
}

Schedule weekly(Qt::DayOfWeek day, const char *time)
{
    Schedule weekly = schedule(ScheduleFrequency::Weekly, time, "2023-01-01T00:00:00Z");
    weekly.dayOfWeek = day;
    return weekly;
}

Schedule monthly(int day, const char *time)
{
    Schedule monthly = schedule(ScheduleFrequency::Monthly, time, "2023-01-01T00:00:00Z");
    monthly.dayOfMonth = day;
    return monthly;
}

Schedule everyHours(int hours, const char *from, const char *effectiveFrom)
{
    Schedule every = schedule(ScheduleFrequency::EveryNHours, from, effectiveFrom);
    every.intervalHours = hours;
    return every;
}

const QByteArray berlin = "Europe/Berlin";
const QByteArray newYork = "America/New_York";
const QByteArray utc = "UTC";

} // namespace

Q_DECLARE_METATYPE(Schedule)

class TestSchedulePlan : public QObject
{
    Q_OBJECT

private slots:
    void nextRunAfter_data();
    void nextRunAfter();
    void nextRunIsAfterTheLatestRun_data() { nextRunAfter_data(); }
    void nextRunIsAfterTheLatestRun();
    void disabledOrInvalidNeverRuns();
    void dueRun_data();
    void dueRun();
    void missedRunsCollapseIntoOne();
};

void TestSchedulePlan::nextRunAfter_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");

    // Daily.
    QTest::newRow("daily, before the time")
        << berlin << daily("02:30") << at("2024-05-10T01:00:00+02:00")
        << at("2024-05-10T02:30:00+02:00");
    QTest::newRow("daily, exactly at the time: tomorrow")
        << berlin << daily("02:30") << at("2024-05-10T02:30:00+02:00")
        << at("2024-05-11T02:30:00+02:00");
    QTest::newRow("daily, after the time")
        << berlin << daily("02:30") << at("2024-05-10T09:00:00+02:00")
        << at("2024-05-11T02:30:00+02:00");
    QTest::newRow("daily, over the new year")
        << utc << daily("22:00") << at("2024-12-31T23:00:00Z") << at("2025-01-01T22:00:00Z");
    QTest::newRow("daily, local date differs from UTC")
        << newYork << daily("21:00") << at("2024-05-11T00:30:00Z") // 20:30 on the 10th there
        << at("2024-05-10T21:00:00-04:00");

    // Weekly.
    QTest::newRow("weekly, later this week")
        << berlin << weekly(Qt::Friday, "08:00") << at("2024-05-06T10:00:00+02:00")
        << at("2024-05-10T08:00:00+02:00");
    QTest::newRow("weekly, wraps to next week")
        << berlin << weekly(Qt::Monday, "08:00") << at("2024-05-07T10:00:00+02:00")
        << at("2024-05-13T08:00:00+02:00");
    QTest::newRow("weekly, same day after the time")
        << berlin << weekly(Qt::Monday, "08:00") << at("2024-05-06T08:00:01+02:00")
        << at("2024-05-13T08:00:00+02:00");
    QTest::newRow("weekly, Sunday over the year end")
        << utc << weekly(Qt::Sunday, "00:00") << at("2024-12-30T00:00:00Z")
        << at("2025-01-05T00:00:00Z");

    // Monthly: a day the month lacks runs on its last day.
    QTest::newRow("monthly 31 in February")
        << utc << monthly(31, "02:00") << at("2023-02-01T00:00:00Z") << at("2023-02-28T02:00:00Z");
    QTest::newRow("monthly 31 in February, leap year")
        << utc << monthly(31, "02:00") << at("2024-02-01T00:00:00Z") << at("2024-02-29T02:00:00Z");
    QTest::newRow("monthly 29, not a leap year")
        << utc << monthly(29, "02:00") << at("2023-02-10T00:00:00Z") << at("2023-02-28T02:00:00Z");
    QTest::newRow("monthly 29, leap year")
        << utc << monthly(29, "02:00") << at("2024-02-29T01:59:00Z") << at("2024-02-29T02:00:00Z");
    QTest::newRow("monthly 30 after the leap day: March 30")
        << utc << monthly(30, "02:00") << at("2024-02-29T02:00:00Z") << at("2024-03-30T02:00:00Z");
    QTest::newRow("monthly 31 in April")
        << berlin << monthly(31, "23:45") << at("2024-04-02T00:00:00+02:00")
        << at("2024-04-30T23:45:00+02:00");
    QTest::newRow("monthly 31 after April's last day: May 31")
        << berlin << monthly(31, "23:45") << at("2024-04-30T23:45:00+02:00")
        << at("2024-05-31T23:45:00+02:00");
    QTest::newRow("monthly 15, after this month's")
        << utc << monthly(15, "12:00") << at("2024-05-15T12:00:00Z") << at("2024-06-15T12:00:00Z");
    QTest::newRow("monthly 31, over the year end")
        << utc << monthly(31, "02:00") << at("2024-12-31T10:00:00Z") << at("2025-01-31T02:00:00Z");

    // Every N hours, in step with the first time the chosen time of day comes after saving.
    const char *saved = "2024-05-10T10:17:00+02:00";
    QTest::newRow("every 6 hours from midnight, saved at 10:17")
        << berlin << everyHours(6, "00:00", saved) << at(saved) << at("2024-05-10T12:00:00+02:00");
    QTest::newRow("every 6 hours, exactly at a run")
        << berlin << everyHours(6, "00:00", saved) << at("2024-05-10T12:00:00+02:00")
        << at("2024-05-10T18:00:00+02:00");
    QTest::newRow("every 5 hours, the first run steps back from midnight")
        << berlin << everyHours(5, "00:00", saved) << at(saved) << at("2024-05-10T14:00:00+02:00");
    QTest::newRow("every 5 hours, in step with midnight")
        << berlin << everyHours(5, "00:00", saved) << at("2024-05-10T20:30:00+02:00")
        << at("2024-05-11T00:00:00+02:00");
    QTest::newRow("every 8 hours from a time still ahead when saved")
        << berlin << everyHours(8, "22:00", saved) << at(saved) << at("2024-05-10T14:00:00+02:00");
    QTest::newRow("every 5 hours, after midnight")
        << berlin << everyHours(5, "00:00", saved) << at("2024-05-11T00:00:00+02:00")
        << at("2024-05-11T05:00:00+02:00");
    QTest::newRow("every 168 hours") << utc << everyHours(168, "09:00", "2024-05-06T08:00:00Z")
                                     << at("2024-05-06T09:00:00Z") << at("2024-05-13T09:00:00Z");
    QTest::newRow("every 1 hour") << utc << everyHours(1, "00:00", "2024-05-06T08:00:00Z")
                                  << at("2024-05-06T08:59:59.999Z") << at("2024-05-06T09:00:00Z");
    // Hours that pass: over the spring change the wall-clock times move by one hour.
    QTest::newRow("every 6 hours over the spring change")
        << berlin << everyHours(6, "00:00", "2024-03-30T12:00:00+01:00")
        << at("2024-03-31T01:00:00+01:00") << at("2024-03-31T07:00:00+02:00");

    // Daylight saving: the wall-clock time stays, a time in the gap moves to the gap's end, a
    // time that happens twice runs once.
    QTest::newRow("Berlin spring forward: 02:30 runs at 03:00")
        << berlin << daily("02:30") << at("2024-03-31T00:00:00+01:00")
        << at("2024-03-31T03:00:00+02:00");
    QTest::newRow("Berlin, the day after spring forward")
        << berlin << daily("02:30") << at("2024-03-31T03:00:00+02:00")
        << at("2024-04-01T02:30:00+02:00");
    QTest::newRow("Berlin, 01:59 before spring forward is untouched")
        << berlin << daily("01:59") << at("2024-03-31T00:00:00+01:00")
        << at("2024-03-31T01:59:00+01:00");
    QTest::newRow("Berlin, 03:00 on spring forward")
        << berlin << daily("03:00") << at("2024-03-31T00:00:00+01:00")
        << at("2024-03-31T03:00:00+02:00");
    QTest::newRow("Berlin, weekly Sunday in the gap")
        << berlin << weekly(Qt::Sunday, "02:30") << at("2024-03-25T00:00:00+01:00")
        << at("2024-03-31T03:00:00+02:00");
    QTest::newRow("Berlin fall back: the first 02:30")
        << berlin << daily("02:30") << at("2024-10-27T00:00:00+02:00")
        << at("2024-10-27T02:30:00+02:00");
    QTest::newRow("Berlin fall back: not the second 02:30")
        << berlin << daily("02:30") << at("2024-10-27T02:30:00+02:00")
        << at("2024-10-28T02:30:00+01:00");
    QTest::newRow("Berlin, winter time keeps the wall clock")
        << berlin << daily("02:30") << at("2024-12-01T12:00:00+01:00")
        << at("2024-12-02T02:30:00+01:00");
    QTest::newRow("New York spring forward: 02:15 runs at 03:00")
        << newYork << daily("02:15") << at("2024-03-10T00:00:00-05:00")
        << at("2024-03-10T03:00:00-04:00");
    QTest::newRow("New York fall back: the first 01:30")
        << newYork << daily("01:30") << at("2024-11-03T00:00:00-04:00")
        << at("2024-11-03T01:30:00-04:00");
    QTest::newRow("New York fall back: then the next day")
        << newYork << daily("01:30") << at("2024-11-03T01:30:00-04:00")
        << at("2024-11-04T01:30:00-05:00");

    // Nothing before the schedule was saved.
    QTest::newRow("not before effectiveFrom")
        << berlin << daily("02:30", "2024-05-10T10:00:00+02:00") << at("2024-05-01T00:00:00Z")
        << at("2024-05-11T02:30:00+02:00");
    QTest::newRow("effectiveFrom exactly at a run")
        << berlin << daily("02:30", "2024-05-10T02:30:00+02:00") << at("2024-05-01T00:00:00Z")
        << at("2024-05-10T02:30:00+02:00");
}

void TestSchedulePlan::nextRunAfter()
{
    QFETCH(QByteArray, zone);
    QFETCH(Schedule, schedule);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const QDateTime next = ::nextRunAfter(schedule, after, timeZone);
    QVERIFY2(next == expected,
             qPrintable(QStringLiteral("%1, expected %2")
                            .arg(next.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
}

// The latest run at or before the next one is that next one, and nothing lies in between.
void TestSchedulePlan::nextRunIsAfterTheLatestRun()
{
    QFETCH(QByteArray, zone);
    QFETCH(Schedule, schedule);
    QFETCH(QDateTime, expected);
    const QTimeZone timeZone(zone);
    QCOMPARE(latestRunAtOrBefore(schedule, expected, timeZone), expected);
    const QDateTime before = latestRunAtOrBefore(schedule, expected.addMSecs(-1), timeZone);
    // No run before it: it is the first run of the schedule.
    const QDateTime from = before.isValid() ? before : schedule.effectiveFrom.addMSecs(-1);
    QCOMPARE(::nextRunAfter(schedule, from, timeZone), expected);
}

void TestSchedulePlan::disabledOrInvalidNeverRuns()
{
    const QTimeZone zone("UTC");
    Schedule off = daily("02:00");
    off.enabled = false;
    QVERIFY(!::nextRunAfter(off, at("2024-05-10T00:00:00Z"), zone).isValid());
    QVERIFY(
        !::dueRun(off, std::nullopt, at("2024-05-10T03:00:00Z"), at("2024-05-10T00:00:00Z"), zone));
    Schedule invalid = daily("02:00");
    invalid.dayOfMonth = 0;
    QVERIFY(!::nextRunAfter(invalid, at("2024-05-10T00:00:00Z"), zone).isValid());
    Schedule unsaved = daily("02:00");
    unsaved.effectiveFrom = {};
    QVERIFY(!::latestRunAtOrBefore(unsaved, at("2024-05-10T03:00:00Z"), zone).isValid());
}

void TestSchedulePlan::dueRun_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QDateTime>("lastRun"); // invalid: never ran
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("consoleStartedAt");
    QTest::addColumn<QDateTime>("dueFor"); // invalid: nothing due
    QTest::addColumn<bool>("missed");

    const Schedule at2 = daily("02:00", "2024-05-01T00:00:00Z");
    const QDateTime none;
    const QDateTime today = at("2024-05-10T02:00:00Z");
    QTest::newRow("on time, never ran") << at2 << none << at("2024-05-10T02:00:10Z")
                                        << at("2024-05-09T12:00:00Z") << today << false;
    QTest::newRow("on time after yesterday's")
        << at2 << at("2024-05-09T02:00:20Z") << at("2024-05-10T02:00:30Z")
        << at("2024-05-10T01:00:00Z") << today << false;
    QTest::newRow("not yet") << at2 << at("2024-05-09T02:00:20Z") << at("2024-05-10T01:59:59Z")
                             << at("2024-05-09T12:00:00Z") << none << false;
    QTest::newRow("already ran") << at2 << at("2024-05-10T02:00:05Z") << at("2024-05-10T02:00:40Z")
                                 << at("2024-05-09T12:00:00Z") << none << false;
    QTest::newRow("missed while closed, five days collapse into the latest")
        << at2 << at("2024-05-05T02:00:05Z") << at("2024-05-10T09:00:01Z")
        << at("2024-05-10T09:00:00Z") << today << true;
    QTest::newRow("missed, never ran")
        << at2 << none << at("2024-05-10T09:00:01Z") << at("2024-05-10T09:00:00Z") << today << true;
    QTest::newRow("console started exactly at the time: on time")
        << at2 << at("2024-05-09T02:00:05Z") << at("2024-05-10T02:00:01Z") << today << today
        << false;
    QTest::newRow("ran at once at start, then nothing")
        << at2 << at("2024-05-10T09:00:02Z") << at("2024-05-10T09:30:00Z")
        << at("2024-05-10T09:00:00Z") << none << false;
    QTest::newRow("saved after today's time: nothing missed")
        << daily("02:00", "2024-05-10T10:00:00Z") << none << at("2024-05-10T11:00:00Z")
        << at("2024-05-10T09:00:00Z") << none << false;
    QTest::newRow("clock set back before the last run")
        << at2 << at("2024-05-10T02:00:05Z") << at("2024-05-09T23:00:00Z")
        << at("2024-05-09T12:00:00Z") << none << false;
    QTest::newRow("every 6 hours, missed")
        << everyHours(6, "00:00", "2024-05-01T00:00:00Z") << at("2024-05-10T06:00:01Z")
        << at("2024-05-10T19:00:00Z") << at("2024-05-10T18:30:00Z") << at("2024-05-10T18:00:00Z")
        << true;
}

void TestSchedulePlan::dueRun()
{
    QFETCH(Schedule, schedule);
    QFETCH(QDateTime, lastRun);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, consoleStartedAt);
    QFETCH(QDateTime, dueFor);
    QFETCH(bool, missed);
    const std::optional<QDateTime> last
        = lastRun.isValid() ? std::optional<QDateTime>(lastRun) : std::nullopt;
    const auto due = ::dueRun(schedule, last, now, consoleStartedAt, QTimeZone("UTC"));
    QCOMPARE(due.has_value(), dueFor.isValid());
    if (!due)
        return;
    QCOMPARE(due->scheduledFor, dueFor);
    QCOMPARE(due->missed, missed);
}

// A console closed for a week and checking every 30 s after it starts runs the missed daily
// once, then the next ones on time.
void TestSchedulePlan::missedRunsCollapseIntoOne()
{
    const QTimeZone zone("UTC");
    const Schedule at2 = daily("02:00", "2024-05-01T00:00:00Z");
    const QDateTime started = at("2024-05-10T09:00:00Z");
    std::optional<QDateTime> lastRun = at("2024-05-03T02:00:03Z");
    QVector<DueRun> runs;
    for (QDateTime now = started; now < at("2024-05-12T09:00:00Z"); now = now.addSecs(30)) {
        const auto due = ::dueRun(at2, lastRun, now, started, zone);
        if (!due)
            continue;
        runs << *due;
        lastRun = now;
    }
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0].scheduledFor, at("2024-05-10T02:00:00Z"));
    QVERIFY(runs[0].missed);
    QCOMPARE(runs[1].scheduledFor, at("2024-05-11T02:00:00Z"));
    QVERIFY(!runs[1].missed);
    QCOMPARE(runs[2].scheduledFor, at("2024-05-12T02:00:00Z"));
    QVERIFY(!runs[2].missed);
}

QTEST_GUILESS_MAIN(TestSchedulePlan)
#include "tst_scheduleplan.moc"
