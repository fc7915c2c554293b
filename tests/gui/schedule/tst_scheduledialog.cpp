#include "common/clock.h"
#include "schedule/scheduledialog.h"
#include "testclock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QtTest>

#include <ctime>
#include <memory>

// The Scheduled Query dialog refuses bad input at the field with the reason, shows the next run
// and returns what was chosen. The clock and the time zone are the test's.
namespace {

void setTimeZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}

Schedule weeklySunday()
{
    Schedule schedule;
    schedule.enabled = true;
    schedule.frequency = ScheduleFrequency::Weekly;
    schedule.dayOfWeek = Qt::Sunday;
    schedule.timeOfDay = QTime(3, 45);
    schedule.effectiveFrom = at("2024-05-01T00:00:00Z");
    return schedule;
}

template<typename T> T *child(const QDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(widget, "child", name);
    return widget;
}

// Qt's time formats may put a narrow no-break space before AM/PM.
QString text(const QDialog &dialog, const char *label)
{
    return child<QLabel>(dialog, label)->text().replace(QChar(0x202F), QLatin1Char(' '));
}

bool saveEnabled(const QDialog &dialog)
{
    return child<QPushButton>(dialog, "save")->isEnabled();
}

void retype(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

class TestScheduleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void opensWithTheSchedule();
    void offSaysSoAndDisablesTheFields();
    void enablingShowsTheNextRun();
    void refusesDayOfMonth_data();
    void refusesDayOfMonth();
    void shorterMonthsAreExplained();
    void refusesHours_data();
    void refusesHours();
    void hiddenFieldDoesNotBlockSave();
    void returnsWhatWasChosen();
    void unchangedKeepsEffectiveFrom();
    void springForwardShowsTheValidTime();

private:
    QByteArray m_savedTz;
};

void TestScheduleDialog::initTestCase()
{
    m_savedTz = qgetenv("TZ");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScheduleDialog::init()
{
    setTimeZone("UTC");
    // Friday, 10 May 2024, noon.
    Clock::setInstance(std::make_shared<TestClock>(at("2024-05-10T12:00:00Z")));
}

void TestScheduleDialog::cleanupTestCase()
{
    Clock::setInstance(nullptr);
    if (m_savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", m_savedTz);
    tzset();
}

void TestScheduleDialog::opensWithTheSchedule()
{
    ScheduleDialog dialog(weeklySunday());
    QVERIFY(child<QCheckBox>(dialog, "enabled")->isChecked());
    QCOMPARE(child<QComboBox>(dialog, "frequency")->currentText(), QStringLiteral("Weekly"));
    QCOMPARE(child<QComboBox>(dialog, "dayOfWeek")->currentText(), QStringLiteral("Sunday"));
    QCOMPARE(child<QTimeEdit>(dialog, "time")->time(), QTime(3, 45));
    QVERIFY(!child<QComboBox>(dialog, "dayOfWeek")->isHidden());
    QVERIFY(child<QLineEdit>(dialog, "dayOfMonth")->isHidden());
    QVERIFY(child<QLineEdit>(dialog, "hours")->isHidden());
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Sunday, May 12, 2024 at 3:45 AM"));
    QVERIFY(saveEnabled(dialog));
    QCOMPARE(dialog.schedule(), weeklySunday());
}

void TestScheduleDialog::offSaysSoAndDisablesTheFields()
{
    Schedule off = weeklySunday();
    off.enabled = false;
    ScheduleDialog dialog(off);
    QVERIFY(!child<QCheckBox>(dialog, "enabled")->isChecked());
    QCOMPARE(text(dialog, "nextRun"), QStringLiteral("The scheduled query is off."));
    QVERIFY(!child<QComboBox>(dialog, "frequency")->isEnabledTo(&dialog));
    QVERIFY(saveEnabled(dialog)); // turning it off is saved like any change
    QVERIFY(!dialog.schedule().enabled);
}

void TestScheduleDialog::enablingShowsTheNextRun()
{
    ScheduleDialog dialog { Schedule() }; // the default: off, daily at 02:00
    child<QCheckBox>(dialog, "enabled")->click();
    QVERIFY(child<QComboBox>(dialog, "frequency")->isEnabledTo(&dialog));
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Saturday, May 11, 2024 at 2:00 AM"));
    const Schedule chosen = dialog.schedule();
    QVERIFY(chosen.enabled);
    QCOMPARE(chosen.effectiveFrom, at("2024-05-10T12:00:00Z"));
    QVERIFY2(chosen.validated().ok(), qPrintable(chosen.validated().error()));
}

void TestScheduleDialog::refusesDayOfMonth_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("from 1 to 31, not 0");
    QTest::newRow("32") << QStringLiteral("32") << QStringLiteral("from 1 to 31, not 32");
    QTest::newRow("words") << QStringLiteral("last")
                           << QStringLiteral("\"last\" is not a whole number");
    QTest::newRow("empty") << QString() << QStringLiteral("Type the day of the month");
}

void TestScheduleDialog::refusesDayOfMonth()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    ScheduleDialog dialog(weeklySunday());
    child<QComboBox>(dialog, "frequency")->setCurrentIndex(2); // Monthly
    QVERIFY(!child<QLineEdit>(dialog, "dayOfMonth")->isHidden());
    QVERIFY(child<QComboBox>(dialog, "dayOfWeek")->isHidden());
    retype(child<QLineEdit>(dialog, "dayOfMonth"), typed);
    QVERIFY2(text(dialog, "dayOfMonthError").contains(reason),
             qPrintable(text(dialog, "dayOfMonthError")));
    QVERIFY(!saveEnabled(dialog));
    QCOMPARE(text(dialog, "nextRun"), QString());

    retype(child<QLineEdit>(dialog, "dayOfMonth"), QStringLiteral("15"));
    QCOMPARE(text(dialog, "dayOfMonthError"), QString());
    QVERIFY(saveEnabled(dialog));
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Wednesday, May 15, 2024 at 3:45 AM"));
    QCOMPARE(dialog.schedule().dayOfMonth, 15);
    QCOMPARE(dialog.schedule().frequency, ScheduleFrequency::Monthly);
}

