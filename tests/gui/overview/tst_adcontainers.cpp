#include "containercoveragemodel.h"
#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "overview/subnetpage.h"
#include "overview/trendchart.h"
#include "overviewsession.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "scope/scopefile.h"
#include "store/containercounts.h"
#include "store/database.h"
#include "store/querystore.h"
#include "subnetmap.h"
#include "testclock.h"
#include "trendmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Issue 17 per AD container: coverage per container of the results shown, beside the subnet
// map's per-/24 table, and the trends narrowed to a container (its computers and those of the
// containers under it), counted from a real SQLite store.
class TestAdContainers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theContainerOfADnSkipsEscapedCommas();
    void countsCoveragePerContainerOfTheResults();
    void theContainerTableSortsOpensAndHidesWithoutDirectory();
    void trendsNarrowToAContainerAndThoseUnderIt();
    void theMapAndTheTablesShareTheWidthByWhatIsShown();
    void theConsoleOpensAContainersComputers();
    void theTrendsContainerChooserFollowsTheScope();

private:
    qint64 store(const QByteArray &scope, const QDateTime &startedAt,
                 const QVector<Endpoint> &endpoints);

    QTemporaryDir m_directory;
    QString m_database;
    QByteArray m_adScope;
    QByteArray m_ipScope;
    QVector<qint64> m_adQueries; // oldest first
};

namespace {
const QString sales = QStringLiteral("OU=Sales,DC=corp,DC=example,DC=test");
const QString laptops = QStringLiteral("OU=Laptops,OU=Sales,DC=corp,DC=example,DC=test");
const QString lab = QStringLiteral("OU=Lab,DC=corp,DC=example,DC=test");

Endpoint computer(int number, SecurityStatus status, const QString &container)
{
    Endpoint endpoint;
    endpoint.address = QStringLiteral("127.9.0.%1").arg(number);
    endpoint.name = QStringLiteral("pc-%1").arg(number);
    endpoint.status = status;
    if (!container.isEmpty())
        endpoint.adPath = QStringLiteral("CN=pc-%1,").arg(number) + container;
    return endpoint;
}

// `managed` computers managed by this server, then `bare` without a client, in `container`.
QVector<Endpoint> computers(int first, int managed, int bare, const QString &container)
{
    QVector<Endpoint> made;
    for (int i = 0; i < managed + bare; ++i)
        made << computer(first + i,
                         i < managed ? SecurityStatus::ManagedByThisServer
                                     : SecurityStatus::NoClientInstalled,
                         container);
    return made;
}

QByteArray adScope()
{
    Scope scope;
    scope.activeDirectory.objects = { QStringLiteral("DC=corp,DC=example,DC=test") };
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    return scopeToJson(scope);
}

QByteArray ipScope()
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.9.0.0/24")).value() };
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    return scopeToJson(scope);
}

// The row of `model` whose container DN is `dn`.
int rowOf(const QAbstractItemModel *model, const QString &dn)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ContainerCoverageModel::DnRole).toString() == dn)
            return row;
    return -1;
}

qint64 countOf(const TrendModel &trends, int row, SecurityStatus status)
{
    return trends.query(row).statusCounts.value(status, -1);
}
} // namespace

qint64 TestAdContainers::store(const QByteArray &scope, const QDateTime &startedAt,
                               const QVector<Endpoint> &endpoints)
{
    const auto database = Database::openSqlite(m_database);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    QueryStore queries(database.value());
    const qint64 id = queries.beginQuery(scope, QStringLiteral("osm-hq"), 0, startedAt).value();
    if (!queries.appendEndpoints(id, endpoints)
        || !queries.finishQuery(id, QueryState::Completed, startedAt.addSecs(30), QString()))
        qFatal("cannot store the query");
    return id;
}

