#include "eventsession.h"
#include "heartbeat/eventspage.h"
#include "store/database.h"
#include "store/eventlog.h"
#include "testclock.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Events page driven as an administrator does, over a real SQLite store: the list newest
// first, the kind and age filters, and the word when more events exist than the page shows.
class TestEventsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheEventsNewestFirst();
    void filtersByKindAndAge();
    void saysWhenTheNewestAreShown();

private:
    // A page over a store holding `events`, shown; its first read done.
    void openPage(const QVector<ComputerEvent> &events);
    QLabel *status() const { return m_page->findChild<QLabel *>(QStringLiteral("eventsStatus")); }
    QTableView *table() const
    {
        return m_page->findChild<QTableView *>(QStringLiteral("eventsTable"));
    }
    // Chooses the item whose data is `value` in the combo box `name`; waits for the read.
    void choose(const char *name, const QVariant &value);

    std::shared_ptr<TestClock> m_clock;
    QTemporaryDir m_directory;
    std::unique_ptr<EventSession> m_session;
    std::unique_ptr<EventsPage> m_page;
};

namespace {
const QDateTime monday = at("2026-11-16T09:00:00Z");

ComputerEvent sampleEvent(qint64 secondsAfterMonday, const char *kind, int host)
{
    return ComputerEvent { 0,
                           monday.addSecs(secondsAfterMonday),
                           QLatin1String(kind),
                           QStringLiteral("ws%1").arg(host),
                           QStringLiteral("127.1.0.%1").arg(host % 250 + 1),
                           QStringLiteral("online"),
                           QStringLiteral("offline"),
                           QString() };
}
} // namespace

void TestEventsPage::init()
{
    QVERIFY(m_directory.isValid());
    // A week and a day after Monday: the page's default age (7 days) leaves Monday out.
    m_clock = std::make_shared<TestClock>(monday.addDays(8));
    Clock::setInstance(m_clock);
}

void TestEventsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    Clock::setInstance(nullptr);
    QFile::remove(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
}

void TestEventsPage::openPage(const QVector<ComputerEvent> &events)
{
    const QString path = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    {
        const auto database = Database::openSqlite(path);
        QVERIFY2(database, qPrintable(database.error()));
        const Result<Done> appended = EventLog(database.value()).append(events);
        QVERIFY2(appended, qPrintable(appended.error()));
    }
    m_session = std::make_unique<EventSession>([path] { return Database::openSqlite(path); });
    m_page = std::make_unique<EventsPage>(m_session.get());
    m_page->show();
    QSignalSpy refreshed(m_page.get(), &EventsPage::refreshed);
    m_page->refresh();
    QVERIFY(refreshed.wait(20000));
}

void TestEventsPage::choose(const char *name, const QVariant &value)
{
    auto *box = m_page->findChild<QComboBox *>(QLatin1String(name));
    QVERIFY(box);
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    QSignalSpy refreshed(m_page.get(), &EventsPage::refreshed);
    box->setCurrentIndex(index);
    QVERIFY(refreshed.wait(20000));
}

void TestEventsPage::listsTheEventsNewestFirst()
{
    openPage({ sampleEvent(7 * 86400 + 60, "went-offline", 1),
               sampleEvent(7 * 86400 + 120, "came-online", 2),
               sampleEvent(7 * 86400 + 180, "went-missing", 3) });
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(table()->model()->index(0, EventsModel::ComputerColumn).data().toString(),
             QStringLiteral("ws3"));
    QCOMPARE(table()->model()->index(2, EventsModel::KindColumn).data().toString(),
             QStringLiteral("Went offline"));
    QCOMPARE(status()->text(), QStringLiteral("3 events"));
}

void TestEventsPage::filtersByKindAndAge()
{
    // Monday's event is older than the default 7 days; the others are of the last day.
    openPage({ sampleEvent(0, "came-online", 1), sampleEvent(7 * 86400 + 60, "went-offline", 2),
               sampleEvent(7 * 86400 + 120, "came-online", 3) });
    QCOMPARE(table()->model()->rowCount(), 2);
    choose("eventsKind", QStringLiteral("came-online"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, EventsModel::ComputerColumn).data().toString(),
             QStringLiteral("ws3"));
    choose("eventsAge", 0); // all time
    QCOMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(status()->text(), QStringLiteral("2 events"));
    choose("eventsKind", QString()); // all events
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestEventsPage::saysWhenTheNewestAreShown()
{
    QVector<ComputerEvent> many;
    for (int i = 0; i < EventSession::searchLimit; ++i)
        many.append(sampleEvent(7 * 86400 + i, "went-offline", i));
    openPage(many);
    // Exactly as many as the page shows: all of them, counted.
    QCOMPARE(table()->model()->rowCount(), EventSession::searchLimit);
    QCOMPARE(status()->text(), QStringLiteral("5000 events"));
    m_page.reset();
    m_session.reset();
    // One more: the newest 5000, and a word that there are older ones.
    openPage({ sampleEvent(7 * 86400 + EventSession::searchLimit, "came-online", 9999) });
    QCOMPARE(table()->model()->rowCount(), EventSession::searchLimit);
    QCOMPARE(status()->text(),
             QStringLiteral("The newest 5000 events; narrow the filters to see older ones."));
    QCOMPARE(table()->model()->index(0, EventsModel::ComputerColumn).data().toString(),
             QStringLiteral("ws9999"));
}

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
