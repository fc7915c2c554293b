#include "healthcomputersmodel.h"
#include "healthcountsmodel.h"
#include "healthdata.h"
#include "healthsession.h"
#include "results/resultstable.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The flipbook's models without widgets (issue 12, point 3): the Summary page's numbers for a
// group (its history is the store's: tst_healthstore), the pages of a book, and the two item models
// under QAbstractItemModelTester.
class TestHealthModels : public QObject
{
    Q_OBJECT

private slots:
    void summaryCountsOnlyTheGroup();
    void overlappingSettingsAreNamedInTheirOrder();
    void bookPagesAreTableRows();
    void countsModelShowsTheSummary();
    void computersModelNamesWhatNeedsAttention();

private:
    static HealthRow row(const QString &address, HealthState overall,
                         std::array<HealthState, healthIndicatorCount> indicators,
                         QStringList stopped = {}, QStringList conflicts = {});
    static HealthData sample();
};

namespace {
constexpr HealthState H = HealthState::Healthy;
constexpr HealthState A = HealthState::NeedsAttention;
constexpr HealthState N = HealthState::NoData;
constexpr HealthState U = HealthState::Untracked;
} // namespace

HealthRow TestHealthModels::row(const QString &address, HealthState overall,
                                std::array<HealthState, healthIndicatorCount> indicators,
                                QStringList stopped, QStringList conflicts)
{
    HealthRow row;
    row.snapshot.address = address;
    row.snapshot.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), -1);
    row.snapshot.agentPort = 21112;
    row.verdict.overall = overall;
    row.verdict.indicators = indicators;
    row.verdict.stoppedServices = stopped;
    row.verdict.conflicts = conflicts;
    return row;
}

HealthData TestHealthModels::sample()
{
    HealthData data;
    HealthSettings lab;
    lab.name = QStringLiteral("Lab");
    HealthSettings overlap;
    overlap.name = QStringLiteral("Overlap");
    data.settings = HealthSettingsList({ HealthSettings::defaults(), lab, overlap });
    data.queryId = 2;
    const QVector<HealthRow> rows {
        row(QStringLiteral("127.0.0.2"), A, { H, H, H, H, A }, { QStringLiteral("ntrtscan") }),
        row(QStringLiteral("127.0.0.1"), H, { H, H, H, H, H }),
        row(QStringLiteral("127.0.0.3"), A, { H, A, N, A, H }, {},
            { QStringLiteral("Overlap"), QStringLiteral("Lab") }),
        row(QStringLiteral("127.0.0.4"), U, { U, U, U, U, U }),
        row(QStringLiteral("127.0.0.9"), A, { A, H, H, H, H }), // outside the group
    };
    for (const HealthRow &one : rows)
        data.current.insert(one.snapshot.address, one);
    return data;
}

void TestHealthModels::summaryCountsOnlyTheGroup()
{
    // The group: four computers with health, and one with none (no agent of this server).
    const QVector<QString> group { QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.4"),
                                   QStringLiteral("127.0.0.5") };
    const HealthSummary summary = HealthSummary::of(sample(), group);
    QCOMPARE(summary.computers, 5);
    QCOMPARE(summary.withAgent, 4);
    QCOMPARE(summary.counts[0][int(A)], 2);
    QCOMPARE(summary.counts[0][int(H)], 1);
    QCOMPARE(summary.counts[0][int(U)], 1);
    QCOMPARE(summary.counts[0][int(N)], 0);
    const int scan = 1 + int(HealthIndicator::AntivirusScan);
    QCOMPARE(summary.counts[size_t(scan)][int(A)], 1);
    QCOMPARE(summary.counts[1 + int(HealthIndicator::Firewall)][int(N)], 1);
    QCOMPARE(summary.counts[1 + int(HealthIndicator::Service)][int(A)], 1);
    // In address order; 127.0.0.9 is not in the group.
    QCOMPARE(summary.needsAttention.size(), 2);
    QCOMPARE(summary.needsAttention[0].snapshot.address, QStringLiteral("127.0.0.2"));
    QCOMPARE(summary.needsAttention[1].snapshot.address, QStringLiteral("127.0.0.3"));
    QCOMPARE(summary.stopped.size(), 1);
    QCOMPARE(summary.stopped[0].verdict.stoppedServices,
             QStringList { QStringLiteral("ntrtscan") });

    const HealthSummary empty = HealthSummary::of(sample(), { QStringLiteral("127.0.0.77") });
    QCOMPARE(empty.computers, 1);
    QCOMPARE(empty.withAgent, 0);
    QVERIFY(empty.needsAttention.isEmpty());
}