void TestAdContainers::initTestCase()
{
    QVERIFY(m_directory.isValid());
    Clock::setInstance(std::make_shared<TestClock>(at("2026-12-01T12:00:00Z")));
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_adScope = adScope();
    m_ipScope = ipScope();
    // Sales grows its protection; Laptops (under Sales) appears in the second query; Lab stays.
    m_adQueries << store(m_adScope, at("2026-11-10T09:00:00Z"),
                         computers(1, 1, 4, sales) + computers(20, 2, 2, lab));
    m_adQueries << store(m_adScope, at("2026-11-20T09:00:00Z"),
                         computers(1, 3, 2, sales) + computers(10, 1, 2, laptops)
                             + computers(20, 2, 2, lab));
    store(m_ipScope, at("2026-11-25T09:00:00Z"), computers(100, 2, 3, QString()));
}

void TestAdContainers::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestAdContainers::theContainerOfADnSkipsEscapedCommas()
{
    QCOMPARE(ContainerCountReader::containerOf(u"CN=pc-1,OU=Sales,DC=corp").toString(),
             QStringLiteral("OU=Sales,DC=corp"));
    QCOMPARE(ContainerCountReader::containerOf(u"CN=Comma\\, Inc,OU=Lab, DC=corp").toString(),
             QStringLiteral("OU=Lab, DC=corp"));
    QCOMPARE(ContainerCountReader::containerOf(u"CN=a\\\\,OU=Lab").toString(),
             QStringLiteral("OU=Lab")); // an escaped backslash ends before the comma
    QVERIFY(ContainerCountReader::containerOf(u"DC=test").isEmpty());
}

void TestAdContainers::countsCoveragePerContainerOfTheResults()
{
    ResultsModel results;
    results.setEndpoints(computers(1, 3, 2, sales) + computers(10, 1, 2, laptops)
                         + computers(30, 0, 2, QString()));
    SubnetMap map(&results);
    ContainerCoverageModel *containers = map.containers();
    QAbstractItemModelTester tester(containers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(containers->rowCount(), 2); // the IP-only computers belong to no container
    const int salesRow = rowOf(containers, sales);
    const int laptopsRow = rowOf(containers, laptops);
    QVERIFY(salesRow >= 0 && laptopsRow >= 0);
    const auto cell = [containers](int row, int column, int role = Qt::DisplayRole) {
        return containers->index(row, column).data(role);
    };
    QCOMPARE(cell(salesRow, ContainerCoverageModel::ContainerColumn).toString(),
             QStringLiteral("corp.example.test/Sales"));
    QCOMPARE(cell(laptopsRow, ContainerCoverageModel::ContainerColumn).toString(),
             QStringLiteral("corp.example.test/Sales/Laptops"));
    QCOMPARE(cell(salesRow, ContainerCoverageModel::ContainerColumn, Qt::ToolTipRole).toString(),
             sales);
    QCOMPARE(cell(salesRow, ContainerCoverageModel::FoundColumn, ContainerCoverageModel::SortRole)
                 .toInt(),
             5);
    QCOMPARE(
        cell(salesRow, ContainerCoverageModel::ProtectedColumn, ContainerCoverageModel::SortRole)
            .toInt(),
        3);
    QCOMPARE(
        cell(salesRow, ContainerCoverageModel::NoClientColumn, ContainerCoverageModel::SortRole)
            .toInt(),
        2);
    QCOMPARE(
        cell(laptopsRow, ContainerCoverageModel::CoverageColumn, ContainerCoverageModel::SortRole)
            .toDouble(),
        1.0 / 3.0);
    QCOMPARE(cell(salesRow, ContainerCoverageModel::CoverageColumn).toString(),
             QStringLiteral("60%"));
    // Short words over the counts, the status's whole name as their tooltip.
    QCOMPARE(containers->headerData(ContainerCoverageModel::UnresolvedColumn, Qt::Horizontal,
                                    Qt::ToolTipRole),
             QVariant(displayName(SecurityStatus::UnresolvedAd)));

    // Rows arriving while a query runs are counted on top of those counted before.
    results.appendEndpoints(computers(40, 2, 0, laptops) + computers(50, 1, 0, lab));
    map.update(); // what the map's timer does after rows arrived
    QCOMPARE(containers->countedRows(), results.rowCount());
    QCOMPARE(containers->rowCount(), 3);
    QCOMPARE(containers->index(rowOf(containers, laptops), ContainerCoverageModel::FoundColumn)
                 .data(ContainerCoverageModel::SortRole)
                 .toInt(),
             3 + 2);
    QCOMPARE(containers->index(rowOf(containers, lab), ContainerCoverageModel::FoundColumn)
                 .data(ContainerCoverageModel::SortRole)
                 .toInt(),
             1);

    // Other results (another query opened) are counted from their first row.
    QSignalSpy reset(containers, &QAbstractItemModel::modelReset);
    results.setEndpoints(computers(1, 5, 0, sales));
    QVERIFY(!reset.isEmpty());
    QCOMPARE(containers->rowCount(), 1);
    QCOMPARE(cell(0, ContainerCoverageModel::CoverageColumn).toString(), QStringLiteral("100%"));
}

void TestAdContainers::theContainerTableSortsOpensAndHidesWithoutDirectory()
{
    ResultsModel results;
    results.setEndpoints(computers(1, 3, 2, sales) + computers(10, 1, 2, laptops)
                         + computers(20, 0, 4, lab));
    SubnetMap map(&results);
    SubnetPage page(&map);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.containerTable();
    QVERIFY(table->isVisible());
    QVERIFY(!table->accessibleName().isEmpty());
    // Sorted by path at first; a click on the coverage header sorts by coverage.
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             QStringLiteral("corp.example.test/Lab"));
    table->sortByColumn(ContainerCoverageModel::CoverageColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             QStringLiteral("corp.example.test/Sales")); // 60%, then Laptops 33%, Lab 0%
    QCOMPARE(table->model()->index(2, 0).data().toString(),
             QStringLiteral("corp.example.test/Lab"));

    QSignalSpy requested(&page, &SubnetPage::containerRequested);
    const QRect second = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), laptops);

    results.setEndpoints(computers(1, 1, 1, QString())); // IP ranges only
    QVERIFY(!table->isVisible());
    QVERIFY(page.coverageTable()->isVisible());
}

