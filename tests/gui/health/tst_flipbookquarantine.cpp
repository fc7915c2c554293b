#include "commands/commandcontroller.h"
#include "commands/commandprogressdialog.h"
#include "consoleidentity.h"
#include "fleetprocess.h"
#include "health/computerdetailspage.h"
#include "health/computerdetectionssection.h"
#include "health/computerquarantinesection.h"
#include "health/healthflipbook.h"
#include "health/healthgatherer.h"
#include "health/healthstore.h"
#include "health/quarantinebanner.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "policy/detection.h"
#include "quarantine/detectionstore.h"
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsmodel.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Issue 14, points 1 and 2, in the Computer Details flipbook of the real main window: agents of
// a real fleet report a quarantine (by an automatic rule), a pending one (by a policy) and their
// client logs' detections over mutual TLS; what they reported is stored as a query stores it,
// and each computer's page shows its quarantine state, a banner that says the computer is cut
// off on purpose, and its newest detections; a clean computer's page says it has none.
class TestFlipbookQuarantine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarantinedComputerShowsItsStateAndDetections();
    void pendingComputerShowsItsPolicyAndGracePeriod();
    void cleanComputerSaysThereAreNone();
    void quarantineAndReleaseShowOnTheOpenPage();
    void quarantinedAndUnreachableIsNotDown();

private:
    QString address(int host) const { return m_network + QString::number(host); }
    ComputerDetailsPage *details() const { return m_window->healthFlipbook()->detailsPage(); }
    template<typename T> T *child(const char *name) const
    {
        return details()->findChild<T *>(QLatin1String(name));
    }
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    void openPageOf(int host);
    // Sends `kind` to `host` from the console, confirmed, and waits for its outcome.
    void command(EndpointActions::Kind kind, int host);
    std::shared_ptr<Database> database() const;

    QTemporaryDir m_directory;
    QVector<Endpoint> m_agents;
    QString m_network;
    quint16 m_agentPort = 0;
    FleetProcess m_fleet;
    std::unique_ptr<QuerySession> m_session;
    std::unique_ptr<ConsoleIdentity> m_identity;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
// Rows in address order: the page of a host is its place here.
enum Host { Quarantined = 30, Pending = 31, Clean = 32, Cut = 33 };
const int virusLines = ComputerQuarantineSession::shownDetections + 2;

// Lines of pcent35.log as the file holds them (reference 004): date, time, infection name,
// result code, scan type, (unused), path. The last line is the newest stored.
QJsonArray virusLog()
{
    QJsonArray lines;
    for (int i = 0; i < virusLines; ++i)
        lines.append(QStringLiteral("20261201<;>10%1<;>Threat_%2<;>%3<;>%4<;>0<;>C:\\risk%2.exe<;>")
                         .arg(i, 2, 10, QLatin1Char('0'))
                         .arg(i)
                         .arg(i % 3)
                         .arg(i % 5));
    return lines;
}

QString isoDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}
} // namespace

std::shared_ptr<Database> TestFlipbookQuarantine::database() const
{
    return Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite"))).value();
}

