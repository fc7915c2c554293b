#include "eventsession.h"
#include "store/database.h"
#include "store/eventlog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// EventSession over a real SQLite store: it reads the events into its model on a worker,
// newest first, by kind and age, and says why when the store cannot be read.
class TestEventSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsIntoItsModelNewestFirst();
    void filtersByKindAndSince();
    void showsStatesInWords();
    void saysWhyTheEventsCannotBeRead();
    void truncatedOnlyBeyondTheLimit();

private:
    EventSession::OpenDatabase openStore() const
    {
        return [path = m_database] { return Database::openSqlite(path); };
    }

    QTemporaryDir m_directory;
    QString m_database;
};

namespace {
const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);

ComputerEvent sample(int minute, const char *kind, const char *from, const char *to)
{
    return ComputerEvent { 0,
                           monday.addSecs(60 * minute),
                           QLatin1String(kind),
                           QStringLiteral("ws%1").arg(minute),
                           QStringLiteral("127.1.0.%1").arg(minute + 1),
                           QLatin1String(from),
                           QLatin1String(to),
                           QStringLiteral("timed out") };
}
} // namespace

void TestEventSession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(m_database);
    QVERIFY2(database, qPrintable(database ? QString() : database.error()));
    const Result<Done> appended
        = EventLog(database.value())
              .append({ sample(0, EventKind::wentOffline, "online", "offline"),
                        sample(1, EventKind::cameOnline, "offline", "online"),
                        sample(2, EventKind::statusChanged, "managed-by-this-server",
                               "no-client-installed") });
    QVERIFY2(appended, qPrintable(appended.error()));
}

void TestEventSession::readsIntoItsModelNewestFirst()
{
    EventSession session(openStore());
    QAbstractItemModelTester tester(session.events(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&session, &EventSession::searched);
    session.search(QString(), QDateTime());
    QVERIFY(searched.wait(10000));
    QCOMPARE(searched.at(0).at(0).toInt(), 3);
    QCOMPARE(searched.at(0).at(1).toBool(), false);
    EventsModel *model = session.events();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(EventsModel::ColumnCount));
    QCOMPARE(model->event(0).kind, QStringLiteral("status-changed"));
    QCOMPARE(model->data(model->index(2, EventsModel::KindColumn)).toString(),
             QStringLiteral("Went offline"));
    QCOMPARE(model->data(model->index(2, EventsModel::ComputerColumn)).toString(),
             QStringLiteral("ws0"));
    QCOMPARE(model->data(model->index(2, EventsModel::AddressColumn)).toString(),
             QStringLiteral("127.1.0.1"));
    QCOMPARE(model->data(model->index(2, EventsModel::DetailColumn)).toString(),
             QStringLiteral("timed out"));
    QCOMPARE(model->headerData(EventsModel::FromColumn, Qt::Horizontal).toString(),
             QStringLiteral("From"));
}

void TestEventSession::filtersByKindAndSince()
{
    EventSession session(openStore());
    QAbstractItemModelTester tester(session.events(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&session, &EventSession::searched);
    session.search(QStringLiteral("came-online"), QDateTime());
    QVERIFY(searched.wait(10000));
    QCOMPARE(session.events()->rowCount(), 1);
    QCOMPARE(session.events()->event(0).name, QStringLiteral("ws1"));
    session.search(QString(), monday.addSecs(60));
    QVERIFY(searched.wait(10000));
    QCOMPARE(session.events()->rowCount(), 2);
    // The newest search wins (an older answer arriving last is dropped: tst_storeread forces
    // that order); here the newest one's answer is what the model shows.
    session.search(QStringLiteral("went-missing"), QDateTime());
    session.search(QStringLiteral("went-offline"), QDateTime());
    QTRY_COMPARE_WITH_TIMEOUT(session.events()->rowCount(), 1, 10000);
    QCOMPARE(session.events()->event(0).kind, QStringLiteral("went-offline"));
}

void TestEventSession::showsStatesInWords()
{
    QCOMPARE(EventsModel::stateName(QStringLiteral("offline")), QStringLiteral("Offline"));
    QCOMPARE(EventsModel::stateName(QStringLiteral("missing")), QStringLiteral("Missing"));
    QCOMPARE(EventsModel::stateName(QStringLiteral("no-client-installed")),
             QStringLiteral("No client installed"));
    // A key of a newer osmgmt is shown as it is rather than as something else.
    QCOMPARE(EventsModel::stateName(QStringLiteral("degraded")), QStringLiteral("degraded"));
    QCOMPARE(EventsModel::kinds().size(), 11);
    QCOMPARE(EventsModel::stateName(QStringLiteral("quarantine")), QStringLiteral("Quarantine"));
    QCOMPARE(EventsModel::stateName(QStringLiteral("pending")), QStringLiteral("Pending"));
    QCOMPARE(EventsModel::stateName(QStringLiteral("compliant")), QStringLiteral("Compliant"));
    for (const QString &kind : EventsModel::kinds())
        QVERIFY(EventsModel::kindName(kind) != kind);
}

void TestEventSession::saysWhyTheEventsCannotBeRead()
{
    EventSession session([] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("the store is gone"));
    });
    QSignalSpy failed(&session, &EventSession::searchFailed);
    session.search(QString(), QDateTime());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the store is gone"));
    QCOMPARE(session.events()->rowCount(), 0);
}

void TestEventSession::truncatedOnlyBeyondTheLimit()
{
    const QString path = m_directory.filePath(QStringLiteral("many.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    const EventLog log(database.value());
    QVector<ComputerEvent> events;
    for (int minute = 0; minute < EventSession::searchLimit - 1; ++minute)
        events.append(sample(minute, "went-offline", "online", "offline"));
    QVERIFY(log.append(events).ok());
    EventSession session([path] { return Database::openSqlite(path); });
    QSignalSpy searched(&session, &EventSession::searched);
    // 4999, 5000, then 5001 events: only the last is more than the page shows.
    const QVector<std::pair<int, bool>> expected { { 4999, false },
                                                   { 5000, false },
                                                   { 5000, true } };
    for (int step = 0; step < expected.size(); ++step) {
        if (step > 0) {
            const int minute = EventSession::searchLimit - 2 + step;
            QVERIFY(log.append({ sample(minute, "came-online", "offline", "online") }).ok());
        }
        session.search(QString(), QDateTime());
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.last().at(0).toInt(), expected.at(step).first);
        QCOMPARE(searched.last().at(1).toBool(), expected.at(step).second);
        QCOMPARE(session.events()->rowCount(), expected.at(step).first);
    }
    // The newest are shown: the oldest event (minute 0) is the one left out.
    QCOMPARE(session.events()->event(0).name, QStringLiteral("ws5000"));
    QCOMPARE(session.events()->event(EventSession::searchLimit - 1).name, QStringLiteral("ws1"));
}

QTEST_GUILESS_MAIN(TestEventSession)
#include "tst_eventsession.moc"
