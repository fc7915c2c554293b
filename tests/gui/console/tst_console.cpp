#include "clienttreemodel.h"
#include "fleetprocess.h"
#include "mainwindow.h"
#include "querysession.h"
#include "results/outsidemanagementpage.h"
#include "results/resultspage.h"
#include "sampleendpoints.h"
#include "scope/scopefile.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

// The real main window, offscreen: the number links, the client tree, export, and a query over a
// real fleet that runs while the window stays responsive.
class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numberLinksOpenFilteredResults();
    void clientTreeGroupsOpenResults();
    void clientTreeGroupedByAdPathOpensContainers();
    void exportsWhatIsShown();
    void exportAppliesOnlyToShownComputers();
    void runsAQueryOverARealFleet();
    void asksWhetherToQueueOrRestart_data();
    void asksWhetherToQueueOrRestart();

private:
    QTemporaryDir m_dir;
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestConsole::numberLinksOpenFilteredResults()
{
    QuerySession session(m_dir.filePath(QStringLiteral("links.sqlite")), QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("links-scope.json")));
    window.show();
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(37);
    session.results()->appendEndpoints(endpoints);
    session.clientTree()->addRows(session.results()->snapshot(), session.results()->rowCount());

    for (SecurityStatus status : SecurityStatuses::all) {
        auto *link = window.findChild<QLabel *>(QStringLiteral("countLink-") + toKey(status));
        QVERIFY(link);
        const qint64 expected = session.results()->count(status);
        QVERIFY2(link->text().contains(QStringLiteral(">%1<").arg(expected)),
                 qPrintable(link->text()));
        emit link->linkActivated(QStringLiteral("status:") + toKey(status));
        QVERIFY(window.resultsPage()->isVisible());
        QCOMPARE(window.resultsPage()->shownStatus(), std::optional<SecurityStatus>(status));
        QCOMPARE(window.resultsPage()->shownCount(), int(expected));
        QCOMPARE(window.resultsPage()->table()->model()->rowCount(), int(expected));
        window.showOutsidePage();
    }
}

void TestConsole::clientTreeGroupsOpenResults()
{
    QuerySession session(m_dir.filePath(QStringLiteral("tree.sqlite")), QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("tree-scope.json")));
    window.show();
    const QVector<Endpoint> endpoints = SampleEndpoints::mixed(20);
    session.results()->appendEndpoints(endpoints);
    session.clientTree()->addRows(session.results()->snapshot(), session.results()->rowCount());
    QTreeView *tree = window.clientTree();
    const QModelIndex group
        = session.clientTree()->statusGroupIndex(SecurityStatus::NoClientInstalled);
    tree->scrollTo(group);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(group).center());
    QCOMPARE(window.resultsPage()->shownStatus(),
             std::optional<SecurityStatus>(SecurityStatus::NoClientInstalled));
    QCOMPARE(window.resultsPage()->shownCount(), 4);
}

void TestConsole::clientTreeGroupedByAdPathOpensContainers()
{
    QuerySession session(m_dir.filePath(QStringLiteral("adtree.sqlite")), QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("adtree-scope.json")));
    window.show();
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(20);
    for (int i = 0; i < 5; ++i) {
        // An escaped comma in the OU: the container's DN is kept as written.
        const QString ou = i < 3 ? QStringLiteral("Sales\\, Inc") : QStringLiteral("Lab");
        endpoints[i].adPath
            = QStringLiteral("CN=%1,OU=%2,DC=corp,DC=example,DC=test").arg(endpoints[i].name, ou);
    }
    session.results()->appendEndpoints(endpoints);
    session.clientTree()->addRows(session.results()->snapshot(), session.results()->rowCount());

    auto *grouping = window.findChild<QComboBox *>(QStringLiteral("treeGrouping"));
    QVERIFY(grouping);
    grouping->setCurrentIndex(
        grouping->findData(QVariant::fromValue(ClientTreeModel::Grouping::ByAdPath)));
    ClientTreeModel *model = session.clientTree();
    QCOMPARE(model->grouping(), ClientTreeModel::Grouping::ByAdPath);
    QTreeView *tree = window.clientTree();
    QModelIndex sales;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex domain = model->index(row, 0);
        for (int child = 0; child < model->rowCount(domain); ++child) {
            if (model->index(child, 0, domain).data().toString().startsWith(QLatin1String("Sales")))
                sales = model->index(child, 0, domain);
        }
    }
    QVERIFY2(sales.isValid(), "the domains are expanded, their OUs listed");
    QVERIFY(tree->isExpanded(sales.parent()));
    tree->scrollTo(sales);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(sales).center());
    QTRY_COMPARE(window.resultsPage()->shownCount(), 3);
    QCOMPARE(window.resultsPage()->shownStatus(), std::optional<SecurityStatus>());
    QVERIFY(window.resultsPage()->criteria().adTree.has_value());

    // "IP ranges" shows exactly its computers, those not in AD: the AD tree no longer narrows it.
    const QModelIndex ipRanges = model->ipRangesIndex();
    tree->scrollTo(ipRanges);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ipRanges).center());
    QTRY_COMPARE(window.resultsPage()->shownCount(), 15);
    QVERIFY(!window.resultsPage()->criteria().adTree.has_value());
}

