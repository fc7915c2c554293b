#include "clienttreemodel.h"
#include "coveragemodel.h"
#include "health/computerdetailspage.h"
#include "health/healthhistorychart.h"
#include "health/healthsummarypage.h"
#include "healthsession.h"
#include "mainwindow.h"
#include "overview/coveragelegend.h"
#include "overview/coveragering.h"
#include "overview/overviewpage.h"
#include "overview/sharebar.h"
#include "overview/subnetpage.h"
#include "overview/trendchart.h"
#include "overviewsession.h"
#include "querysession.h"
#include "results/outsidemanagementpage.h"
#include "results/resultspage.h"
#include "scope/scope.h"
#include "store/database.h"
#include "storedquery.h"
#include "style/statusicondelegate.h"
#include "style/statusstyle.h"

#include <QAbstractItemModelTester>
#include <QHelpEvent>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

// The overview over a real SQLite store of two completed queries a week apart: the coverage and
// the change per status, the ring and legend drawn in the status colours, and the numbers that
// lead to the results.
class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAndChangesComeFromTheLatestTwoCompletedQueries();
    void theRingIsDrawnInTheStatusColours();
    void theLegendShowsEachStatusInItsColour();
    void aNumberLeadsOn();
    void theConsoleOpensOnTheOverviewAndACountOpensFilteredResults();
    void anEmptyStoreSaysWhatToDo();
    void everyCustomWidgetHasAnAccessibleName();
    void drawsSharpAndWholeAtDevicePixelRatio2();
    void theWindowRemembersItsGeometryAndSplitters();
    void treeLabelsAreWholeOrTold();
    void countsReadInTheSingular();

private:
    QTemporaryDir m_directory;
    QString m_database;
    qint64 m_first = 0;
    qint64 m_second = 0;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<OverviewSession> m_overview;
};

namespace {
Endpoint endpoint(const QString &address, SecurityStatus status)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), -1);
    endpoint.status = status;
    endpoint.server
        = status == SecurityStatus::ManagedByThisServer ? QStringLiteral("osm-hq") : QString();
    return endpoint;
}

// How many pixels of `image` are `color` (antialiased edges aside).
int pixelsOf(const QImage &image, const QColor &color)
{
    int found = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            found += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    return found;
}

void refresh(OverviewSession *overview)
{
    QSignalSpy refreshed(overview, &OverviewSession::refreshed);
    overview->refresh();
    QVERIFY(refreshed.wait(10000));
}
} // namespace

void TestOverviewPage::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // The test's own settings (the window's memory), never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_directory.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("osmgmt-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_overviewpage"));
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    m_first = storeCompletedQuery(
        m_database,
        { endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::ManagedByThisServer),
          endpoint(QStringLiteral("127.1.0.2"), SecurityStatus::NoClientInstalled),
          endpoint(QStringLiteral("127.1.0.3"), SecurityStatus::NoClientInstalled),
          endpoint(QStringLiteral("127.1.0.4"), SecurityStatus::Unreachable) },
        monday);
    // A week later: .2 got an agent, .5 and .6 are new, one of them with another server's agent.
    m_second = storeCompletedQuery(
        m_database,
        { endpoint(QStringLiteral("127.1.0.1"), SecurityStatus::ManagedByThisServer),
          endpoint(QStringLiteral("127.1.0.2"), SecurityStatus::ManagedByThisServer),
          endpoint(QStringLiteral("127.1.0.3"), SecurityStatus::NoClientInstalled),
          endpoint(QStringLiteral("127.1.0.4"), SecurityStatus::Unreachable),
          endpoint(QStringLiteral("127.1.0.5"), SecurityStatus::ManagedByAnotherServer),
          endpoint(QStringLiteral("127.1.0.6"), SecurityStatus::ManagedByThisServer) },
        monday.addDays(7));
    m_session = std::make_unique<QuerySession>(m_database, QStringLiteral("osm-hq"));
    m_overview = std::make_unique<OverviewSession>(
        m_session.get(), [path = m_database] { return Database::openSqlite(path); });
    new QAbstractItemModelTester(m_overview->coverage(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_overview.get());
    refresh(m_overview.get());
}

