#include "store/database.h"
#include "testclock.h"
#include "watch/storelease.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The lease on SQLite, with a clock the test moves: taken, renewed, refused to a second holder
// while it lasts, taken over once it has expired, released.
class TestStoreLease : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstHolderTakesIt();
    void renewalMovesTheExpiry();
    void aSecondHolderIsToldWhoAndUntilWhen();
    void expiredLeaseIsTakenOver();
    void releaseLetsAnotherTakeItAtOnce();
    void releaseByAnotherHolderChangesNothing();
    void holderIdsDiffer();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<TestClock> m_clock;
    std::shared_ptr<Database> m_store;
};

void TestStoreLease::init()
{
    m_clock = std::make_shared<TestClock>(at("2024-05-10T12:00:00Z"));
    Clock::setInstance(m_clock);
    auto opened = Database::openSqlite(m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_store = opened.value();
}

void TestStoreLease::cleanup()
{
    m_store.reset();
    Clock::setInstance(nullptr);
}

void TestStoreLease::firstHolderTakesIt()
{
    const StoreLease lease(QStringLiteral("a"), 60s);
    const auto state = lease.acquire(*m_store);
    QVERIFY2(state, qPrintable(state.error()));
    QVERIFY(state->held);
    QCOMPARE(state->holder, QStringLiteral("a"));
    QCOMPARE(state->expiresAt, at("2024-05-10T12:01:00Z"));
    QVERIFY(state->previousHolder.isEmpty());
}

void TestStoreLease::renewalMovesTheExpiry()
{
    const StoreLease lease(QStringLiteral("a"), 60s);
    QVERIFY(lease.acquire(*m_store)->held);
    m_clock->advance(20);
    const auto renewed = lease.acquire(*m_store);
    QVERIFY(renewed->held);
    QCOMPARE(renewed->expiresAt, at("2024-05-10T12:01:20Z"));
    QVERIFY(renewed->previousHolder.isEmpty());
    // Since when it acts stays the first acquisition.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT acquired_at FROM watch_lease")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2024-05-10T12:00:00.000Z"));
}

void TestStoreLease::aSecondHolderIsToldWhoAndUntilWhen()
{
    QVERIFY(StoreLease(QStringLiteral("a"), 60s).acquire(*m_store)->held);
    m_clock->advance(59);
    const auto refused = StoreLease(QStringLiteral("b"), 60s).acquire(*m_store);
    QVERIFY2(refused, qPrintable(refused.error()));
    QVERIFY(!refused->held);
    QCOMPARE(refused->holder, QStringLiteral("a"));
    QCOMPARE(refused->expiresAt, at("2024-05-10T12:01:00Z"));
    // The refusal left the holder's row alone.
    QVERIFY(StoreLease(QStringLiteral("a"), 60s).acquire(*m_store)->held);
}

void TestStoreLease::expiredLeaseIsTakenOver()
{
    QVERIFY(StoreLease(QStringLiteral("a"), 60s).acquire(*m_store)->held);
    m_clock->advance(60); // the very expiry: still a's
    QVERIFY(!StoreLease(QStringLiteral("b"), 60s).acquire(*m_store)->held);
    m_clock->advance(1);
    const auto taken = StoreLease(QStringLiteral("b"), 60s).acquire(*m_store);
    QVERIFY(taken->held);
    QCOMPARE(taken->holder, QStringLiteral("b"));
    QCOMPARE(taken->previousHolder, QStringLiteral("a"));
    QCOMPARE(taken->expiresAt, at("2024-05-10T12:02:01Z"));
    // The old holder, back from a hang, learns it lost the lease.
    const auto late = StoreLease(QStringLiteral("a"), 60s).acquire(*m_store);
    QVERIFY(!late->held);
    QCOMPARE(late->holder, QStringLiteral("b"));
}

void TestStoreLease::releaseLetsAnotherTakeItAtOnce()
{
    const StoreLease a(QStringLiteral("a"), 60s);
    QVERIFY(a.acquire(*m_store)->held);
    QCOMPARE(a.release(*m_store).error(), QString());
    const auto taken = StoreLease(QStringLiteral("b"), 60s).acquire(*m_store);
    QVERIFY(taken->held);
    QVERIFY(taken->previousHolder.isEmpty());
}

void TestStoreLease::releaseByAnotherHolderChangesNothing()
{
    QVERIFY(StoreLease(QStringLiteral("a"), 60s).acquire(*m_store)->held);
    QCOMPARE(StoreLease(QStringLiteral("b"), 60s).release(*m_store).error(), QString());
    QVERIFY(!StoreLease(QStringLiteral("b"), 60s).acquire(*m_store)->held);
}

void TestStoreLease::holderIdsDiffer()
{
    const QString first = StoreLease::newHolderId();
    QVERIFY(first.contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(first != StoreLease::newHolderId());
}

QTEST_GUILESS_MAIN(TestStoreLease)
#include "tst_storelease.moc"
