#include "eventfeed.h"
#include "heartbeat/eventnotifier.h"

#include <QSignalSpy>
#include <QTest>

// The words of a desktop notification: one event in full, several counted with the first few
// named. Which kinds arrive is the feed's (tst_eventfeed), but a failed automatic response is
// always among them, and raises the status bar's alarm (issue 14, point 3).
class TestEventNotifier : public QObject
{
    Q_OBJECT

private slots:
    void noEventTellsNothing();
    void oneEventIsToldInFull();
    void severalAreCounted();
    void anAutomaticResponseIsToldByItsDetail();
    void aFailedAutomaticResponseIsAlwaysLoud();
};

namespace {
ComputerEvent sample(int host, const char *kind, const char *from, const char *to)
{
    return ComputerEvent { 0,
                           QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC),
                           QLatin1String(kind),
                           QStringLiteral("ws%1").arg(host),
                           QStringLiteral("10.0.0.%1").arg(host),
                           QLatin1String(from),
                           QLatin1String(to),
                           QString() };
}
} // namespace

void TestEventNotifier::noEventTellsNothing()
{
    QVERIFY(!EventNotifier::messageFor({}));
}

void TestEventNotifier::oneEventIsToldInFull()
{
    const auto message
        = EventNotifier::messageFor({ sample(2, "went-offline", "online", "offline") });
    QVERIFY(message);
    QCOMPARE(message->title, QStringLiteral("Went offline"));
    QCOMPARE(message->text, QStringLiteral("ws2 (10.0.0.2): Online → Offline"));
}

void TestEventNotifier::severalAreCounted()
{
    QVector<ComputerEvent> events;
    for (int host = 1; host <= 5; ++host)
        events.append(sample(host, "went-offline", "online", "offline"));
    const auto message = EventNotifier::messageFor(events);
    QVERIFY(message);
    QCOMPARE(message->title, QStringLiteral("5 events"));
    const QStringList lines = message->text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("Went offline: ws1 (10.0.0.1)"));
    QCOMPARE(lines[3], QStringLiteral("and 2 more"));
}

void TestEventNotifier::anAutomaticResponseIsToldByItsDetail()
{
    ComputerEvent failed = sample(3, "auto-response-failed", "", "quarantine");
    failed.detail = QStringLiteral("WORM_X detected; rule worms: Quarantine. Failed: refused.");
    const auto message = EventNotifier::messageFor({ failed });
    QVERIFY(message);
    QCOMPARE(message->title, QStringLiteral("Automatic response failed"));
    QCOMPARE(message->text,
             QStringLiteral("ws3 (10.0.0.3): WORM_X detected; rule worms: "
                            "Quarantine. Failed: refused."));
}

void TestEventNotifier::aFailedAutomaticResponseIsAlwaysLoud()
{
    const QStringList always { QStringLiteral("auto-response-failed"),
                               QStringLiteral("auto-response-notified") };
    QCOMPARE(EventNotifier::kindsToNotify({}), always);
    QCOMPARE(EventNotifier::kindsToNotify(
                 { QStringLiteral("went-offline"), QStringLiteral("auto-response-failed") }),
             QStringList({ QStringLiteral("went-offline"), QStringLiteral("auto-response-failed"),
                           QStringLiteral("auto-response-notified") }));
    QVERIFY(EventNotifier::alarmFor({ sample(1, "went-offline", "online", "offline"),
                                      sample(2, "auto-response-verified", "", "quarantine") })
                .isEmpty());
    const QVector<ComputerEvent> events { sample(1, "auto-response-failed", "", "quarantine"),
                                          sample(1, "auto-response-failed", "", "quarantine"),
                                          sample(2, "auto-response-failed", "", "start-service"),
                                          sample(4, "went-offline", "online", "offline") };
    const QString alarm = QStringLiteral(
        "Automatic response failed on 2 computers: ws1 (10.0.0.1), ws2 (10.0.0.2). See Events and "
        "the Computer Quarantine Status.");
    QCOMPARE(EventNotifier::alarmFor(events), alarm);
    // Raised when the feed hands them over, with or without a system tray.
    EventFeed feed(
        [] { return Result<std::shared_ptr<Database>>::failure(QStringLiteral("none")); });
    EventNotifier notifier(&feed);
    QSignalSpy raised(&notifier, &EventNotifier::alarmRaised);
    emit feed.arrived({ sample(4, "went-offline", "online", "offline") });
    QCOMPARE(raised.size(), 0);
    emit feed.arrived(events);
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().first().toString(), alarm);
}

QTEST_MAIN(TestEventNotifier)
#include "tst_eventnotifier.moc"