void TestOverviewPage::countsAndChangesComeFromTheLatestTwoCompletedQueries()
{
    const CoverageModel *coverage = m_overview->coverage();
    QCOMPARE(coverage->latest()->id, m_second);
    QCOMPARE(coverage->previous()->id, m_first);
    QCOMPARE(coverage->total(), 6);
    QCOMPARE(coverage->count(SecurityStatus::ManagedByThisServer), 3);
    QCOMPARE(*coverage->coverage(), 0.5);
    QCOMPARE(*coverage->change(SecurityStatus::ManagedByThisServer), 2);
    QCOMPARE(*coverage->change(SecurityStatus::NoClientInstalled), -1);
    QCOMPARE(*coverage->change(SecurityStatus::Unreachable), 0);
    QCOMPARE(coverage->rowCount(), 5);
    const QModelIndex noClient = coverage->index(2, CoverageModel::ChangeColumn);
    QCOMPARE(noClient.data(CoverageModel::StatusRole).value<SecurityStatus>(),
             SecurityStatus::NoClientInstalled);
    QCOMPARE(noClient.data().toString(), QString(QChar(0x2212) + QStringLiteral("1")));
    QCOMPARE(coverage->index(0, CoverageModel::ChangeColumn).data().toString(),
             QStringLiteral("+2"));
}

void TestOverviewPage::theRingIsDrawnInTheStatusColours()
{
    OverviewPage page(m_overview.get());
    page.resize(900, 500);
    page.show();
    const QImage ring = page.ring()->grab().toImage();
    // Half the ring is protected, a sixth each the others found; Unresolved has no arc.
    const int managed = pixelsOf(ring, StatusStyle::color(SecurityStatus::ManagedByThisServer));
    const int noClient = pixelsOf(ring, StatusStyle::color(SecurityStatus::NoClientInstalled));
    QVERIFY2(managed > 500, qPrintable(QString::number(managed)));
    QVERIFY2(noClient > 100, qPrintable(QString::number(noClient)));
    QVERIFY(managed > 2 * noClient);
    QVERIFY(pixelsOf(ring, StatusStyle::color(SecurityStatus::Unreachable)) > 100);
    QVERIFY(pixelsOf(ring, StatusStyle::color(SecurityStatus::ManagedByAnotherServer)) > 100);
    QCOMPARE(pixelsOf(ring, StatusStyle::color(SecurityStatus::UnresolvedAd)), 0);
    QVERIFY(page.ring()->accessibleDescription().contains(QLatin1String("3 of 6")));
}

void TestOverviewPage::theLegendShowsEachStatusInItsColour()
{
    OverviewPage page(m_overview.get());
    page.resize(900, 500);
    page.show();
    CoverageLegend *legend = page.legend();
    QCOMPARE(legend->countButton(SecurityStatus::ManagedByThisServer)->text(), QStringLiteral("3"));
    QCOMPARE(legend->changeButton(SecurityStatus::NoClientInstalled)->text(),
             QString(QChar(0x2212) + QStringLiteral("1")));
    QVERIFY(!legend->changeButton(SecurityStatus::Unreachable)->isEnabled()); // nothing changed
    const QImage drawn = legend->grab().toImage();
    for (SecurityStatus status : SecurityStatuses::all) {
        // The icon's disc, and the share bar for those with a share.
        QVERIFY2(pixelsOf(drawn, StatusStyle::color(status)) > 20, qPrintable(toKey(status)));
    }
}

void TestOverviewPage::aNumberLeadsOn()
{
    OverviewPage page(m_overview.get());
    page.show();
    QSignalSpy status(&page, &OverviewPage::statusRequested);
    QSignalSpy changes(&page, &OverviewPage::changesRequested);
    QTest::mouseClick(page.legend()->countButton(SecurityStatus::NoClientInstalled),
                      Qt::LeftButton);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(0).value<SecurityStatus>(), SecurityStatus::NoClientInstalled);
    QTest::mouseClick(page.legend()->changeButton(SecurityStatus::ManagedByThisServer),
                      Qt::LeftButton);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toLongLong(), m_second);
}

void TestOverviewPage::theConsoleOpensOnTheOverviewAndACountOpensFilteredResults()
{
    MainWindow window(m_session.get(), m_directory.filePath(QStringLiteral("scope.json")));
    const auto open = [path = m_database] { return Database::openSqlite(path); };
    window.setHistory(open);
    window.setOverview(open);
    window.show();
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), window.overviewPage());
    QTRY_COMPARE(window.overviewPage()->legend()->countButton(SecurityStatus::Unreachable)->text(),
                 QStringLiteral("1"));
    QTest::mouseClick(window.overviewPage()->legend()->countButton(SecurityStatus::Unreachable),
                      Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), window.resultsPage());
    QCOMPARE(window.resultsPage()->shownStatus(), SecurityStatus::Unreachable);
}