void TestHealthModels::overlappingSettingsAreNamedInTheirOrder()
{
    // Oldest first, as the settings are kept, whatever the verdict's order.
    QCOMPARE(HealthSummary::of(sample(), { QStringLiteral("127.0.0.3") }).overlapping,
             (QStringList { QStringLiteral("Lab"), QStringLiteral("Overlap") }));
    QVERIFY(HealthSummary::of(sample(), { QStringLiteral("127.0.0.1") }).overlapping.isEmpty());
}

void TestHealthModels::bookPagesAreTableRows()
{
    auto table = std::make_shared<ResultsTable>();
    for (int host : { 5, 3, 9 }) {
        Endpoint endpoint;
        endpoint.address = QStringLiteral("127.0.0.%1").arg(host);
        endpoint.name = QStringLiteral("ws-%1").arg(host);
        table->append(endpoint);
    }
    const ComputerBook book = ComputerBook::ofAddresses(
        { QStringLiteral("127.0.0.9"), QStringLiteral("127.0.0.5"), QStringLiteral("10.0.0.1") },
        table);
    QCOMPARE(book.size(), 2); // table order; an address the table does not have is no page
    QCOMPARE(book.endpoint(0).name, QStringLiteral("ws-5"));
    QCOMPARE(book.endpoint(1).name, QStringLiteral("ws-9"));
    QCOMPARE(book.pageOf(QStringLiteral("127.0.0.9")), 1);
    QCOMPARE(book.pageOf(QStringLiteral("127.0.0.3")), -1);
}

void TestHealthModels::countsModelShowsTheSummary()
{
    HealthCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const HealthSummary summary
        = HealthSummary::of(sample(),
                            { QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"),
                              QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.4") });
    model.setCounts(summary.counts);
    QCOMPARE(model.rowCount(), healthIndicatorCount + 1);
    QCOMPARE(model.columnCount(), 4);
    // Needs attention first, then Untracked, No data available, Healthy.
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Needs attention"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Healthy"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Computers"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Antivirus Scan"));
    QCOMPARE(model.index(0, 0).data().toInt(), 2);
    QCOMPARE(model.index(0, 1).data().toInt(), 1);
    QCOMPARE(model.index(0, 3).data().toInt(), 1);
    QCOMPARE(model.index(2, 0).data().toInt(), 1);
    QCOMPARE(model.index(4, 2).data(HealthCountsModel::StateRole).toInt(), int(N));
}

void TestHealthModels::computersModelNamesWhatNeedsAttention()
{
    HealthComputersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const HealthSummary summary
        = HealthSummary::of(sample(), { QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3") });
    model.setRows(summary.needsAttention);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HealthComputersModel::Name).data().toString(), QStringLiteral("ws-2"));
    QCOMPARE(model.index(0, HealthComputersModel::NeedsAttention).data().toString(),
             QStringLiteral("Service"));
    QCOMPARE(model.index(0, HealthComputersModel::StoppedServices).data().toString(),
             QStringLiteral("ntrtscan"));
    QCOMPARE(model.index(1, HealthComputersModel::NeedsAttention).data().toString(),
             QStringLiteral("Antivirus Scan, Virus Definitions"));
    QCOMPARE(model.index(1, 0).data(HealthComputersModel::AddressRole).toString(),
             QStringLiteral("127.0.0.3"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestHealthModels)
#include "tst_healthmodels.moc"
