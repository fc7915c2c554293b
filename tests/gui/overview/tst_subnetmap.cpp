#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "overview/subnetmapview.h"
#include "overview/subnetpage.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "store/database.h"
#include "style/statusstyle.h"
#include "subnetmap.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

// The subnet map over a results model of two IPv4 /16s and an IPv6 /112: the cells in the status
// colours, coverage per /24, and the ways on from a cell (hover, click, drag, zoom).
class TestSubnetMap : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsTheBlocksAndTheCellsOfOne();
    void countsCoveragePerLine();
    void drawsEachCellInItsStatusColour();
    void hoverNamesTheComputer();
    void clickOpensTheComputerAndDragARun();
    void zoomsToA24();
    void anIpv6RunIsTheSmallestPrefixHoldingIt();
    void theConsoleOpensTheResultsOfACell();

private:
    static Endpoint endpoint(const QString &address, SecurityStatus status, const QString &name);
    QVector<Endpoint> m_endpoints;
    ResultsModel m_results;
};

Endpoint TestSubnetMap::endpoint(const QString &address, SecurityStatus status, const QString &name)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.name = name;
    endpoint.status = status;
    return endpoint;
}

void TestSubnetMap::init()
{
    m_endpoints = {
        endpoint(QStringLiteral("127.5.0.1"), SecurityStatus::ManagedByThisServer,
                 QStringLiteral("hq-01")),
        endpoint(QStringLiteral("127.5.0.2"), SecurityStatus::NoClientInstalled,
                 QStringLiteral("hq-02")),
        endpoint(QStringLiteral("127.5.3.7"), SecurityStatus::Unreachable, QStringLiteral("lab-7")),
        endpoint(QStringLiteral("127.5.200.10"), SecurityStatus::ManagedByThisServer,
                 QStringLiteral("store-10")),
        endpoint(QStringLiteral("127.6.1.1"), SecurityStatus::ManagedByAnotherServer,
                 QStringLiteral("branch-1")),
        endpoint(QStringLiteral("fd00:1::105"), SecurityStatus::NoClientInstalled,
                 QStringLiteral("v6-105")),
    };
    m_results.setEndpoints(m_endpoints);
}

void TestSubnetMap::findsTheBlocksAndTheCellsOfOne()
{
    SubnetMap map(&m_results);
    QCOMPARE(map.blocks().size(), 3);
    QCOMPARE(map.blocks().at(0).toString(), QStringLiteral("127.5.0.0/16"));
    QCOMPARE(map.blocks().at(1).toString(), QStringLiteral("127.6.0.0/16"));
    QCOMPARE(map.blocks().at(2).toString(), QStringLiteral("fd00:1::/112"));
    QCOMPARE(map.block()->toString(), QStringLiteral("127.5.0.0/16"));
    const SubnetGrid &grid = map.grid();
    QCOMPARE(grid.found(), 4);
    QVERIFY(grid.has(1));
    QCOMPARE(grid.status(1), SecurityStatus::ManagedByThisServer);
    QCOMPARE(grid.status(3 * 256 + 7), SecurityStatus::Unreachable);
    QCOMPARE(m_results.endpoint(grid.row(3 * 256 + 7)).name, QStringLiteral("lab-7"));
    QVERIFY(!grid.has(0));
    map.setBlock(map.blocks().at(2));
    QCOMPARE(map.grid().found(), 1);
    QCOMPARE(map.grid().status(0x105), SecurityStatus::NoClientInstalled);
    QCOMPARE(map.block()->address(0x105), QStringLiteral("fd00:1::105"));
}

