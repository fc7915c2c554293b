#include "quarantine/autoresponselog.h"
#include "quarantine/quarantinestatuspage.h"
#include "quarantinesession.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The Computer Quarantine Status page (issue 14, point 1) on the offscreen platform, over a real
// SQLite store: Refresh reads who is quarantined, the table shows each with its state's icon, the
// summary counts them; a store that cannot be read is said in words. A quarantine the automatic
// response sent says Detection; the computers whose automatic response failed are named above
// the table (issue 14, point 3).
class TestQuarantineStatusPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryQuarantinedComputer();
    void saysWhenNoneIs();
    void namesTheComputersWhoseAutomaticResponseFailed();

private:
    QTemporaryDir m_directory;
};

namespace {
QString storeWith(const QString &path, const QStringList &quarantined)
{
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    if (!database)
        return database.error();
    for (const QString &address : quarantined) {
        AuditEntry entry;
        entry.at = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
        entry.osUser = QStringLiteral("alice");
        entry.action = QStringLiteral("quarantine");
        entry.targets = { { address, QStringLiteral("done"), {} } };
        const Result<qint64> appended = AuditLog(database.value()).append(entry);
        if (!appended)
            return appended.error();
    }
    return {};
}

void clickRefresh(QuarantineStatusPage &page, QuarantineSession &session)
{
    QSignalSpy refreshed(&session, &QuarantineSession::refreshed);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("quarantineRefresh")),
                      Qt::LeftButton);
    QVERIFY(refreshed.wait());
}
} // namespace

void TestQuarantineStatusPage::initTestCase()
{
    QVERIFY(m_directory.isValid());
}

void TestQuarantineStatusPage::showsEveryQuarantinedComputer()
{
    const QString path = m_directory.filePath(QStringLiteral("two.sqlite"));
    QCOMPARE(storeWith(path, { QStringLiteral("127.80.0.2"), QStringLiteral("127.80.0.1") }),
             QString());
    QuarantineSession session([path] { return Database::openSqlite(path); });
    QuarantineStatusPage page(&session);
    auto *table = page.findChild<QTableView *>(QStringLiteral("quarantineTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    clickRefresh(page, session);
    QCOMPARE(table->model()->rowCount(), 2);
    const QModelIndex state = table->model()->index(0, QuarantineStatusModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Quarantined"));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!table->model()
                 ->index(0, QuarantineStatusModel::AddressColumn)
                 .data(Qt::DecorationRole)
                 .isValid());
    QCOMPARE(table->model()->index(1, QuarantineStatusModel::AddressColumn).data().toString(),
             QStringLiteral("127.80.0.2"));
    const QString summary = page.findChild<QLabel *>(QStringLiteral("quarantineSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Quarantined: 2. Pending: 0. Released: 0.")),
             qPrintable(summary));
    QVERIFY(!page.grab().isNull());
}

void TestQuarantineStatusPage::saysWhenNoneIs()
{
    const QString path = m_directory.filePath(QStringLiteral("none.sqlite"));
    QCOMPARE(storeWith(path, {}), QString());
    QuarantineSession session([path] { return Database::openSqlite(path); });
    QuarantineStatusPage page(&session);
    page.show();
    clickRefresh(page, session);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("quarantineSummary"))->text(),
             QStringLiteral("No computer is quarantined or pending."));
    QVERIFY(
        !page.findChild<QLabel *>(QStringLiteral("quarantineAutoResponseFailures"))->isVisible());
}

void TestQuarantineStatusPage::namesTheComputersWhoseAutomaticResponseFailed()
{
    const QString path = m_directory.filePath(QStringLiteral("automatic.sqlite"));
    QCOMPARE(storeWith(path, { QStringLiteral("127.80.0.1") }), QString());
    {
        const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
        QVERIFY(database);
        const AutoResponseLog log(database.value());
        AutoResponseRecord sent;
        sent.detectionId = 1;
        sent.address = QStringLiteral("127.80.0.1");
        sent.name = QStringLiteral("ws1");
        sent.threat = QStringLiteral("WORM_X");
        sent.ruleName = QStringLiteral("worms");
        sent.action = QStringLiteral("quarantine");
        sent.startedAt = QDateTime(QDate(2026, 12, 2), QTime(7, 59), Qt::UTC);
        sent.finishedAt = sent.startedAt;
        sent.outcome = QStringLiteral("verified");
        sent.commandAuditId = 1; // storeWith()'s quarantine of 127.80.0.1
        QVERIFY(*log.claim(sent));
        AutoResponseRecord refused = sent;
        refused.detectionId = 2;
        refused.address = QStringLiteral("127.80.0.2");
        refused.name = QStringLiteral("ws2");
        refused.outcome = QStringLiteral("failed");
        refused.reason = QStringLiteral("Failed: the agent could not do it: nftables is not "
                                        "available. What to do: Quarantine the computer by hand");
        refused.commandAuditId = 0;
        QVERIFY(*log.claim(refused));
    }
    QuarantineSession session([path] { return Database::openSqlite(path); });
    QuarantineStatusPage page(&session);
    page.show();
    clickRefresh(page, session);
    auto *table = page.findChild<QTableView *>(QStringLiteral("quarantineTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, QuarantineStatusModel::ReasonColumn).data().toString(),
             QStringLiteral("Detection"));
    QCOMPARE(table->model()->index(0, QuarantineStatusModel::PolicyColumn).data().toString(),
             QStringLiteral("worms"));
    auto *banner = page.findChild<QLabel *>(QStringLiteral("quarantineAutoResponseFailures"));
    QVERIFY(banner->isVisible());
    const QStringList lines = banner->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    // "computer" or "computers": as osmgmt_en.ts's plural forms say, when they are loaded.
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Automatic response failed on 1 computer")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("ws2 (127.80.0.2), WORM_X at ")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(
                 ", rule worms: Failed: the agent could not do it: nftables is not available. "
                 "What to do: Quarantine the computer by hand")),
             qPrintable(lines.at(1)));
    QVERIFY(!page.grab().isNull());
}

QTEST_MAIN(TestQuarantineStatusPage)
#include "tst_quarantinestatuspage.moc"
