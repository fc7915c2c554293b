#include "mainwindow.h"
#include "overview/overviewpage.h"
#include "overview/trendchart.h"
#include "overviewsession.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsmodel.h"
#include "scope/scopefile.h"
#include "store/database.h"
#include "store/querystore.h"
#include "style/statusstyle.h"
#include "testclock.h"
#include "trendmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

// Trends over a real SQLite store: the completed queries of one scope within the window, a line
// per status in its colour, and a point that opens its query's results.
class TestTrends : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keepsTheCompletedQueriesOfOneScopeWithinTheWindow();
    void drawsALinePerStatusInItsColour();
    void clickingAPointOpensThatQuerysResults();
    void theScopeChooserSwitchesTheTrend();

private:
    qint64 store(const QByteArray &scope, const QDateTime &startedAt, int managed, int noClient,
                 QueryState state = QueryState::Completed);

    QTemporaryDir m_directory;
    QString m_database;
    QByteArray m_scopeA;
    QByteArray m_scopeB;
    QVector<qint64> m_recentA; // oldest first
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<OverviewSession> m_overview;
};

namespace {
QByteArray scopeOf(const char *range)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(QString::fromLatin1(range)).value() };
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    return scopeToJson(scope);
}

int pixelsOf(const QImage &image, const QColor &color)
{
    int found = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            found += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    return found;
}
} // namespace

qint64 TestTrends::store(const QByteArray &scope, const QDateTime &startedAt, int managed,
                         int noClient, QueryState state)
{
    const auto database = Database::openSqlite(m_database);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    QueryStore queries(database.value());
    const qint64 id = queries.beginQuery(scope, QStringLiteral("osm-hq"), 254, startedAt).value();
    QVector<Endpoint> endpoints;
    for (int i = 0; i < managed + noClient; ++i) {
        Endpoint endpoint;
        endpoint.address = QStringLiteral("127.2.0.%1").arg(i + 1);
        endpoint.name = QStringLiteral("pc-%1").arg(i + 1);
        endpoint.status
            = i < managed ? SecurityStatus::ManagedByThisServer : SecurityStatus::NoClientInstalled;
        endpoints << endpoint;
    }
    if (!queries.appendEndpoints(id, endpoints)
        || !queries.finishQuery(id, state, startedAt.addSecs(30), QString()))
        qFatal("cannot store the query");
    return id;
}