void TestOverviewPage::anEmptyStoreSaysWhatToDo()
{
    const QString empty = m_directory.filePath(QStringLiteral("empty.sqlite"));
    QuerySession session(empty, QStringLiteral("osm-hq"));
    OverviewSession overview(&session, [empty] { return Database::openSqlite(empty); });
    refresh(&overview);
    OverviewPage page(&overview);
    page.show();
    QVERIFY(!overview.coverage()->latest());
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("overviewEmpty"))->isVisible());
    QVERIFY(!page.ring()->isVisible());
}

namespace {
// Ours, not Qt's: a class the console defines (Qt's own carry their accessible roles and text).
bool isCustom(const QWidget *widget)
{
    return !QByteArray(widget->metaObject()->className()).startsWith('Q');
}

void checkNamed(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    int custom = 0;
    for (const QWidget *widget : widgets) {
        if (!isCustom(widget))
            continue;
        ++custom;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 \"%2\" has no accessible name")
                                .arg(QLatin1String(widget->metaObject()->className()),
                                     widget->objectName())));
    }
    QVERIFY(custom > 0);
}

// Device pixels along row `y` of `image` from the first that differs from the background at
// x = 0 to the first of three equal ones: how wide an edge's blend is.
int edgeWidth(const QImage &image, int y)
{
    const QRgb background = image.pixel(0, y);
    int x = 0;
    while (x < image.width() && image.pixel(x, y) == background)
        ++x;
    const int start = x;
    while (x + 2 < image.width()
           && !(image.pixel(x, y) == image.pixel(x + 1, y)
                && image.pixel(x, y) == image.pixel(x + 2, y)))
        ++x;
    return x - start;
}
} // namespace

// The overview's pieces, the subnet map's and the health flipbook's: each widget the console
// draws itself tells a screen reader what it is.
void TestOverviewPage::everyCustomWidgetHasAnAccessibleName()
{
    OverviewPage page(m_overview.get());
    page.show();
    checkNamed(&page);
    for (const char *name : { "coverageRing", "coverageLegend", "trendChart", "subnetPage" })
        QVERIFY2(page.findChild<QWidget *>(QLatin1String(name)), name);
    QCOMPARE(page.findChildren<ShareBar *>().size(), int(SecurityStatuses::all.size()));
    // The name says whose share, the description how much.
    const ShareBar *managed
        = page.findChild<ShareBar *>(QStringLiteral("share-managed-by-this-server"));
    QVERIFY(managed);
    QVERIFY(managed->accessibleName().startsWith(displayName(SecurityStatus::ManagedByThisServer)));
    QCOMPARE(managed->accessibleDescription(), QStringLiteral("50.0%"));

    HealthSession health([] { return Result<std::shared_ptr<Database>>::failure(QString()); },
                         [] { return Result<AgentTls::Credentials>::failure(QString()); });
    HealthSummaryPage summary(&health);
    ComputerDetailsPage details(&health);
    HealthHistoryChart chart;
    checkNamed(&summary);
    checkNamed(&details);
    checkNamed(&chart);
}

// Painted at a device pixel ratio of 2 (a high-DPI screen), the ring's edge is as sharp as the
// device allows (a widget that painted at 1 and was scaled up would blend over 2 or more device
// pixels), and the ring, the legend's figures and the share bars are whole.
void TestOverviewPage::drawsSharpAndWholeAtDevicePixelRatio2()
{
    OverviewPage page(m_overview.get());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QImage image(page.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(page.palette().color(QPalette::Window));
    page.render(&image);
    image.setDevicePixelRatio(1.0);

    const QWidget *ring = page.ring();
    const QRect ringRect(ring->mapTo(&page, QPoint(0, 0)) * 2, ring->size() * 2);
    const QImage drawnRing = image.copy(ringRect);
    // The ring's outer edge at its middle row, and the vertical edge of the bars' ends.
    QVERIFY2(edgeWidth(drawnRing, drawnRing.height() / 2) <= 1,
             qPrintable(QString::number(edgeWidth(drawnRing, drawnRing.height() / 2))));
    // Whole: nothing of the ring touches its widget's border.
    const QRgb background = drawnRing.pixel(0, 0);
    for (int x = 0; x < drawnRing.width(); ++x) {
        QCOMPARE(drawnRing.pixel(x, 0), background);
        QCOMPARE(drawnRing.pixel(x, drawnRing.height() - 1), background);
    }
    int ringPixels = 0;
    const QRgb managed = StatusStyle::color(SecurityStatus::ManagedByThisServer).rgb();
    for (int y = 0; y < drawnRing.height(); ++y)
        for (int x = 0; x < drawnRing.width(); ++x)
            ringPixels += drawnRing.pixel(x, y) == managed ? 1 : 0;
    QVERIFY2(ringPixels > 4 * 500, qPrintable(QString::number(ringPixels))); // 4 per logical
    // The legend's numbers and the bars' percentages fit their room.
    for (const QToolButton *button : page.legend()->findChildren<QToolButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(button->objectName()));
    }
    for (const ShareBar *bar : page.findChildren<ShareBar *>())
        QVERIFY2(bar->width() >= bar->minimumSizeHint().width(), qPrintable(bar->objectName()));
}

