#include "eventfeed.h"
#include "store/database.h"
#include "store/eventlog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// EventFeed over a real SQLite store: the events already there when it starts are not handed
// over; each one of the wanted kinds appended later is, once, oldest first, whoever appended it.
class TestEventFeed : public QObject
{
    Q_OBJECT

private slots:
    void onlyNewEventsArriveOnce();
    void anEmptyStoreStartsFromNothing();
    void startsAfterTheLastAppendedWhateverItsTime();
    void onlyTheWantedKindsArrive();

private:
    static ComputerEvent sample(int minute, const char *kind);
    static QStringList everyKind();
};

QStringList TestEventFeed::everyKind()
{
    return EventKind::all();
}

ComputerEvent TestEventFeed::sample(int minute, const char *kind)
{
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    return ComputerEvent { 0,
                           monday.addSecs(60 * minute),
                           QLatin1String(kind),
                           QStringLiteral("ws%1").arg(minute),
                           QStringLiteral("127.1.0.1"),
                           QStringLiteral("online"),
                           QStringLiteral("offline"),
                           QString() };
}

void TestEventFeed::onlyNewEventsArriveOnce()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const auto database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    const EventLog log(database.value());
    QVERIFY(
        log.append({ sample(0, EventKind::wentOffline), sample(1, EventKind::wentOffline) }).ok());

    EventFeed feed([path] { return Database::openSqlite(path); }, everyKind);
    QSignalSpy arrived(&feed, &EventFeed::arrived);
    QSignalSpy polled(&feed, &EventFeed::polled);
    feed.start();
    QVERIFY(polled.wait(10000)); // the history is noted, not handed over
    feed.poll();
    QVERIFY(polled.wait(10000));
    QCOMPARE(arrived.size(), 0);

    QVERIFY(
        log.append({ sample(2, EventKind::cameOnline), sample(3, EventKind::wentMissing) }).ok());
    feed.poll();
    QVERIFY(arrived.wait(10000));
    const auto events = arrived.at(0).at(0).value<QVector<ComputerEvent>>();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, QStringLiteral("came-online"));
    QCOMPARE(events[1].kind, QStringLiteral("went-missing"));
    feed.poll();
    QVERIFY(polled.wait(10000));
    QCOMPARE(arrived.size(), 1);
}

void TestEventFeed::anEmptyStoreStartsFromNothing()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const auto database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    EventFeed feed([path] { return Database::openSqlite(path); }, everyKind);
    QSignalSpy arrived(&feed, &EventFeed::arrived);
    QSignalSpy polled(&feed, &EventFeed::polled);
    feed.start();
    QVERIFY(polled.wait(10000));
    QVERIFY(EventLog(database.value()).append({ sample(0, EventKind::wentOffline) }).ok());
    feed.poll();
    QVERIFY(arrived.wait(10000));
    QCOMPARE(arrived.at(0).at(0).value<QVector<ComputerEvent>>().size(), 1);
}

void TestEventFeed::startsAfterTheLastAppendedWhateverItsTime()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const auto database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    // A status change found by a query that started earlier is appended after a heartbeat
    // event with a later time: the last appended is not the newest by time.
    const EventLog log(database.value());
    QVERIFY(log.append({ sample(10, EventKind::wentOffline) }).ok());
    QVERIFY(log.append({ sample(5, EventKind::statusChanged) }).ok());

    EventFeed feed([path] { return Database::openSqlite(path); }, everyKind);
    QSignalSpy arrived(&feed, &EventFeed::arrived);
    QSignalSpy polled(&feed, &EventFeed::polled);
    feed.start();
    QVERIFY(polled.wait(10000));
    feed.poll();
    QVERIFY(polled.wait(10000));
    QCOMPARE(arrived.size(), 0); // the history, however its times run, is not told again
}

void TestEventFeed::onlyTheWantedKindsArrive()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const auto database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    QStringList wanted { QLatin1String(EventKind::wentOffline) };
    EventFeed feed([path] { return Database::openSqlite(path); }, [&wanted] { return wanted; });
    QSignalSpy arrived(&feed, &EventFeed::arrived);
    QSignalSpy polled(&feed, &EventFeed::polled);
    feed.start();
    QVERIFY(polled.wait(10000));

    const EventLog log(database.value());
    QVERIFY(
        log.append({ sample(1, EventKind::cameOnline), sample(2, EventKind::wentOffline) }).ok());
    feed.poll();
    QVERIFY(arrived.wait(10000));
    auto events = arrived.at(0).at(0).value<QVector<ComputerEvent>>();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QLatin1String(EventKind::wentOffline));

    // A kind selected later applies from the next poll, to events appended from then on.
    wanted << QLatin1String(EventKind::cameOnline);
    QVERIFY(log.append({ sample(3, EventKind::cameOnline) }).ok());
    feed.poll();
    QVERIFY(arrived.wait(10000));
    events = arrived.at(1).at(0).value<QVector<ComputerEvent>>();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].name, QStringLiteral("ws3"));

    wanted.clear(); // none wanted: nothing is read, nothing arrives
    QVERIFY(log.append({ sample(4, EventKind::wentOffline) }).ok());
    feed.poll();
    QVERIFY(polled.wait(10000));
    QCOMPARE(arrived.size(), 2);
}

QTEST_GUILESS_MAIN(TestEventFeed)
#include "tst_eventfeed.moc"