void TestScheduleDialog::shorterMonthsAreExplained()
{
    Clock::setInstance(std::make_shared<TestClock>(at("2024-04-10T12:00:00Z")));
    ScheduleDialog dialog(weeklySunday());
    child<QComboBox>(dialog, "frequency")->setCurrentIndex(2); // Monthly
    retype(child<QLineEdit>(dialog, "dayOfMonth"), QStringLiteral("28"));
    QCOMPARE(text(dialog, "monthlyNote"), QString());
    retype(child<QLineEdit>(dialog, "dayOfMonth"), QStringLiteral("31"));
    QCOMPARE(text(dialog, "monthlyNote"),
             QStringLiteral("In a month without day 31, the query runs on the month's last day."));
    // April has 30 days.
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Tuesday, April 30, 2024 at 3:45 AM"));
}

void TestScheduleDialog::refusesHours_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("from 1 to 168 (one week), not 0");
    QTest::newRow("169") << QStringLiteral("169") << QStringLiteral("not 169");
    QTest::newRow("fraction") << QStringLiteral("1.5")
                              << QStringLiteral("\"1.5\" is not a whole number");
    QTest::newRow("empty") << QString() << QStringLiteral("Type how many hours");
}

void TestScheduleDialog::refusesHours()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    ScheduleDialog dialog(weeklySunday());
    child<QComboBox>(dialog, "frequency")->setCurrentIndex(3); // Every N hours
    QVERIFY(!child<QLineEdit>(dialog, "hours")->isHidden());
    retype(child<QLineEdit>(dialog, "hours"), typed);
    QVERIFY2(text(dialog, "hoursError").contains(reason), qPrintable(text(dialog, "hoursError")));
    QVERIFY(!saveEnabled(dialog));

    retype(child<QLineEdit>(dialog, "hours"), QStringLiteral("6"));
    QCOMPARE(text(dialog, "hoursError"), QString());
    QVERIFY(saveEnabled(dialog));
    QCOMPARE(text(dialog, "timeNote"),
             QStringLiteral("The query runs at 3:45 AM and every 6 hour(s) before and after it."));
    // In step with 03:45, from noon on: 15:45.
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Friday, May 10, 2024 at 3:45 PM"));
}

void TestScheduleDialog::hiddenFieldDoesNotBlockSave()
{
    ScheduleDialog dialog(weeklySunday());
    auto *frequency = child<QComboBox>(dialog, "frequency");
    frequency->setCurrentIndex(2); // Monthly
    retype(child<QLineEdit>(dialog, "dayOfMonth"), QStringLiteral("99"));
    QVERIFY(!saveEnabled(dialog));
    frequency->setCurrentIndex(0); // Daily: the day of the month does not matter
    QVERIFY(saveEnabled(dialog));
    QCOMPARE(dialog.schedule().dayOfMonth, weeklySunday().dayOfMonth); // the last valid one
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Saturday, May 11, 2024 at 3:45 AM"));
}

void TestScheduleDialog::returnsWhatWasChosen()
{
    ScheduleDialog dialog(weeklySunday());
    child<QComboBox>(dialog, "frequency")->setCurrentIndex(3); // Every N hours
    retype(child<QLineEdit>(dialog, "hours"), QStringLiteral("12"));
    child<QTimeEdit>(dialog, "time")->setTime(QTime(22, 15));
    const Schedule chosen = dialog.schedule();
    QVERIFY(chosen.enabled);
    QCOMPARE(chosen.frequency, ScheduleFrequency::EveryNHours);
    QCOMPARE(chosen.intervalHours, 12);
    QCOMPARE(chosen.timeOfDay, QTime(22, 15));
    QCOMPARE(chosen.dayOfWeek, Qt::Sunday);
    // Changed, so it counts from now: nothing earlier is "missed".
    QCOMPARE(chosen.effectiveFrom, at("2024-05-10T12:00:00Z"));
    QVERIFY2(chosen.validated().ok(), qPrintable(chosen.validated().error()));
}

void TestScheduleDialog::unchangedKeepsEffectiveFrom()
{
    ScheduleDialog dialog(weeklySunday());
    auto *time = child<QTimeEdit>(dialog, "time");
    time->setTime(QTime(4, 0));
    QCOMPARE(dialog.schedule().effectiveFrom, at("2024-05-10T12:00:00Z"));
    time->setTime(QTime(3, 45)); // back as it was
    QCOMPARE(dialog.schedule().effectiveFrom, weeklySunday().effectiveFrom);
}

void TestScheduleDialog::springForwardShowsTheValidTime()
{
    setTimeZone("Europe/Berlin");
    Clock::setInstance(std::make_shared<TestClock>(at("2024-03-30T12:00:00Z")));
    Schedule daily = weeklySunday();
    daily.frequency = ScheduleFrequency::Daily;
    daily.timeOfDay = QTime(2, 30);
    daily.effectiveFrom = at("2024-03-01T00:00:00Z");
    ScheduleDialog dialog(daily);
    // 02:30 does not exist in Berlin on 31 March 2024: the clocks go from 02:00 to 03:00.
    QCOMPARE(text(dialog, "nextRun"),
             QStringLiteral("Next query: Sunday, March 31, 2024 at 3:00 AM"));
}

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
