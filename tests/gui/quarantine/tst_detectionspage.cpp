#include "detectionsession.h"
#include "policy/clientlog.h"
#include "quarantine/detectionspage.h"
#include "quarantine/detectionstore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The Detections page (issue 14, point 2) on the offscreen platform, over a real SQLite store:
// Refresh reads the stored detections, newest first, with reference 004's words for the result
// and the scan type.
class TestDetectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDetectionsNewestFirst();
    void saysWhenThereIsNone();
};

namespace {
void clickRefresh(DetectionsPage &page, DetectionSession &session)
{
    QSignalSpy refreshed(&session, &DetectionSession::refreshed);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("detectionsRefresh")),
                      Qt::LeftButton);
    QVERIFY(refreshed.wait());
}
} // namespace

void TestDetectionsPage::showsTheDetectionsNewestFirst()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    {
        const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
        QVERIFY(database);
        HealthSnapshot snapshot;
        snapshot.address = QStringLiteral("127.80.0.1");
        snapshot.name = QStringLiteral("ws-1");
        snapshot.outcome = HealthSnapshot::Outcome::Reported;
        snapshot.status = AgentStatus::healthyDefault();
        snapshot.status->detections
            = ClientLog::parse(Detection::Source::Virus,
                               "20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>\n"
                               "20261201<;>1100<;>TROJ_X<;>25<;>4<;>0<;>C:\\x.exe<;>\n")
                  .detections;
        QVERIFY(DetectionStore(database.value())
                    .append({ snapshot }, QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC)));
    }
    DetectionSession session([path] { return Database::openSqlite(path); });
    DetectionsPage page(&session);
    auto *table = page.findChild<QTableView *>(QStringLiteral("detectionsTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    clickRefresh(page, session);
    QCOMPARE(table->model()->rowCount(), 2);
    const auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, DetectionsModel::ThreatColumn), QStringLiteral("TROJ_X"));
    QCOMPARE(cell(0, DetectionsModel::ResultColumn),
             QStringLiteral("25: Passed (OKed) a potential security risk"));
    QCOMPARE(cell(0, DetectionsModel::ScanTypeColumn), QStringLiteral("DCS Scan"));
    QCOMPARE(cell(1, DetectionsModel::TimeColumn), QStringLiteral("2026-12-01 10:59"));
    QCOMPARE(cell(1, DetectionsModel::ComputerColumn), QStringLiteral("ws-1"));
    QCOMPARE(cell(1, DetectionsModel::SourceColumn), QStringLiteral("Virus/Malware"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("detectionsSummary"))
                ->text()
                .startsWith(QStringLiteral("2 detection")));
    QVERIFY(!page.grab().isNull());
}

void TestDetectionsPage::saysWhenThereIsNone()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    QVERIFY(Database::openSqlite(path));
    DetectionSession session([path] { return Database::openSqlite(path); });
    DetectionsPage page(&session);
    page.show();
    clickRefresh(page, session);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detectionsSummary"))->text(),
             QStringLiteral("No agent has reported a security risk."));
}

QTEST_MAIN(TestDetectionsPage)
#include "tst_detectionspage.moc"
