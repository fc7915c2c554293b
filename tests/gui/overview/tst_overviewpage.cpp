#include "coveragemodel.h"
#include "mainwindow.h"
#include "overview/coveragelegend.h"
#include "overview/coveragering.h"
#include "overview/overviewpage.h"
#include "overviewsession.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "store/database.h"
#include "storedquery.h"
#include "style/statusstyle.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
