#include "heartbeat/eventnotifier.h"

#include <QTest>

// The words of a desktop notification: one event in full, several counted with the first few
// named. Which kinds arrive is the feed's (tst_eventfeed).
class TestEventNotifier : public QObject
{
    Q_OBJECT

private slots:
    void noEventTellsNothing();
    void oneEventIsToldInFull();
    void severalAreCounted();
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

QTEST_MAIN(TestEventNotifier)
#include "tst_eventnotifier.moc"