// Geometry and splitters as the administrator left them: saved when the window closes, restored
// when the next one is first shown; a page's named splitter (the subnet map's) too.
void TestOverviewPage::theWindowRemembersItsGeometryAndSplitters()
{
    QSettings().clear();
    const auto open = [path = m_database] { return Database::openSqlite(path); };
    QList<int> treeSizes;
    QList<int> subnetSizes;
    QSize size;
    {
        MainWindow window(m_session.get(), m_directory.filePath(QStringLiteral("scope.json")));
        window.setOverview(open);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1240, 780);
        auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *subnet = window.findChild<QSplitter *>(QStringLiteral("subnetSplitter"));
        QVERIFY(main && subnet);
        main->setSizes({ 200, 500 });
        subnet->setSizes({ 150, 300 });
        treeSizes = main->sizes();
        subnetSizes = subnet->sizes();
        size = window.size();
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/main/geometry")));
    MainWindow window(m_session.get(), m_directory.filePath(QStringLiteral("scope.json")));
    window.setOverview(open);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), treeSizes);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("subnetSplitter"))->sizes(), subnetSizes);
    QSettings().clear();
}

// The client tree opens wide enough for its longest group label; made narrower, a label is
// elided in the middle and hovering it shows it whole.
void TestOverviewPage::treeLabelsAreWholeOrTold()
{
    QuerySession session(m_database, QStringLiteral("osm-hq"));
    Endpoint unresolved;
    unresolved.name = QStringLiteral("old-pc");
    unresolved.adPath = QStringLiteral("CN=old-pc,OU=Lab,DC=corp,DC=example,DC=test");
    unresolved.status = SecurityStatus::UnresolvedAd;
    session.results()->setEndpoints({ unresolved });
    MainWindow window(&session, m_directory.filePath(QStringLiteral("scope.json")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *tree = window.clientTree();
    ClientTreeModel *model = session.clientTree();
    QModelIndex group;
    const QModelIndex outside = model->outsideServerManagementIndex();
    tree->expand(outside);
    for (int row = 0; row < model->rowCount(outside); ++row) {
        const QModelIndex child = model->index(row, 0, outside);
        if (child.data(ClientTreeModel::StatusRole).value<SecurityStatus>()
            == SecurityStatus::UnresolvedAd)
            group = child;
    }
    QVERIFY(group.isValid());
    auto *delegate = qobject_cast<StatusIconDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = tree->visualRect(group);
    option.widget = tree;
    QVERIFY2(!delegate->isElided(option, group),
             qPrintable(QStringLiteral("%1 in %2 px of a %3 px tree")
                            .arg(group.data().toString())
                            .arg(option.rect.width())
                            .arg(tree->width())));

    auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    main->setSizes({ 120, 900 });
    QTRY_VERIFY(tree->viewport()->width() < 200);
    option.rect = tree->visualRect(group);
    QVERIFY(delegate->isElided(option, group));
    const QPoint at = option.rect.center();
    QHelpEvent help(QEvent::ToolTip, at, tree->viewport()->mapToGlobal(at));
    QVERIFY(delegate->helpEvent(&help, tree, option, group));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), group.data().toString());
    QToolTip::hideText();
}

// One of a thing is said through a %n form, never "1 IPv4 ranges" (issue 17, point 4).
void TestOverviewPage::countsReadInTheSingular()
{
    OutsideManagementPage page(m_session.get());
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.1.0.1")).value() };
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    page.setScope(scope);
    const QString summary = page.findChild<QLabel *>(QStringLiteral("scopeSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("1 IPv4 range")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 agent port")), qPrintable(summary));
    for (const char *plural : { "ranges", "prefixes", "addresses", "ports" })
        QVERIFY2(!summary.contains(QLatin1String(plural)), qPrintable(summary));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