void TestConsole::exportsWhatIsShown()
{
    QuerySession session(m_dir.filePath(QStringLiteral("export.sqlite")), QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("export-scope.json")));
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(30);
    endpoints[3].name = QStringLiteral("=HYPERLINK(\"http://x\")"); // a formula must not survive
    endpoints[8].name = QStringLiteral("経理部-端末,\"01\"");
    session.results()->appendEndpoints(endpoints);
    window.showResults(SecurityStatus::Unreachable);
    const QString path = m_dir.filePath(QStringLiteral("unreachable.csv"));
    QSignalSpy exported(window.resultsPage(), &ResultsPage::exported);
    window.resultsPage()->exportTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toInt(), 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 7);
    QVERIFY(text.contains(QStringLiteral("'=HYPERLINK")));
    QVERIFY(text.contains(QStringLiteral("\"経理部-端末,\"\"01\"\"\"")));
    QVERIFY(!text.contains(displayName(SecurityStatus::NoClientInstalled)));
}

// Issue 19, point 6: an action is enabled only when it applies, and says why when it does not.
void TestConsole::exportAppliesOnlyToShownComputers()
{
    QuerySession session(m_dir.filePath(QStringLiteral("applies.sqlite")),
                         QStringLiteral("osm-hq"));
    MainWindow window(&session, m_dir.filePath(QStringLiteral("applies-scope.json")));
    QAction *exportAction = nullptr;
    for (QAction *top : window.menuBar()->actions())
        for (QAction *action : top->menu()->actions())
            if (action->text() == QLatin1String("&Export results..."))
                exportAction = action;
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(exportAction->toolTip().startsWith(QLatin1String("No computer is shown")));
    session.results()->appendEndpoints(SampleEndpoints::mixed(30));
    window.showResults(SecurityStatus::Unreachable);
    QTRY_VERIFY(exportAction->isEnabled());
    QVERIFY(!exportAction->toolTip().startsWith(QLatin1String("No computer is shown")));
}

