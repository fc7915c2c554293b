#include "health/healthreport.h"
#include "testclock.h"

#include <QTest>

// The health columns of a results export are the health report's own columns, taken by name:
// each carries what the report's column of that name carries, however the report's columns are
// ordered.
class TestHealthReport : public QObject
{
    Q_OBJECT

private slots:
    void resultsColumnsAreTheReportsColumnsByName();
    void aComputerWithoutHealthHasEmptyCells();
};

namespace {
HealthRow reportedRow()
{
    HealthSnapshot snapshot;
    snapshot.address = QStringLiteral("10.0.0.5");
    snapshot.name = QStringLiteral("ws05");
    snapshot.outcome = HealthSnapshot::Outcome::Reported;
    AgentStatus status = AgentStatus::healthyDefault();
    status.services.first().running = false;
    status.patternDate = QStringLiteral("20261130");
    snapshot.status = status;
    const QDateTime now = at("2026-12-01T09:00:00Z");
    return HealthReport::evaluate({ snapshot }, HealthSettingsList(), now).first();
}
} // namespace

void TestHealthReport::resultsColumnsAreTheReportsColumnsByName()
{
    const HealthRow row = reportedRow();
    const ExtraColumns columns = HealthReport::resultsColumns({ row });
    Endpoint endpoint;
    endpoint.address = row.snapshot.address;
    const QStringList cells = columns.csvCells(endpoint);
    QCOMPARE(cells.size(), columns.csvHeaders.size());
    const QStringList reportHeader = HealthReport::csvHeader();
    const QStringList reportCells = HealthReport::csvCells(row);
    for (int i = 0; i < cells.size(); ++i) {
        const qsizetype inReport = reportHeader.indexOf(columns.csvHeaders.at(i));
        QVERIFY2(inReport >= 0, qPrintable(columns.csvHeaders.at(i)));
        QCOMPARE(cells.at(i), reportCells.at(inReport));
    }
    QCOMPARE(cells.last(), QStringLiteral("20261130"));
    QVERIFY(!cells.at(columns.csvHeaders.indexOf(QStringLiteral("stoppedServices"))).isEmpty());
}

void TestHealthReport::aComputerWithoutHealthHasEmptyCells()
{
    const ExtraColumns columns = HealthReport::resultsColumns({ reportedRow() });
    Endpoint elsewhere;
    elsewhere.address = QStringLiteral("10.0.0.9");
    const QStringList cells = columns.csvCells(elsewhere);
    QCOMPARE(cells.size(), columns.csvHeaders.size());
    for (const QString &cell : cells)
        QVERIFY(cell.isEmpty());
    QVERIFY(!columns.json(elsewhere));
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_healthreport.moc"
