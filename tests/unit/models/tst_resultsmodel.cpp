#include "export/endpointcsv.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "sampleendpoints.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <numeric>

class TestResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void countsPerStatus();
    void filtersByStatus();
    void sortsAddressesAsNumbers();
    void searchesByCriteria();
    void sortsEveryColumnBothWays_data();
    void sortsEveryColumnBothWays();
    void keepsTheSelectionWhenRowsArriveSorted();
    void largeTablesSearchOnAWorker();
    void aNewerSearchOvertakesAnOlderOne();
    void rowsArrivingDuringAWorkerSearchEnterAtOnce();
    void opensATableReadElsewhere();
    void showsTheAdPath();
    void mapsItsColumnsToTheResultsColumns();
};

namespace {
// `count` endpoints named pc-<n>, in shuffled address order, statuses cycling.
QVector<Endpoint> many(int count)
{
    QVector<Endpoint> endpoints;
    endpoints.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int n = int((quint64(i) * 7919) % quint64(count));
        Endpoint e = SampleEndpoints::make(
            QStringLiteral("10.%1.%2.%3").arg(n >> 16).arg((n >> 8) & 255).arg(n & 255),
            SecurityStatuses::all[size_t(i) % SecurityStatuses::all.size()],
            QStringLiteral("pc-%1").arg(n));
        endpoints.append(e);
    }
    return endpoints;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}
} // namespace

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

void TestResultsModel::searchesByCriteria()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEndpoints(SampleEndpoints::mixed(50));
    EndpointCriteria criteria;
    QVERIFY(criteria.setName(QStringLiteral("WS01*")).error().isEmpty());
    filter.setCriteria(criteria);
    QCOMPARE(column(filter, ResultsModel::NameColumn).size(), 10); // ws010 - ws019
    QVERIFY(criteria.setName(QStringLiteral("ws01")).error().isEmpty()); // incomplete: nothing
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(criteria.setName(QStringLiteral("*")).error().isEmpty());
    QVERIFY(criteria.setServer(QStringLiteral("osm-b*")).error().isEmpty());
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), 10);
    filter.setStatusFilter(SecurityStatus::ManagedByThisServer); // and the number link: none
    QCOMPARE(filter.rowCount(), 0);
    filter.setStatusFilter(std::nullopt);
    QVERIFY(criteria.setServer(QString()).error().isEmpty());
    QVERIFY(criteria.setIpv4(QStringLiteral("127.90.0.1-127.90.0.5")).error().isEmpty());
    filter.setCriteria(criteria);
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(filter.index(0, ResultsModel::NameColumn).data().toString(), QStringLiteral("ws000"));
    QCOMPARE(filter.mapToSource(filter.index(4, 0)).row(), 4);
}

void TestResultsModel::sortsEveryColumnBothWays_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestResultsModel::sortsEveryColumnBothWays()
{
    QFETCH(int, column);
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Endpoint> endpoints = many(300);
    endpoints[7].name = QStringLiteral("Zeta");
    endpoints[8].name = QStringLiteral("alpha");
    endpoints[9].agentVersion = QStringLiteral("1.10");
    endpoints[10].agentVersion = QStringLiteral("1.9");
    endpoints[11].adPath = QStringLiteral("CN=PC1,OU=Beta,DC=corp,DC=test");
    endpoints[12].adPath = QStringLiteral("CN=PC2,OU=Alpha,DC=corp,DC=test");
    model.appendEndpoints(endpoints);
    const auto sortKey
        = [&](int row) { return filter.index(row, column).data(ResultsModel::SortRole); };
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        filter.sort(column, order);
        QCOMPARE(filter.rowCount(), 300);
        for (int row = 1; row < filter.rowCount(); ++row) {
            const QVariant a = sortKey(order == Qt::AscendingOrder ? row - 1 : row);
            const QVariant b = sortKey(order == Qt::AscendingOrder ? row : row - 1);
            const bool ordered = a.typeId() == QMetaType::QString
                ? a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0
                    || column == ResultsModel::AgentVersionColumn
                : QVariant::compare(a, b) != QPartialOrdering::Greater;
            QVERIFY2(ordered, qPrintable(a.toString() + QLatin1String(" > ") + b.toString()));
        }
    }
    if (column == ResultsModel::NameColumn) { // case does not count
        filter.sort(column, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, column).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(filter.index(299, column).data().toString(), QStringLiteral("Zeta"));
    }
    if (column == ResultsModel::AgentVersionColumn) { // numbers inside text sort as numbers
        filter.sort(column, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, column).data().toString(), QStringLiteral("1.10"));
        QCOMPARE(filter.index(1, column).data().toString(), QStringLiteral("1.9"));
    }
    if (column == ResultsModel::AdPathColumn) { // by where the computer is, not by its name
        filter.sort(column, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, column).data().toString(), QStringLiteral("corp.test/Beta/PC1"));
        QCOMPARE(filter.index(1, column).data().toString(), QStringLiteral("corp.test/Alpha/PC2"));
    }
}

