#include "clienttreemodel.h"
#include "commands/commandcontroller.h"
#include "commands/commandprogressdialog.h"
#include "commands/endpointmenus.h"
#include "consoleidentity.h"
#include "fleetprocess.h"
#include "health/computerdetailspage.h"
#include "health/healthflipbook.h"
#include "health/healthhistorychart.h"
#include "health/healthstore.h"
#include "health/healthsummarypage.h"
#include "healthcomputersmodel.h"
#include "healthcountsmodel.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "resultsmodel.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

// The flipbook in the real main window over real agents: health gathered from a fleet into the
// store, the Summary page over a group, the Computer Details flipbook paged by PgUp/PgDn,
// Home/End and the buttons, a computer without an agent of this server, and Start service where
// it is not running, confirmed, run and audited, after which the page shows the agent running.
class TestHealthFlipbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryOverThisServer();
    void summaryOverAGroupWithoutAgents();
    void flipbookPagesByKeysAndButtons();
    void indicatorsSayWhatNeedsAttention();
    void noHealthPageSaysWhy();
    void openedFromResultsTreeAndMenu();
    void startServiceCancelledSendsNothing();
    void startServiceConfirmedRunsAuditsAndRefreshes();

private:
    Endpoint endpoint(int host, SecurityStatus status, const QString &server) const;
    QString address(int host) const { return m_network + QString::number(host); }
    ComputerDetailsPage *details() const { return m_window->healthFlipbook()->detailsPage(); }
    HealthSummaryPage *summary() const { return m_window->healthFlipbook()->summaryPage(); }
    QString indicator() const
    {
        return details()->findChild<QLabel *>(QStringLiteral("pageIndicator"))->text();
    }
    void openPageOf(int host);
    // Clicks the button named `objectName` (or `standard`) of the next message box; returns its
    // text and detailed text.
    std::shared_ptr<Database> database() const;

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    FleetProcess m_fleet;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<ConsoleIdentity> m_identity;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Healthy = 10, Stopped = 11, Old = 12, NoClient = 13, Branch = 14 };

QString isoDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}
QString dateDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).date().toString(
        QStringLiteral("yyyyMMdd"));
}
} // namespace

Endpoint TestHealthFlipbook::endpoint(int host, SecurityStatus status, const QString &server) const
{
    Endpoint endpoint;
    endpoint.address = address(host);
    endpoint.name = QStringLiteral("ws%1").arg(host);
    endpoint.status = status;
    endpoint.server = server;
    endpoint.agentPort = server.isEmpty() ? 0 : m_agentPort;
    return endpoint;
}

std::shared_ptr<Database> TestHealthFlipbook::database() const
{
    return Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite"))).value();
}