void TestConsole::runsAQueryOverARealFleet()
{
    const QString net = FleetProcess::randomLoopbackNetwork();
    const quint16 gatePort = FleetProcess::randomPort();
    const quint16 agentPort = quint16(gatePort == 59999 ? 20000 : gatePort + 1);
    QJsonArray endpoints;
    for (int host = 1; host <= 30; ++host) {
        QJsonObject endpoint { { QStringLiteral("address"), QString(net + QString::number(host)) },
                               { QStringLiteral("name"), QStringLiteral("pc%1").arg(host) } };
        if (host % 3 != 0)
            endpoint.insert(QStringLiteral("listen"), QJsonArray { gatePort });
        if (host % 3 == 1) {
            endpoint.insert(QStringLiteral("agent"),
                            QJsonObject { { QStringLiteral("port"), agentPort },
                                          { QStringLiteral("server"),
                                            host % 2 ? QStringLiteral("osm-hq")
                                                     : QStringLiteral("osm-other") } });
        }
        endpoints.append(endpoint);
    }
    FleetProcess fleet;
    // Its osm-hq agents are registered with the test CA, which the session trusts (issue 15).
    fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
    const QString error = fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString scopePath = m_dir.filePath(QStringLiteral("fleet-scope.json"));
    Scope scope;
    scope.ipv4Ranges
        = { Ipv4Range::parse(net + QStringLiteral("1-") + net + QStringLiteral("40")).value() };
    scope.ports = PortList::fromNumbers({ agentPort }).value();
    scope.unreachableCheck.port = gatePort;
    scope.timeoutMs = 3000; // generous: under load a handshake may take longer than half a second
    QVERIFY(saveScopeFile(scopePath, scope).error().isEmpty());

    QuerySession session(m_dir.filePath(QStringLiteral("fleet.sqlite")), QStringLiteral("osm-hq"));
    session.setServerCa(FleetProcess::testAuthority().certificate());
    MainWindow window(&session, scopePath);
    window.show();
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    QSignalSpy lastQuery(&session, &QuerySession::lastQueryChanged);
    window.runQuery();
    QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("queryProgress"))->isVisible());
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<QueryOutcome>();
    QCOMPARE(outcome.outcome, ProbeEngine::Outcome::Completed);
    QVERIFY(outcome.queryId > 0);

    ResultsModel *results = session.results();
    QCOMPARE(results->rowCount(), 40);
    QCOMPARE(results->count(SecurityStatus::ManagedByThisServer), qint64(5));
    QCOMPARE(results->count(SecurityStatus::ManagedByAnotherServer), qint64(5));
    QCOMPARE(results->count(SecurityStatus::NoClientInstalled), qint64(10));
    QCOMPARE(results->count(SecurityStatus::Unreachable), qint64(20));
    QVERIFY(lastQuery.wait(10000));
    const QString last = window.findChild<QLabel *>(QStringLiteral("lastQuery"))->text();
    QVERIFY2(last.contains(QStringLiteral("40 computer")), qPrintable(last));
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("queryProgress"))->isVisible());
}

void TestConsole::asksWhetherToQueueOrRestart_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("queued");
    QTest::addColumn<bool>("firstCancelled");
    QTest::newRow("queue") << QStringLiteral("Queue the new query") << 1 << false;
    QTest::newRow("restart") << QStringLiteral("Stop and start over") << 0 << true;
    QTest::newRow("cancel") << QStringLiteral("Cancel") << 0 << false;
}

void TestConsole::asksWhetherToQueueOrRestart()
{
    QFETCH(QString, button);
    QFETCH(int, queued);
    QFETCH(bool, firstCancelled);
    const QString net = FleetProcess::randomLoopbackNetwork();
    const quint16 agentPort = FleetProcess::randomPort();
    // Stalled agents hold the query for its whole (long) timeout.
    QJsonArray endpoints;
    for (int host = 1; host <= 3; ++host) {
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), QString(net + QString::number(host)) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), agentPort },
                            { QStringLiteral("behaviour"), QStringLiteral("stall") } } } });
    }
    FleetProcess fleet;
    const QString error = fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Scope scope;
    scope.ipv4Ranges
        = { Ipv4Range::parse(net + QStringLiteral("1-") + net + QStringLiteral("3")).value() };
    scope.ports = PortList::fromNumbers({ agentPort }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = 30000;
    const QString scopePath = m_dir.filePath(QStringLiteral("ask-%1.json").arg(button.size()));
    QVERIFY(saveScopeFile(scopePath, scope).error().isEmpty());

    QuerySession session(m_dir.filePath(QStringLiteral("ask-%1.sqlite").arg(button.size())),
                         QStringLiteral("osm-hq"));
    MainWindow window(&session, scopePath);
    window.show();
    QSignalSpy finished(&session, &QuerySession::queryFinished);
    window.runQuery();
    QVERIFY(session.isRunning());
    // The question is modal: answer it from the event loop it runs.
    bool answered = false;
    QTimer::singleShot(100, &window, [&] {
        auto *question = window.findChild<QMessageBox *>(QStringLiteral("runningQueryQuestion"));
        QVERIFY(question);
        for (QAbstractButton *candidate : question->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                candidate->click();
                answered = true;
            }
        }
    });
    window.runQuery();
    QVERIFY(answered);
    if (firstCancelled) {
        // The running query stops; the new one, taken from the queue, starts at once.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().value<QueryOutcome>().outcome,
                 ProbeEngine::Outcome::Cancelled);
        QVERIFY(session.isRunning());
        QCOMPARE(session.queuedCount(), 0);
    } else {
        QCOMPARE(session.queuedCount(), queued);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("queuedQueries"))->isVisible(),
                 queued > 0);
        QCOMPARE(finished.count(), 0);
    }
    session.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), 10000);
    QCOMPARE(session.queuedCount(), 0);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