void TestFlipbookQuarantine::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString certificate = m_directory.filePath(QStringLiteral("server-ca.pem"));
    m_identity = std::make_unique<ConsoleIdentity>(SecretStore(QStringLiteral("osmgmt-test-flipq")),
                                                   certificate, thisServer);
    QSignalSpy identityLoaded(m_identity.get(), &ConsoleIdentity::loaded);
    m_identity->load();
    QVERIFY2(identityLoaded.wait(20000), qPrintable(m_identity->error()));

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    const QJsonObject fresh { { QStringLiteral("lastScan"), isoDaysAgo(1) } };
    QJsonObject quarantined = fresh;
    quarantined.insert(QStringLiteral("virusLog"), virusLog());
    quarantined.insert(
        QStringLiteral("quarantine"),
        QJsonObject { { QStringLiteral("state"), QStringLiteral("quarantined") },
                      { QStringLiteral("reason"), QStringLiteral("detection") },
                      { QStringLiteral("policy"), QStringLiteral("Worms and trojans") },
                      { QStringLiteral("since"), QStringLiteral("2026-12-01T10:12:00Z") },
                      { QStringLiteral("why"), QStringLiteral("Threat_11 detected") } });
    QJsonObject pending = fresh;
    pending.insert(
        QStringLiteral("quarantine"),
        QJsonObject {
            { QStringLiteral("state"), QStringLiteral("pending") },
            { QStringLiteral("reason"), QStringLiteral("policy") },
            { QStringLiteral("policy"), QStringLiteral("Critical 2026") },
            { QStringLiteral("since"), QStringLiteral("2026-12-01T10:00:00Z") },
            { QStringLiteral("graceEnds"), QStringLiteral("2026-12-04T10:00:00Z") },
            { QStringLiteral("missingCves"),
              QJsonArray { QStringLiteral("CVE-2026-0001"), QStringLiteral("CVE-2026-0002") } } });
    pending.insert(QStringLiteral("webLog"),
                   QJsonArray { QStringLiteral("20261201<;>1641<;>0<;>http://www.proxify.com/<;>"
                                               "0B<;>Hacking / Proxy Avoidance<;>1<;>2<;><;>49<;>"
                                               "<;>70<;>") });
    QJsonArray endpoints;
    for (const auto &[host, status] :
         { std::pair { int(Quarantined), quarantined }, std::pair { int(Pending), pending },
           std::pair { int(Clean), fresh } })
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

    // What the agents report, gathered from them for real and stored as a query stores it.
    QVector<Endpoint> &agents = m_agents;
    for (int host : { Quarantined, Pending, Clean }) {
        Endpoint endpoint;
        endpoint.address = address(host);
        endpoint.name = QStringLiteral("ws%1").arg(host);
        endpoint.status = SecurityStatus::ManagedByThisServer;
        endpoint.server = thisServer;
        endpoint.agentPort = m_agentPort;
        agents.append(endpoint);
    }
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 query = QueryStore(database()).beginQuery("{}", thisServer, 3, now).value();
    QVERIFY(HealthStore(database()).append(query, gathered));
    const Result<int> stored = DetectionStore(database()).append(gathered, now);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(*stored, virusLines + 1);

    const QString file = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_session = std::make_unique<QuerySession>(file, thisServer);
    m_session->setServerCa(m_identity->authority().certificate());
    m_window = std::make_unique<MainWindow>(m_session.get(),
                                            m_directory.filePath(QStringLiteral("scope.json")));
    m_window->setCommands(m_identity.get(),
                          ImportedAuthorities(SecretStore(QStringLiteral("osmgmt-test-flipq")),
                                              m_directory.filePath(QStringLiteral("imported"))),
                          [file] { return Database::openSqlite(file); });
    new QAbstractItemModelTester(child<ComputerDetectionsSection>("computerDetections")->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    // A computer quarantined from this store's console (the audit log says so), which the
    // query then found with its ports closed.
    AuditEntry quarantine;
    quarantine.at = now;
    quarantine.osUser = QStringLiteral("alice");
    quarantine.action = QStringLiteral("quarantine");
    quarantine.targets = { { address(Cut), QStringLiteral("done"), {} } };
    QVERIFY(AuditLog(database()).append(quarantine));
    Endpoint cut;
    cut.address = address(Cut);
    cut.name = QStringLiteral("ws%1").arg(int(Cut));
    cut.status = SecurityStatus::Unreachable;
    m_session->results()->setEndpoints(agents + QVector<Endpoint> { cut });
    m_window->showResults(std::nullopt);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->resultsPage()->view()->rowCount(), 4);
}

void TestFlipbookQuarantine::openPageOf(int host)
{
    m_window->healthFlipbook()->showResultsRow(m_window->resultsPage(), 0);
    details()->showPage(host - Quarantined);
    QVERIFY(text("computerTitle").contains(address(host)));
    // Read on the session's worker when the book opens, then shown.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthFlipbook()->session()->quarantine()->hasLoaded(),
                             20000);
    QTRY_VERIFY(!text("quarantineHeading").startsWith(QLatin1String("Reading")));
}