void TestHealthFlipbook::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString certificate = m_directory.filePath(QStringLiteral("server-ca.pem"));
    m_identity = std::make_unique<ConsoleIdentity>(
        SecretStore(QStringLiteral("osmgmt-test-flipbook")), certificate, thisServer);
    QSignalSpy loaded(m_identity.get(), &ConsoleIdentity::loaded);
    m_identity->load();
    QVERIFY2(loaded.wait(20000), qPrintable(m_identity->error()));

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    const QJsonObject fresh { { QStringLiteral("lastScan"), isoDaysAgo(1) },
                              { QStringLiteral("patternDate"), dateDaysAgo(1) } };
    QJsonObject stopped = fresh;
    stopped.insert(QStringLiteral("services"),
                   QJsonObject { { QStringLiteral("ntrtscan"), QStringLiteral("stopped") } });
    const QJsonObject old { { QStringLiteral("lastScan"), isoDaysAgo(40) },
                            { QStringLiteral("patternDate"), dateDaysAgo(40) } };
    QJsonArray endpoints;
    for (const auto &[host, status] :
         { std::pair { int(Healthy), fresh }, std::pair { int(Stopped), stopped },
           std::pair { int(Old), old } })
        endpoints.append(QJsonObject { { QStringLiteral("address"), address(host) },
                                       { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                                       { QStringLiteral("agent"),
                                         QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                                                       { QStringLiteral("server"), thisServer },
                                                       { QStringLiteral("status"), status } } } });
    m_fleet.registerAgents(thisServer, m_identity->authority());
    const QString error = m_fleet.start(QJsonObject {
        { QStringLiteral("servers"),
          QJsonObject { { thisServer, QJsonObject { { QStringLiteral("ca"), certificate } } } } },
        { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString file = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_session = std::make_unique<QuerySession>(file, thisServer);
    m_session->setServerCa(m_identity->authority().certificate());
    m_window = std::make_unique<MainWindow>(m_session.get(),
                                            m_directory.filePath(QStringLiteral("scope.json")));
    m_window->setCommands(m_identity.get(),
                          ImportedAuthorities(SecretStore(QStringLiteral("osmgmt-test-flipbook")),
                                              m_directory.filePath(QStringLiteral("imported"))),
                          [file] { return Database::openSqlite(file); });
    QVERIFY(m_window->healthFlipbook());
    new QAbstractItemModelTester(summary()->counts(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(summary()->attention(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);

    // Two queries in the store: an older one where every agent was healthy, and the newest
    // with what the agents report now, gathered from them for real.
    QueryStore queries(database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 first = queries.beginQuery("{}", thisServer, 5, now.addDays(-1)).value();
    const qint64 second = queries.beginQuery("{}", thisServer, 5, now).value();
    QVector<Endpoint> agents;
    for (int host : { Healthy, Stopped, Old })
        agents.append(endpoint(host, SecurityStatus::ManagedByThisServer, thisServer));
    HealthGatherer gatherer(
        [this]() -> Result<AgentTls::Credentials> {
            return AgentTls::Credentials { m_identity->sessionCertificate().certificate,
                                           m_identity->sessionCertificate().key };
        },
        HealthGatherer::Options {});
    QVector<HealthSnapshot> gathered;
    connect(&gatherer, &HealthGatherer::snapshotsGathered, this,
            [&gathered](const QVector<HealthSnapshot> &batch) { gathered += batch; });
    QSignalSpy done(&gatherer, &HealthGatherer::finished);
    gatherer.add(agents);
    gatherer.finishAdding();
    QVERIFY(done.wait(30000));
    QCOMPARE(gathered.size(), 3);
    for (const HealthSnapshot &snapshot : gathered)
        QVERIFY2(snapshot.outcome == HealthSnapshot::Outcome::Reported,
                 qPrintable(snapshot.detail));
    QVector<HealthSnapshot> past = gathered;
    for (HealthSnapshot &snapshot : past) {
        snapshot.status = AgentStatus::healthyDefault();
        snapshot.status->lastScan = now.addDays(-2);
        snapshot.status->patternDate = now.addDays(-2).date().toString(QStringLiteral("yyyyMMdd"));
    }
    QVERIFY(HealthStore(database()).append(first, past));
    QVERIFY(HealthStore(database()).append(second, gathered));

    m_session->results()->setEndpoints({
        endpoint(Healthy, SecurityStatus::ManagedByThisServer, thisServer),
        endpoint(Stopped, SecurityStatus::ManagedByThisServer, thisServer),
        endpoint(Old, SecurityStatus::ManagedByThisServer, thisServer),
        endpoint(NoClient, SecurityStatus::NoClientInstalled, QString()),
        endpoint(Branch, SecurityStatus::ManagedByAnotherServer, QStringLiteral("osm-branch")),
    });
    m_session->clientTree()->addRows(m_session->results()->snapshot(),
                                     m_session->results()->rowCount());
    m_window->showResults(std::nullopt);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->resultsPage()->view()->rowCount(), 5);
}

void TestHealthFlipbook::summaryOverThisServer()
{
    QSignalSpy shown(summary(), &HealthSummaryPage::summaryShown);
    m_window->healthFlipbook()->showThisServer();
    // Read on the session's worker, counted on another, then shown.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthFlipbook()->session()->hasLoaded(), 20000);
    QTRY_VERIFY(!shown.isEmpty() && summary()->summary().withAgent == 3);
    // The statuses come after the states (the pages that show them wait for them).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthFlipbook()->session()->data().statusesRead, 20000);
    auto *pages = m_window->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), summary());
    const HealthSummary &numbers = summary()->summary();
    QCOMPARE(numbers.computers, 3);
    QCOMPARE(numbers.withAgent, 3);
    // ws11: a service stopped; ws12: scan and definitions 40 days old; ws10 healthy.
    QCOMPARE(numbers.counts[0][int(HealthState::NeedsAttention)], 2);
    QCOMPARE(numbers.counts[0][int(HealthState::Healthy)], 1);
    QCOMPARE(summary()->attention()->rowCount(), 2);
    QCOMPARE(
        summary()->findChild<QToolButton *>(QStringLiteral("healthState_needs-attention"))->text(),
        QStringLiteral("2 Needs attention"));
    QCOMPARE(summary()->findChild<QToolButton *>(QStringLiteral("healthState_healthy"))->text(),
             QStringLiteral("1 Healthy"));
    QCOMPARE(summary()->counts()->index(1 + int(HealthIndicator::Service), 0).data().toInt(), 1);
    auto *start = summary()->findChild<QToolButton *>(QStringLiteral("startServiceWhereStopped"));
    QVERIFY(start->isEnabled());
    // The chart: the older query all healthy, the newest with two that need attention.
    auto *chart = summary()->findChild<HealthHistoryChart *>();
    QTRY_COMPARE(chart->points().size(), 2); // the history comes after the newest query
    QCOMPARE(chart->points()[0].counts[int(HealthState::Healthy)], 3);
    QCOMPARE(chart->points()[1].counts[int(HealthState::NeedsAttention)], 2);
    QVERIFY(!summary()->grab().isNull());
    // No settings overlap: the settings icon has no mark and says so.
    QCOMPARE(summary()->findChild<QToolButton *>(QStringLiteral("healthSettingsButton"))->toolTip(),
             QStringLiteral("Health evaluation settings"));
}

void TestHealthFlipbook::summaryOverAGroupWithoutAgents()
{
    const QModelIndex group
        = m_session->clientTree()->statusGroupIndex(SecurityStatus::NoClientInstalled);
    QVERIFY(group.isValid());
    QSignalSpy shown(summary(), &HealthSummaryPage::summaryShown);
    m_window->healthFlipbook()->showTreeNode(group);
    QVERIFY(shown.wait(10000));
    QCOMPARE(summary()->summary().computers, 1);
    QCOMPARE(summary()->summary().withAgent, 0);
    auto *note = summary()->findChild<QLabel *>(QStringLiteral("healthSummaryNote"));
    QVERIFY(note->isVisibleTo(summary()));
    QVERIFY(note->text().contains(QLatin1String("agents of this server")));
    QVERIFY(!summary()
                 ->findChild<QToolButton *>(QStringLiteral("startServiceWhereStopped"))
                 ->isEnabled());
    QVERIFY(summary()
                ->findChild<QLabel *>(QStringLiteral("healthSummaryHeading"))
                ->text()
                .endsWith(QLatin1String("No client installed")));
}

void TestHealthFlipbook::flipbookPagesByKeysAndButtons()
{
    m_window->healthFlipbook()->showResultsRow(m_window->resultsPage(), 0);
    QCOMPARE(indicator(), QStringLiteral("1 of 5"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // From inside a table of the page too: the keys page the book.
    details()->tabs()->currentWidget()->setFocus();
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && details()->isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_PageDown);
    QCOMPARE(indicator(), QStringLiteral("2 of 5"));
    QTest::keyClick(focus, Qt::Key_End);
    QCOMPARE(indicator(), QStringLiteral("5 of 5"));
    QTest::keyClick(focus, Qt::Key_PageDown); // the last page stays
    QCOMPARE(indicator(), QStringLiteral("5 of 5"));
    QVERIFY(!details()->findChild<QPushButton *>(QStringLiteral("nextComputer"))->isEnabled());
    QTest::keyClick(focus, Qt::Key_PageUp);
    QCOMPARE(indicator(), QStringLiteral("4 of 5"));
    QTest::keyClick(focus, Qt::Key_Home);
    QCOMPARE(indicator(), QStringLiteral("1 of 5"));
    QVERIFY(!details()->findChild<QPushButton *>(QStringLiteral("previousComputer"))->isEnabled());
    QTest::mouseClick(details()->findChild<QPushButton *>(QStringLiteral("nextComputer")),
                      Qt::LeftButton);
    QCOMPARE(indicator(), QStringLiteral("2 of 5"));
    QCOMPARE(details()->findChild<QLabel *>(QStringLiteral("computerTitle"))->text(),
             QStringLiteral("ws11 (%1)").arg(address(Stopped)));
    QTest::mouseClick(details()->findChild<QPushButton *>(QStringLiteral("previousComputer")),
                      Qt::LeftButton);
    QCOMPARE(indicator(), QStringLiteral("1 of 5"));
}

void TestHealthFlipbook::openPageOf(int host)
{
    m_window->healthFlipbook()->showResultsRow(m_window->resultsPage(), 0);
    details()->showPage(host - Healthy); // rows in address order: ws10 ... ws14
    QVERIFY(details()
                ->findChild<QLabel *>(QStringLiteral("computerTitle"))
                ->text()
                .contains(address(host)));
}

void TestHealthFlipbook::indicatorsSayWhatNeedsAttention()
{
    openPageOf(Old);
    QTabWidget *tabs = details()->tabs();
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Agent Health"));
    auto *table = details()->findChild<QTableWidget *>(QStringLiteral("healthIndicators"));
    QCOMPARE(table->rowCount(), 1 + healthIndicatorCount);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Needs attention"));
    const int scan = 1 + int(HealthIndicator::AntivirusScan);
    QCOMPARE(table->item(scan, 0)->text(), QStringLiteral("Antivirus Scan"));
    QCOMPARE(table->item(scan, 1)->text(), QStringLiteral("Needs attention"));
    QCOMPARE(table->item(1 + int(HealthIndicator::VirusDefinitions), 1)->text(),
             QStringLiteral("Needs attention"));
    QCOMPARE(table->item(1 + int(HealthIndicator::Firewall), 1)->text(), QStringLiteral("Healthy"));
    QVERIFY(table->item(1 + int(HealthIndicator::VirusDefinitions), 2)
                ->text()
                .contains(dateDaysAgo(40)));
    QVERIFY(!details()
                 ->findChild<QToolButton *>(QStringLiteral("startServiceHere"))
                 ->isVisibleTo(details()));
    // Patterns decoded per pattern (reference 004), and the History page per query.
    auto *components = details()->findChild<QTableWidget *>(QStringLiteral("healthComponents"));
    bool cleanup = false;
    for (int row = 0; row < components->rowCount(); ++row)
        cleanup = cleanup
            || (components->item(row, 1)->text() == QLatin1String("Virus Cleanup Template")
                && components->item(row, 2)->text() == QLatin1String("966"));
    QVERIFY(cleanup);
    auto *history = details()->findChild<QTableWidget *>(QStringLiteral("healthHistory"));
    QTRY_COMPARE(history->rowCount(), 2); // read from the store on a worker
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Needs attention")); // newest first
    QCOMPARE(history->item(1, 1)->text(), QStringLiteral("Healthy"));
}

void TestHealthFlipbook::noHealthPageSaysWhy()
{
    openPageOf(NoClient);
    auto *reason = details()->findChild<QLabel *>(QStringLiteral("noHealthReason"));
    QVERIFY(reason->isVisibleTo(details()));
    QCOMPARE(reason->text(),
             QStringLiteral("No Agent Health page: no agent is installed on this computer."));
    QVERIFY(!details()->tabs()->isTabVisible(1)); // no Agent Health page
    QVERIFY(details()->tabs()->isTabVisible(0)); // General is still there
    openPageOf(Branch);
    QVERIFY(reason->text().contains(QLatin1String("managed by another server (osm-branch)")));
    openPageOf(Healthy);
    QVERIFY(!reason->isVisibleTo(details()));
    QVERIFY(details()->tabs()->isTabVisible(1));
}

void TestHealthFlipbook::openedFromResultsTreeAndMenu()
{
    auto *pages = m_window->findChild<QStackedWidget *>();
    // Double-click on a result: the flipbook over what the results show, at that row.
    m_window->showResults(std::nullopt);
    QTableView *table = m_window->resultsPage()->table();
    emit table->doubleClicked(table->model()->index(2, 0));
    QCOMPARE(pages->currentWidget(), details());
    QCOMPARE(indicator(), QStringLiteral("3 of 5"));
    // Double-click on a group of the tree: its Summary page.
    QSignalSpy shown(summary(), &HealthSummaryPage::summaryShown);
    emit m_window->clientTree()->doubleClicked(m_session->clientTree()->thisServerIndex());
    QCOMPARE(pages->currentWidget(), summary());
    QVERIFY(shown.wait(10000));
    QCOMPARE(summary()->summary().computers, 3);
    // The context menu's Computer details, from the one list of actions.
    std::unique_ptr<QMenu> menu(m_window->endpointMenus()->menuFor(
        { endpoint(NoClient, SecurityStatus::NoClientInstalled, QString()) }, m_window.get()));
    QAction *open = nullptr;
    for (QAction *candidate : menu->actions())
        if (candidate->objectName() == QLatin1String("computerDetailsAction"))
            open = candidate;
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QCOMPARE(pages->currentWidget(), details());
    QCOMPARE(indicator(), QStringLiteral("1 of 1"));
    // The summary's list of computers that need attention opens their pages.
    m_window->healthFlipbook()->showThisServer();
    QVERIFY(shown.wait(10000));
    auto *list = summary()->findChild<QTableView *>(QStringLiteral("healthAttention"));
    emit list->activated(list->model()->index(1, 0));
    QCOMPARE(pages->currentWidget(), details());
    QCOMPARE(indicator(), QStringLiteral("2 of 2"));
    QVERIFY(details()
                ->findChild<QLabel *>(QStringLiteral("computerTitle"))
                ->text()
                .contains(address(Old)));
}

void TestHealthFlipbook::startServiceCancelledSendsNothing()
{
    QSignalSpy shown(summary(), &HealthSummaryPage::summaryShown);
    m_window->healthFlipbook()->showThisServer();
    QVERIFY(shown.wait(10000));
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    const auto asked = answerNextMessageBox(this, QMessageBox::No);
    summary()->findChild<QToolButton *>(QStringLiteral("startServiceWhereStopped"))->click();
    QVERIFY2(asked->contains(QLatin1String("Start the stopped services (ntrtscan) on the 1 "
                                           "computers where they are not running?")),
             qPrintable(*asked));
    QVERIFY2(asked->contains(QStringLiteral("ws11 (%1)").arg(address(Stopped))),
             qPrintable(*asked));
    QVERIFY(!m_window->findChild<CommandProgressDialog *>());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
}

void TestHealthFlipbook::startServiceConfirmedRunsAuditsAndRefreshes()
{
    openPageOf(Stopped);
    auto *start = details()->findChild<QToolButton *>(QStringLiteral("startServiceHere"));
    QVERIFY(start->isVisibleTo(details()));
    QCOMPARE(start->text(), QStringLiteral("Start service: ntrtscan"));
    HealthSession *session = m_window->healthFlipbook()->session();
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    QSignalSpy refreshed(session, &HealthSession::refreshed);
    const auto asked = answerNextMessageBox(this, QMessageBox::Yes);
    start->click();
    QVERIFY2(asked->contains(QLatin1String("\n[Start service]")), qPrintable(*asked)); // the verb
    QVERIFY2(!asked->contains(QLatin1String("[&Yes]")), qPrintable(*asked));
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0].kind, TargetOutcome::Kind::Done);
    QCOMPARE(outcomes[0].target.address, address(Stopped));
    auto *progress = m_window->findChild<CommandProgressDialog *>();
    QVERIFY(progress);
    QCOMPARE(progress->table()->item(0, 2)->text(), QStringLiteral("Done"));
    progress->close();

    // The agent is asked again: the page shows the service running, nothing to start.
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(refreshed.at(0).at(0).toStringList(), QStringList { address(Stopped) });
    auto *services = details()->findChild<QTableWidget *>(QStringLiteral("healthServices"));
    bool running = false;
    for (int row = 0; row < services->rowCount(); ++row)
        running = running
            || (services->item(row, 0)->text() == QLatin1String("ntrtscan")
                && services->item(row, 1)->text() == QLatin1String("Running"));
    QVERIFY(running);
    QVERIFY(!start->isVisibleTo(details()));
    QCOMPARE(session->healthOf(address(Stopped))->verdict.overall, HealthState::Healthy);
    QSignalSpy shown(summary(), &HealthSummaryPage::summaryShown);
    m_window->healthFlipbook()->showThisServer();
    QVERIFY(shown.wait(10000));
    QCOMPARE(summary()->summary().counts[0][int(HealthState::NeedsAttention)], 1);
    QVERIFY(!summary()
                 ->findChild<QToolButton *>(QStringLiteral("startServiceWhereStopped"))
                 ->isEnabled());

    // Audited, as every command.
    const Result<QVector<AuditEntry>> audit
        = AuditLog(database())
              .search(AuditFilter { {}, QStringLiteral("start-service"), {}, {}, 0 });
    QVERIFY2(audit.ok(), qPrintable(audit.error()));
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->at(0).targets.size(), 1);
    QCOMPARE(audit->at(0).targets[0].computer, address(Stopped));
    QCOMPARE(audit->at(0).targets[0].outcome, QStringLiteral("done"));
    QVERIFY(audit->at(0).detail.contains(QLatin1String("ntrtscan")));
}

QTEST_MAIN(TestHealthFlipbook)
#include "tst_healthflipbook.moc"