void TestResultsModel::keepsTheSelectionWhenRowsArriveSorted()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(ResultsModel::AddressColumn, Qt::AscendingOrder);
    const QVector<Endpoint> endpoints = many(200);
    model.appendEndpoints(endpoints.mid(0, 100));
    const QPersistentModelIndex kept = filter.index(50, ResultsModel::AddressColumn);
    const QString address = kept.data().toString();
    model.appendEndpoints(endpoints.mid(100));
    QCOMPARE(filter.rowCount(), 200);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), address);
    const QStringList addresses = column(filter, ResultsModel::AddressColumn);
    QCOMPARE(addresses.size(), 200);
    QCOMPARE(addresses.first(), QStringLiteral("10.0.0.0"));
    QCOMPARE(addresses.last(), QStringLiteral("10.0.0.199"));
}

void TestResultsModel::largeTablesSearchOnAWorker()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&filter, &ResultsFilterModel::updated);
    const int rows = int(ResultsFilterModel::synchronousRows) + 5000;
    model.setEndpoints(many(rows));
    QTRY_COMPARE(filter.rowCount(), rows);
    EndpointCriteria criteria;
    QVERIFY(criteria.setName(QStringLiteral("pc-1*")).error().isEmpty());
    updated.clear();
    filter.setCriteria(criteria);
    QVERIFY(filter.isUpdating()); // returned at once; the worker has it
    QVERIFY(updated.wait(10000));
    QVERIFY(!filter.isUpdating());
    int expected = 0;
    for (int n = 0; n < rows; ++n)
        expected += QString::number(n).startsWith(QLatin1Char('1'));
    QCOMPARE(filter.rowCount(), expected);
    filter.sort(ResultsModel::NameColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!filter.isUpdating());
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("pc-19999"));
}

void TestResultsModel::aNewerSearchOvertakesAnOlderOne()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    model.setEndpoints(many(int(ResultsFilterModel::synchronousRows) * 2));
    QTRY_VERIFY(!filter.isUpdating());
    QSignalSpy updated(&filter, &ResultsFilterModel::updated);
    EndpointCriteria criteria;
    for (const char *name : { "pc-1*", "pc-2*", "pc-3*", "pc-4*", "pc-12345" }) {
        QVERIFY(criteria.setName(QString::fromLatin1(name)).error().isEmpty());
        filter.setCriteria(criteria);
    }
    QTRY_VERIFY(!filter.isUpdating());
    QCOMPARE(updated.count(), 1); // the stale four were dropped, never shown
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("pc-12345"));
}

void TestResultsModel::rowsArrivingDuringAWorkerSearchEnterAtOnce()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = int(ResultsFilterModel::synchronousRows) * 2;
    model.setEndpoints(many(rows));
    filter.sort(ResultsModel::NameColumn, Qt::AscendingOrder); // a worker reads the table now
    QVERIFY(filter.isUpdating());
    // The worker reads a snapshot of its own: the row enters the model at once.
    model.appendEndpoints({ SampleEndpoints::make(
        QStringLiteral("10.200.0.1"), SecurityStatus::Unreachable, QStringLiteral("aaa-late")) });
    QCOMPARE(model.rowCount(), rows + 1);
    QTRY_COMPARE(filter.rowCount(), rows + 1);
    QTRY_VERIFY(!filter.isUpdating());
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("aaa-late"));
}