void TestSubnetMap::countsCoveragePerLine()
{
    SubnetMap map(&m_results);
    SubnetCoverageModel *coverage = map.coverage();
    QAbstractItemModelTester tester(coverage,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    map.update();
    QCOMPARE(coverage->rowCount(), 3); // lines 0, 3 and 200
    QCOMPARE(coverage->index(0, SubnetCoverageModel::LineColumn).data().toString(),
             QStringLiteral("127.5.0.0/24"));
    QCOMPARE(coverage->index(0, SubnetCoverageModel::FoundColumn).data().toInt(), 2);
    QCOMPARE(coverage->index(0, SubnetCoverageModel::CoverageColumn)
                 .data(SubnetCoverageModel::SortRole)
                 .toDouble(),
             0.5);
    QCOMPARE(coverage->index(2, SubnetCoverageModel::LineColumn)
                 .data(SubnetCoverageModel::LineRole)
                 .toInt(),
             200);
    m_results.setEndpoints({});
    QCOMPARE(coverage->rowCount(), 0);
    QVERIFY(!map.block());
}

void TestSubnetMap::drawsEachCellInItsStatusColour()
{
    SubnetMap map(&m_results);
    SubnetPage page(&map);
    page.resize(1000, 700);
    page.show();
    const QImage &image = page.view()->image();
    QCOMPARE(image.pixelColor(1, 0), StatusStyle::color(SecurityStatus::ManagedByThisServer));
    QCOMPARE(image.pixelColor(2, 0), StatusStyle::color(SecurityStatus::NoClientInstalled));
    QCOMPARE(image.pixelColor(7, 3), StatusStyle::color(SecurityStatus::Unreachable));
    QVERIFY(image.pixelColor(0, 0) != StatusStyle::color(SecurityStatus::ManagedByThisServer));
    // On screen, the cell of 127.5.3.7 is drawn in grey at its place.
    const QImage drawn = page.view()->grab().toImage();
    const QPoint unreachable = page.view()->cellRect(3 * 256 + 7).center().toPoint();
    QCOMPARE(drawn.pixelColor(unreachable), StatusStyle::color(SecurityStatus::Unreachable));
}

void TestSubnetMap::hoverNamesTheComputer()
{
    SubnetMap map(&m_results);
    SubnetPage page(&map);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SubnetMapView *view = page.view();
    view->zoomTo(3);
    QTest::mouseMove(view, view->cellRect(3 * 256 + 7).center().toPoint());
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1String("lab-7")));
    QVERIFY(QToolTip::text().contains(QLatin1String("127.5.3.7")));
}

void TestSubnetMap::clickOpensTheComputerAndDragARun()
{
    SubnetMap map(&m_results);
    SubnetPage page(&map);
    page.resize(1000, 700);
    page.show();
    SubnetMapView *view = page.view();
    QSignalSpy requested(&page, &SubnetPage::addressesRequested);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(2).center().toPoint());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("127.5.0.2"));
    // An empty cell opens nothing.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(9).center().toPoint());
    QCOMPARE(requested.size(), 1);

    const QPointF from = view->cellRect(1).center();
    const QPointF to = view->cellRect(3 * 256 + 7).center();
    QMouseEvent press(QEvent::MouseButtonPress, from, view->mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &press);
    QMouseEvent move(QEvent::MouseMove, to, view->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, view->mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view, &release);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("127.5.0.1-127.5.3.7"));
}

void TestSubnetMap::zoomsToA24()
{
    SubnetMap map(&m_results);
    SubnetPage page(&map);
    page.resize(1000, 700);
    page.show();
    SubnetMapView *view = page.view();
    const qreal whole = view->cellRect(0).width();
    // A row of the coverage table opens its /24; the sorted table still knows which line it is.
    QTableView *table = page.coverageTable();
    table->sortByColumn(SubnetCoverageModel::FoundColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("127.5.0.0/24"));
    table->sortByColumn(SubnetCoverageModel::LineColumn, Qt::DescendingOrder);
    const QModelIndex last = table->model()->index(0, 0);
    QCOMPARE(last.data().toString(), QStringLiteral("127.5.200.0/24"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
    QCOMPARE(view->zoomedLine(), 200);
    QCOMPARE(view->cellRect(200 * 256 + 10).width(), whole * 16);
    QVERIFY(view->cellRect(0).isEmpty()); // not in this /24
    QCOMPARE(view->cellAt(view->cellRect(200 * 256 + 10).center()), 200 * 256 + 10);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->zoomedLine(), -1);
}

void TestSubnetMap::anIpv6RunIsTheSmallestPrefixHoldingIt()
{
    SubnetMap map(&m_results);
    map.setBlock(map.blocks().at(2));
    const SubnetMap::Span span = map.span(0x105, 0x1f0);
    QCOMPARE(span.ipv6Prefix, QStringLiteral("fd00:1::100"));
    QCOMPARE(span.ipv6Length, 120);
    QCOMPARE(map.span(0x105, 0x105).ipv6Length, 128);
    QCOMPARE(map.span(0, 0xffff).ipv6Length, 112);
}

void TestSubnetMap::theConsoleOpensTheResultsOfACell()
{
    QTemporaryDir directory;
    const QString database = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    QuerySession session(database, QStringLiteral("osm-hq"));
    session.results()->setEndpoints(m_endpoints);
    MainWindow window(&session, directory.filePath(QStringLiteral("scope.json")));
    window.setOverview([database] { return Database::openSqlite(database); });
    window.resize(1400, 900);
    window.show();
    window.overviewPage()->showSubnetMap();
    SubnetMapView *view = window.overviewPage()->subnetPage()->view();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(3 * 256 + 7).center().toPoint());
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.resultsPage());
    ResultsFilterModel *shown = window.resultsPage()->view();
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, ResultsModel::AddressColumn).data().toString(),
             QStringLiteral("127.5.3.7"));
    QVERIFY(!window.resultsPage()->shownStatus());
}

QTEST_MAIN(TestSubnetMap)
#include "tst_subnetmap.moc"