void TestFlipbookQuarantine::quarantinedComputerShowsItsStateAndDetections()
{
    openPageOf(Quarantined);
    // Above every tab: cut off on purpose, by which rule.
    auto *banner = child<QuarantineBanner>("quarantineBanner");
    QVERIFY(banner->isVisibleTo(details()));
    QVERIFY2(banner->text().startsWith(
                 QLatin1String("Quarantined by the automatic response rule Worms and trojans: "
                               "unreachable on purpose, not down;")),
             qPrintable(banner->text()));
    QVERIFY(!banner->accessibleName().isEmpty());

    QTabWidget *tabs = details()->tabs();
    auto *section = child<ComputerQuarantineSection>("computerQuarantine");
    QVERIFY(tabs->isTabVisible(tabs->indexOf(section)));
    QCOMPARE(tabs->tabText(tabs->indexOf(section)), QStringLiteral("Quarantine"));
    QCOMPARE(text("quarantineHeading"), QStringLiteral("Quarantined"));
    QCOMPARE(text("quarantineBy"), QStringLiteral("the automatic response rule Worms and trojans"));
    QCOMPARE(text("quarantineSince"),
             QLocale().toString(QDateTime(QDate(2026, 12, 1), QTime(10, 12), Qt::UTC).toLocalTime(),
                                QLocale::ShortFormat));
    QCOMPARE(text("quarantineWhy"), QStringLiteral("Threat_11 detected"));
    QVERIFY(
        text("quarantineMeaning").contains(QLatin1String("cut off from the network on purpose")));
    QVERIFY(!child<QLabel>("quarantineIcon")->pixmap().isNull());
    QVERIFY(!child<QLabel>("quarantineGraceEnds"));

    // The newest ten of its twelve detections, newest first, and the two more.
    auto *detections = child<ComputerDetectionsSection>("computerDetections");
    tabs->setCurrentWidget(detections);
    QCOMPARE(tabs->tabText(tabs->indexOf(detections)), QStringLiteral("Detections (12)"));
    DetectionsModel *model = detections->model();
    QCOMPARE(model->rowCount(), ComputerQuarantineSession::shownDetections);
    QCOMPARE(text("detectionsSummary"),
             QStringLiteral("The newest 10, newest first; the Detections page (Agents menu) "
                            "lists 2 more."));
    auto cell
        = [model](int row, int column) { return model->index(row, column).data().toString(); };
    const int newest = virusLines - 1;
    QCOMPARE(cell(0, DetectionsModel::TimeColumn), QStringLiteral("2026-12-01 10:11"));
    QCOMPARE(cell(0, DetectionsModel::ThreatColumn), QStringLiteral("Threat_%1").arg(newest));
    QCOMPARE(cell(0, DetectionsModel::ResultColumn),
             QStringLiteral("%1: %2").arg(newest % 3).arg(scanResultText(newest % 3)));
    QVERIFY(!scanResultText(newest % 3).isEmpty());
    QCOMPARE(cell(0, DetectionsModel::ScanTypeColumn), scanTypeText(newest % 5));
    QVERIFY(!scanTypeText(newest % 5).isEmpty());
    QCOMPARE(cell(0, DetectionsModel::PathColumn), QStringLiteral("C:\\risk%1.exe").arg(newest));
    QCOMPARE(cell(0, DetectionsModel::SourceColumn), QStringLiteral("Virus/Malware"));
    QCOMPARE(cell(9, DetectionsModel::ThreatColumn), QStringLiteral("Threat_2"));
    auto *table = child<QTableView>("computerDetectionsTable");
    QVERIFY(table->isVisibleTo(details()));
    QVERIFY(table->isColumnHidden(DetectionsModel::AddressColumn)); // the page's own computer
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!details()->grab().isNull());
}

void TestFlipbookQuarantine::pendingComputerShowsItsPolicyAndGracePeriod()
{
    openPageOf(Pending);
    auto *banner = child<QuarantineBanner>("quarantineBanner");
    QVERIFY(banner->isVisibleTo(details()));
    QVERIFY2(banner->text().startsWith(
                 QLatin1String("Pending quarantine by the compliance policy Critical 2026: it "
                               "will be quarantined when the grace period ends, ")),
             qPrintable(banner->text()));
    QCOMPARE(text("quarantineHeading"), QStringLiteral("Pending"));
    QCOMPARE(text("quarantineBy"), QStringLiteral("the compliance policy Critical 2026"));
    QCOMPARE(text("quarantineGraceEnds"),
             QLocale().toString(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC).toLocalTime(),
                                QLocale::ShortFormat));
    QCOMPARE(text("quarantineMissingCves"), QStringLiteral("CVE-2026-0001, CVE-2026-0002"));
    // Its one detection: from the web reputation log.
    DetectionsModel *model = child<ComputerDetectionsSection>("computerDetections")->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, DetectionsModel::SourceColumn).data().toString(),
             QStringLiteral("Web reputation"));
    QCOMPARE(model->index(0, DetectionsModel::PathColumn).data().toString(),
             QStringLiteral("http://www.proxify.com/"));
    // "1 detection" with the English plural forms (osmgmt_en.ts), "1 detection(s)" without.
    QVERIFY(text("detectionsSummary").startsWith(QLatin1String("1 detection")));
    QVERIFY(text("detectionsSummary").contains(QLatin1String("newest first")));
}