void TestResultsModel::opensATableReadElsewhere()
{
    auto table = std::make_shared<ResultsTable>();
    for (const Endpoint &endpoint : SampleEndpoints::mixed(12))
        table->append(endpoint);
    ResultsModel model;
    QSignalSpy counts(&model, &ResultsModel::countsChanged);
    model.setTable(std::move(table));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.count(SecurityStatus::Unreachable), qint64(2));
    QCOMPARE(model.endpoint(3), SampleEndpoints::mixed(12).at(3));

    // The next chunk of a chunked read: appended rows, counts and interned texts carried over.
    auto chunk = std::make_shared<ResultsTable>();
    QVector<Endpoint> more = SampleEndpoints::mixed(20).mid(12);
    more[0].server = QStringLiteral("osm-new");
    for (const Endpoint &endpoint : std::as_const(more))
        chunk->append(endpoint);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendTable(chunk);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.count(SecurityStatus::Unreachable), qint64(4));
    for (int row = 12; row < 20; ++row)
        QCOMPARE(model.endpoint(row), more.at(row - 12));
}

void TestResultsModel::showsTheAdPath()
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(3);
    endpoints[0].adPath = QStringLiteral(
        "CN=Comma\\, Inc,OU=Site 1,OU=Europe,OU=osmgmt lab,DC=corp,DC=example,DC=test");
    endpoints[1].adPath = QStringLiteral("not a DN");
    endpoints[2].adPath.clear();
    model.appendEndpoints(endpoints);
    QCOMPARE(model.headerData(ResultsModel::AdPathColumn, Qt::Horizontal).toString(),
             QStringLiteral("AD path"));
    QCOMPARE(model.headerData(ResultsModel::DetailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Detail"));
    QCOMPARE(model.index(0, ResultsModel::AdPathColumn).data().toString(),
             QStringLiteral("corp.example.test/osmgmt lab/Europe/Site 1/Comma, Inc"));
    // What cannot be read as a DN is shown as it is, never dropped.
    QCOMPARE(model.index(1, ResultsModel::AdPathColumn).data().toString(),
             QStringLiteral("not a DN"));
    QCOMPARE(model.index(2, ResultsModel::AdPathColumn).data().toString(), QString());
}

void TestResultsModel::mapsItsColumnsToTheResultsColumns()
{
    // What each column sorts by and is called comes from core/results: a column mapped to the
    // wrong one would sort by, and be headed as, another.
    const std::pair<int, ResultsColumn> expected[] = {
        { ResultsModel::NameColumn, ResultsColumn::Name },
        { ResultsModel::AddressColumn, ResultsColumn::Address },
        { ResultsModel::StatusColumn, ResultsColumn::Status },
        { ResultsModel::ServerColumn, ResultsColumn::Server },
        { ResultsModel::AgentVersionColumn, ResultsColumn::AgentVersion },
        { ResultsModel::DomainColumn, ResultsColumn::Domain },
        { ResultsModel::GateColumn, ResultsColumn::Gate },
        { ResultsModel::AgentPortColumn, ResultsColumn::AgentPort },
        { ResultsModel::AdPathColumn, ResultsColumn::AdPath },
        { ResultsModel::DetailColumn, ResultsColumn::Detail },
    };
    QCOMPARE(int(std::size(expected)), int(ResultsModel::ColumnCount));
    ResultsModel model;
    const QStringList headers = endpointCsvHeaders(HeaderLanguage::Ui);
    for (const auto &[column, results] : expected) {
        QCOMPARE(ResultsModel::resultsColumn(column), std::optional(results));
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(int(results)));
    }
    QCOMPARE(ResultsModel::resultsColumn(-1), std::nullopt);
    QCOMPARE(ResultsModel::resultsColumn(ResultsModel::ColumnCount), std::nullopt);
    QVERIFY(!model.headerData(ResultsModel::ColumnCount, Qt::Horizontal).isValid());
}

QTEST_GUILESS_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