void TestAdContainers::trendsNarrowToAContainerAndThoseUnderIt()
{
    QuerySession session(m_database, QStringLiteral("osm-hq"));
    OverviewSession overview(&session, [path = m_database] { return Database::openSqlite(path); });
    TrendModel *trends = overview.trends();
    QAbstractItemModelTester tester(trends, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&overview, &OverviewSession::refreshed);
    overview.refresh();
    QVERIFY(refreshed.wait(10000));
    trends->setScope(m_adScope);
    QVERIFY(trends->scopeHasDirectory());
    QTRY_VERIFY_WITH_TIMEOUT(trends->uncountedQueries().isEmpty(), 10000);
    QCOMPARE(trends->containers(),
             QStringList({ QStringLiteral("DC=corp,DC=example,DC=test"), lab, sales, laptops }));

    trends->setContainer(sales); // Sales and Laptops under it
    QCOMPARE(trends->rowCount(), 2);
    QCOMPARE(countOf(*trends, 0, SecurityStatus::ManagedByThisServer), 1);
    QCOMPARE(countOf(*trends, 0, SecurityStatus::NoClientInstalled), 4);
    QCOMPARE(countOf(*trends, 1, SecurityStatus::ManagedByThisServer), 3 + 1);
    QCOMPARE(countOf(*trends, 1, SecurityStatus::NoClientInstalled), 2 + 2);
    QCOMPARE(trends->highest(), 4);

    trends->setContainer(laptops);
    QCOMPARE(countOf(*trends, 0, SecurityStatus::ManagedByThisServer), 0);
    QCOMPARE(countOf(*trends, 1, SecurityStatus::ManagedByThisServer), 1);

    trends->setContainer(QString()); // every computer of the scope: the stored counts
    QCOMPARE(countOf(*trends, 1, SecurityStatus::ManagedByThisServer), 3 + 1 + 2);

    // A query of another scope: its container is forgotten, and an IP-only scope has none.
    trends->setContainer(lab);
    trends->setScope(m_ipScope);
    QVERIFY(trends->container().isEmpty());
    QVERIFY(!trends->scopeHasDirectory());
    QVERIFY(trends->uncountedQueries().isEmpty());
    QCOMPARE(countOf(*trends, 0, SecurityStatus::NoClientInstalled), 3);
}