void TestFlipbookQuarantine::cleanComputerSaysThereAreNone()
{
    openPageOf(Clean);
    QVERIFY(!child<QuarantineBanner>("quarantineBanner")->isVisibleTo(details()));
    QCOMPARE(text("quarantineHeading"), QStringLiteral("Not quarantined"));
    QVERIFY(child<QLabel>("quarantineIcon")->isHidden());
    QVERIFY(!child<QLabel>("quarantineBy"));
    QCOMPARE(child<ComputerDetectionsSection>("computerDetections")->model()->rowCount(), 0);
    QCOMPARE(text("detectionsSummary"),
             QStringLiteral("No security risk has been detected on this computer."));
    QVERIFY(!child<QTableView>("computerDetectionsTable")->isVisibleTo(details()));
    QTabWidget *tabs = details()->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(child<ComputerDetectionsSection>("computerDetections"))),
             QStringLiteral("Detections"));
    // Paging back shows the quarantined computer again, without reading the store again.
    details()->showPage(0);
    QVERIFY(child<QuarantineBanner>("quarantineBanner")->isVisibleTo(details()));
    QCOMPARE(text("quarantineHeading"), QStringLiteral("Quarantined"));
}

void TestFlipbookQuarantine::command(EndpointActions::Kind kind, int host)
{
    QSignalSpy finished(m_window->commands(), &CommandController::commandFinished);
    const auto asked = answerNextMessageBox(this, QMessageBox::Yes);
    QVERIFY(m_window->commands()->request(kind, { m_agents.at(host - Quarantined) }));
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes[0].kind == TargetOutcome::Kind::Done, qPrintable(outcomes[0].detail));
    if (auto *progress = m_window->findChild<CommandProgressDialog *>())
        progress->close();
}

void TestFlipbookQuarantine::quarantineAndReleaseShowOnTheOpenPage()
{
    // Sent from the tree beside the page (here: the console's commands), the page follows.
    openPageOf(Clean);
    auto *banner = child<QuarantineBanner>("quarantineBanner");
    QVERIFY(!banner->isVisibleTo(details()));
    command(EndpointActions::Kind::Quarantine, Clean);
    QTRY_COMPARE_WITH_TIMEOUT(text("quarantineHeading"), QStringLiteral("Quarantined"), 20000);
    QVERIFY(banner->isVisibleTo(details()));
    QVERIFY2(banner->text().startsWith(QLatin1String("Quarantined by an administrator (manual): "
                                                     "unreachable on purpose, not down;")),
             qPrintable(banner->text()));
    QCOMPARE(text("quarantineBy"), QStringLiteral("an administrator (manual)"));
    QVERIFY(text("quarantineWhy").contains(QLatin1String("from a console of this store")));

    command(EndpointActions::Kind::Release, Clean);
    QTRY_COMPARE_WITH_TIMEOUT(text("quarantineHeading"), QStringLiteral("Released"), 20000);
    QVERIFY(!banner->isVisibleTo(details()));
    QVERIFY(text("quarantineMeaning").contains(QLatin1String("its network is open again")));
    QCOMPARE(text("quarantineBy"), QStringLiteral("an administrator (manual)"));
    QVERIFY(text("quarantineWhy").contains(QLatin1String("released by")));
}

void TestFlipbookQuarantine::quarantinedAndUnreachableIsNotDown()
{
    openPageOf(Cut);
    auto *reason = child<QLabel>("noHealthReason");
    QVERIFY(reason->isVisibleTo(details()));
    QCOMPARE(reason->text(),
             QStringLiteral("No Agent Health page: the computer is quarantined, so the query could "
                            "not reach it: it is cut off on purpose, not down."));
    QVERIFY(child<QuarantineBanner>("quarantineBanner")->isVisibleTo(details()));
    // Its quarantine and detections are shown without a health report.
    QTabWidget *tabs = details()->tabs();
    QVERIFY(
        tabs->isTabVisible(tabs->indexOf(child<ComputerQuarantineSection>("computerQuarantine"))));
    QVERIFY(
        tabs->isTabVisible(tabs->indexOf(child<ComputerDetectionsSection>("computerDetections"))));
    QCOMPARE(text("quarantineHeading"), QStringLiteral("Quarantined"));
    QCOMPARE(text("quarantineWhy"),
             QStringLiteral("quarantined by alice from a console of this store"));
    QCOMPARE(text("detectionsSummary"),
             QStringLiteral("No security risk has been detected on this computer."));
}

QTEST_MAIN(TestFlipbookQuarantine)
#include "tst_flipbookquarantine.moc"