void TestTrends::initTestCase()
{
    QVERIFY(m_directory.isValid());
    Clock::setInstance(std::make_shared<TestClock>(at("2026-12-01T12:00:00Z")));
    m_database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_scopeA = scopeOf("127.2.0.0/24");
    m_scopeB = scopeOf("127.3.0.0/24");
    store(m_scopeA, at("2026-08-01T09:00:00Z"), 1, 9); // 122 days before: outside the window
    m_recentA << store(m_scopeA, at("2026-11-01T09:00:00Z"), 2, 8);
    m_recentA << store(m_scopeA, at("2026-11-15T09:00:00Z"), 5, 5);
    store(m_scopeB, at("2026-11-20T09:00:00Z"), 3, 3);
    m_recentA << store(m_scopeA, at("2026-11-29T09:00:00Z"), 8, 2);
    store(m_scopeA, at("2026-11-30T09:00:00Z"), 0, 1, QueryState::Cancelled); // not a point
    m_session = std::make_unique<QuerySession>(m_database, QStringLiteral("osm-hq"));
    m_overview = std::make_unique<OverviewSession>(
        m_session.get(), [path = m_database] { return Database::openSqlite(path); });
    new QAbstractItemModelTester(m_overview->trends(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_overview.get());
    QSignalSpy refreshed(m_overview.get(), &OverviewSession::refreshed);
    m_overview->refresh();
    QVERIFY(refreshed.wait(10000));
}

void TestTrends::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestTrends::keepsTheCompletedQueriesOfOneScopeWithinTheWindow()
{
    TrendModel *trends = m_overview->trends();
    QCOMPARE(trends->scopes(), (QVector<QByteArray> { m_scopeA, m_scopeB }));
    QCOMPARE(trends->scope(), m_scopeA); // the newest completed query's
    QCOMPARE(trends->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(trends->index(row, 0).data(TrendModel::QueryIdRole).toLongLong(), m_recentA[row]);
    const int managed = TrendModel::columnOf(SecurityStatus::ManagedByThisServer);
    QCOMPARE(trends->index(2, managed).data(TrendModel::CountRole).toLongLong(), 8);
    QCOMPARE(
        trends->headerData(managed, Qt::Horizontal, TrendModel::StatusRole).value<SecurityStatus>(),
        SecurityStatus::ManagedByThisServer);
    trends->setDays(0);
    QCOMPARE(trends->rowCount(), 4);
    trends->setDays(TrendModel::defaultDays);
    QVERIFY(TrendModel::describeScope(m_scopeA).contains(QLatin1String("127.2.0.0/24")));
}

void TestTrends::drawsALinePerStatusInItsColour()
{
    OverviewPage page(m_overview.get());
    page.resize(1000, 700);
    page.show();
    TrendChart *chart = page.trendChart();
    const QImage drawn = chart->grab().toImage();
    QVERIFY(pixelsOf(drawn, StatusStyle::color(SecurityStatus::ManagedByThisServer)) > 100);
    QVERIFY(pixelsOf(drawn, StatusStyle::color(SecurityStatus::NoClientInstalled)) > 100);
    // No query found another server's agent: no line lies on the axis for it (blue; the grey of
    // Unreachable is also the axis labels' antialiasing).
    QCOMPARE(pixelsOf(drawn, StatusStyle::color(SecurityStatus::ManagedByAnotherServer)), 0);
    // Protected rises (2, 5, 8) while No client installed falls (8, 5, 2).
    const auto managed = SecurityStatus::ManagedByThisServer;
    QVERIFY(chart->pointOf(2, managed).y() < chart->pointOf(0, managed).y());
    QVERIFY(chart->pointOf(0, managed).x() < chart->pointOf(1, managed).x());
}

void TestTrends::clickingAPointOpensThatQuerysResults()
{
    MainWindow window(m_session.get(), m_directory.filePath(QStringLiteral("scope.json")));
    window.setOverview([path = m_database] { return Database::openSqlite(path); });
    window.resize(1400, 900);
    window.show();
    TrendChart *chart = window.overviewPage()->trendChart();
    auto *overview = window.findChild<OverviewSession *>();
    QTRY_COMPARE(overview->trends()->rowCount(), 3);
    QTRY_VERIFY(!m_session->isLoading());
    QSignalSpy opened(m_session.get(), &QuerySession::storedRowsLoaded);
    QSignalSpy which(m_session.get(), &QuerySession::queryOpened);
    const QPoint first = chart->pointOf(0, SecurityStatus::ManagedByThisServer).toPoint();
    QTest::mouseClick(chart, Qt::LeftButton, {}, first);
    QVERIFY(opened.wait(10000));
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.resultsPage());
    QCOMPARE(which.size(), 1);
    QCOMPARE(which.at(0).at(0).value<QueryRecord>().id, m_recentA[0]);
    QCOMPARE(m_session->results()->rowCount(), 10);
    QCOMPARE(m_session->results()->count(SecurityStatus::ManagedByThisServer), 2);
}

void TestTrends::theScopeChooserSwitchesTheTrend()
{
    OverviewPage page(m_overview.get());
    page.show();
    QComboBox *scope = page.trendScope();
    QCOMPARE(scope->count(), 2);
    QVERIFY(scope->isEnabled());
    scope->setCurrentIndex(1);
    emit scope->activated(1);
    QCOMPARE(m_overview->trends()->scope(), m_scopeB);
    QCOMPARE(m_overview->trends()->rowCount(), 1);
    m_overview->trends()->setScope(m_scopeA);
    QCOMPARE(scope->currentIndex(), 0);
}

QTEST_MAIN(TestTrends)
#include "tst_trends.moc"
