#include "schedule/schedule.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

// The schedule value: validation names the problem, JSON keeps every field, descriptions read
// as the administrator chose.
namespace {

Schedule enabledSchedule()
{
    Schedule schedule;
    schedule.enabled = true;
    schedule.effectiveFrom = QDateTime(QDate(2024, 5, 10), QTime(8, 15, 30, 250), Qt::UTC);
    return schedule;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

Q_DECLARE_METATYPE(Schedule)

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void defaultIsValidAndOff();
    void validationNamesTheProblem_data();
    void validationNamesTheProblem();
    void fieldChecksAcceptTheirRange();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonUsesKeys();
    void fromJsonNamesTheProblem_data();
    void fromJsonNamesTheProblem();
    void frequencyKeys();
    void descriptions_data();
    void descriptions();
};

void TestSchedule::defaultIsValidAndOff()
{
    const Schedule schedule;
    QVERIFY(!schedule.enabled);
    const Result<Schedule> valid = schedule.validated();
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    QVERIFY(*valid == schedule);
}

void TestSchedule::validationNamesTheProblem_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("reason");
    Schedule schedule = enabledSchedule();
    schedule.dayOfMonth = 0;
    QTest::newRow("day 0") << schedule << QStringLiteral("from 1 to 31, not 0");
    schedule.dayOfMonth = 32;
    QTest::newRow("day 32") << schedule << QStringLiteral("from 1 to 31, not 32");
    schedule = enabledSchedule();
    schedule.intervalHours = 0;
    QTest::newRow("0 hours") << schedule << QStringLiteral("from 1 to 168 (one week), not 0");
    schedule.intervalHours = 169;
    QTest::newRow("169 hours") << schedule << QStringLiteral("not 169");
    schedule = enabledSchedule();
    schedule.timeOfDay = QTime();
    QTest::newRow("no time") << schedule << QStringLiteral("not a valid time");
    schedule.timeOfDay = QTime(2, 30, 15);
    QTest::newRow("seconds") << schedule << QStringLiteral("whole minutes; 02:30:15 has seconds");
    schedule = enabledSchedule();
    // 0 lies within Qt::DayOfWeek's range of values (a cast to 8 would be undefined behaviour,
    // which UBSan rightly refuses) but names no day.
    schedule.dayOfWeek = Qt::DayOfWeek(0);
    QTest::newRow("day of week 0") << schedule << QStringLiteral("day of the week 0");
    schedule = enabledSchedule();
    schedule.effectiveFrom = QDateTime();
    QTest::newRow("enabled, never saved") << schedule << QStringLiteral("the time it was saved");
}

void TestSchedule::validationNamesTheProblem()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, reason);
    const Result<Schedule> valid = schedule.validated();
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().contains(reason), qPrintable(valid.error()));
}

void TestSchedule::fieldChecksAcceptTheirRange()
{
    for (int day = 1; day <= 31; ++day)
        QVERIFY2(Schedule::checkDayOfMonth(day), qPrintable(QString::number(day)));
    QVERIFY(!Schedule::checkDayOfMonth(-1));
    for (int hours : { 1, 2, 24, 167, 168 })
        QVERIFY2(Schedule::checkIntervalHours(hours), qPrintable(QString::number(hours)));
    for (int hours : { -5, 0, 169, 1000 })
        QVERIFY(!Schedule::checkIntervalHours(hours));
}

void TestSchedule::jsonRoundTrip_data()
{
    QTest::addColumn<Schedule>("schedule");
    Schedule schedule = enabledSchedule();
    QTest::newRow("default, off") << Schedule();
    schedule.frequency = ScheduleFrequency::Daily;
    schedule.timeOfDay = QTime(23, 59);
    QTest::newRow("daily") << schedule;
    schedule.frequency = ScheduleFrequency::Weekly;
    schedule.dayOfWeek = Qt::Sunday;
    QTest::newRow("weekly") << schedule;
    schedule.frequency = ScheduleFrequency::Monthly;
    schedule.dayOfMonth = 31;
    QTest::newRow("monthly") << schedule;
    schedule.frequency = ScheduleFrequency::EveryNHours;
    schedule.intervalHours = 168;
    schedule.timeOfDay = QTime(0, 0);
    QTest::newRow("every n hours") << schedule;
    schedule.enabled = false;
    QTest::newRow("off, keeps its fields") << schedule;
}

void TestSchedule::jsonRoundTrip()
{
    QFETCH(Schedule, schedule);
    const QByteArray json = QJsonDocument(schedule.toJson()).toJson();
    const Result<Schedule> parsed = Schedule::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY2(*parsed == schedule, json.constData());
    QCOMPARE(parsed->effectiveFrom.timeSpec(),
             schedule.effectiveFrom.isValid() ? Qt::UTC : Qt::LocalTime);
}

