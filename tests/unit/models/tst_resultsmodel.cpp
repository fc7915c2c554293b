#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "sampleendpoints.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void countsPerStatus();
    void filtersByStatus();
    void sortsAddressesAsNumbers();
};

void TestResultsModel::passesTheModelTester()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(40);
    model.appendEndpoints(endpoints.mid(0, 15));
    filter.setStatusFilter(SecurityStatus::Unreachable);
    model.appendEndpoints(endpoints.mid(15));
    filter.sort(ResultsModel::AddressColumn);
    filter.setStatusFilter(std::nullopt);
    model.setEndpoints(endpoints.mid(0, 5));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsModel::countsPerStatus()
{
    ResultsModel model;
    QSignalSpy changed(&model, &ResultsModel::countsChanged);
    model.appendEndpoints(SampleEndpoints::mixed(23));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.count(SecurityStatus::ManagedByThisServer), qint64(5));
    QCOMPARE(model.count(SecurityStatus::UnresolvedAd), qint64(4));
    model.appendEndpoints(
        { SampleEndpoints::make(QStringLiteral("127.0.0.1"), SecurityStatus::UnresolvedAd) });
    QCOMPARE(model.count(SecurityStatus::UnresolvedAd), qint64(5));
    model.clear();
    QCOMPARE(model.count(SecurityStatus::UnresolvedAd), qint64(0));
}

void TestResultsModel::filtersByStatus()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    model.appendEndpoints(SampleEndpoints::mixed(50));
    filter.setStatusFilter(SecurityStatus::NoClientInstalled);
    QCOMPARE(filter.rowCount(), 10);
    for (int row = 0; row < filter.rowCount(); ++row) {
        QCOMPARE(filter.index(row, ResultsModel::StatusColumn).data().toString(),
                 displayName(SecurityStatus::NoClientInstalled));
    }
    filter.setStatusFilter(std::nullopt);
    QCOMPARE(filter.rowCount(), 50);
}

void TestResultsModel::sortsAddressesAsNumbers()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    model.appendEndpoints({
        SampleEndpoints::make(QStringLiteral("127.0.0.10"), SecurityStatus::Unreachable),
        SampleEndpoints::make(QStringLiteral("fd00::1"), SecurityStatus::Unreachable),
        SampleEndpoints::make(QStringLiteral("127.0.0.9"), SecurityStatus::Unreachable),
        SampleEndpoints::make(QStringLiteral("127.0.1.1"), SecurityStatus::Unreachable),
    });
    filter.sort(ResultsModel::AddressColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order << filter.index(row, ResultsModel::AddressColumn).data().toString();
    QCOMPARE(order,
             (QStringList { QStringLiteral("127.0.0.9"), QStringLiteral("127.0.0.10"),
                            QStringLiteral("127.0.1.1"), QStringLiteral("fd00::1") }));
}

QTEST_GUILESS_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