void TestAdContainers::theTrendsContainerChooserFollowsTheScope()
{
    QuerySession session(m_database, QStringLiteral("osm-hq"));
    OverviewSession overview(&session, [path = m_database] { return Database::openSqlite(path); });
    OverviewPage page(&overview);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy refreshed(&overview, &OverviewSession::refreshed);
    overview.refresh();
    QVERIFY(refreshed.wait(10000));
    // The newest query is the IP-only one: no container to choose.
    QComboBox *container = page.trendContainer();
    QVERIFY(!container->isVisible());

    QComboBox *scope = page.trendScope();
    const int adRow = scope->findData(m_adScope);
    QVERIFY(adRow >= 0);
    scope->setCurrentIndex(adRow);
    emit scope->activated(adRow);
    QVERIFY(container->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(container->count(), 5, 10000); // every computer, then 4 containers
    QCOMPARE(container->itemText(0), QStringLiteral("Every computer of the scope"));
    const int salesRow = container->findData(sales);
    QCOMPARE(container->itemText(salesRow), QStringLiteral("corp.example.test/Sales"));
    container->setCurrentIndex(salesRow);
    emit container->activated(salesRow);
    QCOMPARE(overview.trends()->container(), sales);
    QCOMPARE(overview.trends()->highest(), 4);
    QCOMPARE(container->currentIndex(), salesRow); // kept through the trends' reset

    // The chart draws the narrowed counts: the managed line's last point is at 4 of a 4 ceiling.
    TrendChart *chart = page.trendChart();
    const QPointF top = chart->pointOf(1, SecurityStatus::ManagedByThisServer);
    const QPointF bottom = chart->pointOf(0, SecurityStatus::ManagedByThisServer);
    QVERIFY(top.y() < bottom.y());
}

// A block zoomed to its one /24 leaves the room to the tables; a whole /16 gives it to the map;
// once the administrator moved the splitter, the page leaves it alone.
void TestAdContainers::theMapAndTheTablesShareTheWidthByWhatIsShown()
{
    ResultsModel results;
    results.setEndpoints(computers(1, 3, 2, sales)); // 127.9.0.x: one /24
    SubnetMap map(&results);
    SubnetPage page(&map);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *splitter = page.findChild<QSplitter *>(QStringLiteral("subnetSplitter"));
    QVERIFY(splitter->sizes().at(0) < splitter->sizes().at(1));

    QVector<Endpoint> spread = computers(1, 1, 1, QString());
    spread[1].address = QStringLiteral("127.10.200.1"); // two /24s of 127.10.0.0/16
    spread[0].address = QStringLiteral("127.10.0.1");
    results.setEndpoints(spread);
    QVERIFY(splitter->sizes().at(0) > splitter->sizes().at(1));
    QVERIFY(splitter->sizes().at(0) >= 2 * 256); // two pixels an address

    emit splitter->splitterMoved(300, 1);
    results.setEndpoints(computers(1, 3, 2, sales));
    QVERIFY(splitter->sizes().at(0) > splitter->sizes().at(1)); // left as it was
}

// A row of the container table opens the results of that container and those under it.
void TestAdContainers::theConsoleOpensAContainersComputers()
{
    QuerySession session(m_database, QStringLiteral("osm-hq"));
    session.results()->setEndpoints(computers(1, 3, 2, sales) + computers(10, 1, 2, laptops)
                                    + computers(20, 0, 4, lab));
    MainWindow window(&session, m_directory.filePath(QStringLiteral("scope.json")));
    window.setOverview([path = m_database] { return Database::openSqlite(path); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.overviewPage()->showSubnetMap();
    QTableView *table = window.overviewPage()->subnetPage()->containerTable();
    QTRY_VERIFY(table->isVisible());
    int salesRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(ContainerCoverageModel::DnRole).toString() == sales)
            salesRow = row;
    QVERIFY(salesRow >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(salesRow, 0)).center());
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.resultsPage());
    QTRY_COMPARE(window.resultsPage()->view()->rowCount(), 5 + 3); // Sales and Laptops
}

QTEST_MAIN(TestAdContainers)
#include "tst_adcontainers.moc"