void TestSchedule::jsonUsesKeys()
{
    Schedule schedule = enabledSchedule();
    schedule.frequency = ScheduleFrequency::EveryNHours;
    schedule.dayOfWeek = Qt::Wednesday;
    schedule.timeOfDay = QTime(7, 5);
    schedule.intervalHours = 12;
    const QJsonObject expected = parse(
        "{\"enabled\": true, \"frequency\": \"every-n-hours\", \"dayOfWeek\": \"wednesday\","
        " \"dayOfMonth\": 1, \"time\": \"07:05\", \"intervalHours\": 12,"
        " \"effectiveFrom\": \"2024-05-10T08:15:30.250Z\"}");
    QCOMPARE(schedule.toJson(), expected);
}

void TestSchedule::fromJsonNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    const QByteArray valid = "{\"enabled\": true, \"frequency\": \"daily\", \"dayOfWeek\": "
                             "\"monday\", \"dayOfMonth\": 1, \"time\": \"02:00\", "
                             "\"intervalHours\": 24, \"effectiveFrom\": \"2024-05-10T00:00:00Z\"}";
    auto with = [&](const char *from, const char *to) {
        QByteArray json = valid;
        Q_ASSERT(json.contains(from));
        return json.replace(from, to);
    };
    QTest::newRow("no enabled") << with("\"enabled\": true, ", "")
                                << QStringLiteral("\"enabled\" must be true or false");
    QTest::newRow("enabled as text")
        << with("true", "\"yes\"") << QStringLiteral("\"enabled\" must be true or false");
    QTest::newRow("unknown frequency")
        << with("\"daily\"", "\"hourly\"")
        << QStringLiteral("unknown schedule frequency \"hourly\"; expected daily, weekly");
    QTest::newRow("frequency as number")
        << with("\"daily\"", "3") << QStringLiteral("\"frequency\" must be text");
    QTest::newRow("unknown day") << with("\"monday\"", "\"Montag\"")
                                 << QStringLiteral("\"Montag\" is not one of monday");
    QTest::newRow("fraction of a day") << with("\"dayOfMonth\": 1", "\"dayOfMonth\": 1.5")
                                       << QStringLiteral("\"dayOfMonth\" must be a whole number");
    QTest::newRow("day out of range") << with("\"dayOfMonth\": 1", "\"dayOfMonth\": 40")
                                      << QStringLiteral("from 1 to 31, not 40");
    QTest::newRow("hours as text") << with("\"intervalHours\": 24", "\"intervalHours\": \"24\"")
                                   << QStringLiteral("\"intervalHours\" must be a whole number");
    QTest::newRow("bad time") << with("02:00", "25:00")
                              << QStringLiteral("time \"25:00\" is not a time of day (HH:mm)");
    QTest::newRow("bad effectiveFrom")
        << with("2024-05-10T00:00:00Z", "yesterday")
        << QStringLiteral("effectiveFrom \"yesterday\" is not an ISO-8601 date and time");
    QTest::newRow("enabled without effectiveFrom")
        << with(", \"effectiveFrom\": \"2024-05-10T00:00:00Z\"", "")
        << QStringLiteral("the time it was saved");
}

void TestSchedule::fromJsonNamesTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY2(document.isObject(), json.constData());
    const Result<Schedule> parsed = Schedule::fromJson(document.object());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void TestSchedule::frequencyKeys()
{
    for (auto frequency : { ScheduleFrequency::Daily, ScheduleFrequency::Weekly,
                            ScheduleFrequency::Monthly, ScheduleFrequency::EveryNHours }) {
        const Result<ScheduleFrequency> back = scheduleFrequencyFromKey(toKey(frequency));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, frequency);
    }
    QCOMPARE(toKey(ScheduleFrequency::EveryNHours), QStringLiteral("every-n-hours"));
    QVERIFY(!scheduleFrequencyFromKey(QStringLiteral("Daily")).ok()); // keys, not words
}

void TestSchedule::descriptions_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("description");
    Schedule schedule = enabledSchedule();
    schedule.timeOfDay = QTime(14, 30);
    QTest::newRow("daily") << schedule << QStringLiteral("Daily at 2:30 PM");
    schedule.frequency = ScheduleFrequency::Weekly;
    schedule.dayOfWeek = Qt::Thursday;
    QTest::newRow("weekly") << schedule << QStringLiteral("Weekly on Thursday at 2:30 PM");
    schedule.frequency = ScheduleFrequency::Monthly;
    schedule.dayOfMonth = 15;
    QTest::newRow("monthly") << schedule << QStringLiteral("Monthly on day 15 at 2:30 PM");
    schedule.dayOfMonth = 30;
    QTest::newRow("monthly, a day some months lack")
        << schedule
        << QStringLiteral("Monthly on day 30 at 2:30 PM, or on the last day of a shorter month");
    schedule.frequency = ScheduleFrequency::EveryNHours;
    schedule.intervalHours = 1;
    QTest::newRow("every hour") << schedule
                                << QStringLiteral("Every 1 hour(s), counted from 2:30 PM");
}

void TestSchedule::descriptions()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, description);
    // Qt's short time format may put a narrow no-break space before AM/PM.
    QString text = schedule.description();
    text.replace(QChar(0x202F), QLatin1Char(' '));
    QCOMPARE(text, description);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
