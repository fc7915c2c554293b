#include "diagnose/diagnosedialog.h"
#include "diagnose/diagnosisstepsview.h"
#include "diagnosesession.h"
#include "endpointactions.h"
#include "fleetprocess.h"
#include "scope/scope.h"
#include "store/database.h"
#include "storedquery.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Diagnose connection in the console (issue 13, point 5): the dialog shows each step as the
// session judges it, then the likely cause; Cancel stops a diagnosis that waits on a stalled
// agent. Real fleet, real TLS, offscreen.
namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Healthy = 1, StoppedService = 2, Stalled = 3, GateOnly = 4 };
using Outcome = DiagnosisStep::Outcome;
} // namespace

class TestDiagnoseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anyComputerCanBeDiagnosedFromItsMenu();
    void stepsAppearOneByOneThenTheLikelyCause();
    void aHealthyAgentShowsNoCause();
    void cancelStopsAStalledDiagnosis();
    void theStoreTellsThatTheAgentAnsweredBefore();

private:
    DiagnoseSession *session(DiagnoseSession::OpenDatabase openDatabase = {}) const;
    Endpoint endpoint(int host) const;
    QString address(int host) const { return m_net + QString::number(host); }
    static int judged(const DiagnosisStepsView *view);

    FleetProcess m_fleet;
    QString m_net;
    quint16 m_agentPort = 0;
    quint16 m_gatePort = 0;
};

void TestDiagnoseDialog::initTestCase()
{
    m_net = FleetProcess::randomLoopbackNetwork();
    m_agentPort = FleetProcess::randomPort();
    m_gatePort = quint16(m_agentPort == 59999 ? 20000 : m_agentPort + 1);
    auto entry = [this](int host, const QJsonObject &agent) {
        QJsonObject withPort = agent;
        withPort.insert(QStringLiteral("port"), m_agentPort);
        withPort.insert(QStringLiteral("server"), thisServer);
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("listen"), QJsonArray { m_gatePort } },
                             { QStringLiteral("agent"), withPort } };
    };
    const QJsonArray endpoints {
        entry(Healthy, {}),
        entry(StoppedService,
              { { QStringLiteral("status"),
                  QJsonObject { { QStringLiteral("services"),
                                  QJsonObject { { QStringLiteral("TmPfw"),
                                                  QStringLiteral("stopped") } } } } } }),
        entry(Stalled, { { QStringLiteral("behaviour"), QStringLiteral("stall") } }),
        QJsonObject { { QStringLiteral("address"), address(GateOnly) },
                      { QStringLiteral("listen"), QJsonArray { m_gatePort } } },
    };
    m_fleet.registerAgents(thisServer, FleetProcess::testAuthority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

DiagnoseSession *TestDiagnoseDialog::session(DiagnoseSession::OpenDatabase openDatabase) const
{
    auto *session = new DiagnoseSession(nullptr, thisServer, std::move(openDatabase));
    const IssuedCertificate console
        = FleetProcess::testAuthority()
              .issue(QStringLiteral("console under test"), CertificateUse::Client, 1)
              .value();
    const Result<Done> set = session->setCredentials(FleetProcess::testAuthority().certificate(),
                                                     console.certificate, console.key.toPem());
    if (!set)
        qFatal("%s", qPrintable(set.error()));
    Scope scope;
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck = UnreachableCheck { true, m_gatePort };
    session->setScope(scope);
    session->setTimeouts(2000, 3000);
    return session;
}

Endpoint TestDiagnoseDialog::endpoint(int host) const
{
    Endpoint endpoint;
    endpoint.address = address(host);
    endpoint.name = QStringLiteral("ws%1").arg(host);
    endpoint.status = SecurityStatus::ManagedByThisServer;
    endpoint.agentPort = m_agentPort;
    return endpoint;
}

int TestDiagnoseDialog::judged(const DiagnosisStepsView *view)
{
    int count = 0;
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        if (view->topLevelItem(row)->data(0, DiagnosisStepsView::OutcomeRole).toInt()
            != int(Outcome::Pending))
            ++count;
    return count;
}

void TestDiagnoseDialog::anyComputerCanBeDiagnosedFromItsMenu()
{
    EndpointActions actions;
    Endpoint unreachable;
    unreachable.address = address(9);
    unreachable.status = SecurityStatus::Unreachable;
    actions.setSelection({ unreachable });
    QAction *diagnose = actions.action(EndpointActions::Kind::Diagnose);
    QCOMPARE(diagnose->text(), QStringLiteral("Diagnose connection..."));
    QVERIFY(diagnose->isEnabled());
    QVERIFY(actions.actions().contains(diagnose));
    QSignalSpy triggered(&actions, &EndpointActions::triggered);
    diagnose->trigger();
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(triggered.first().at(0).value<EndpointActions::Kind>(),
             EndpointActions::Kind::Diagnose);
    actions.setSelection({ Endpoint {} });
    QVERIFY(!diagnose->isEnabled());
}

void TestDiagnoseDialog::stepsAppearOneByOneThenTheLikelyCause()
{
    DiagnoseSession *diagnosis = session();
    DiagnoseDialog dialog(diagnosis, endpoint(StoppedService));
    dialog.show();
    auto *view = dialog.findChild<DiagnosisStepsView *>(QStringLiteral("diagnosisSteps"));
    QVERIFY(view);
    // What the view showed each time a step arrived (the dialog is connected first).
    QVector<int> seen;
    connect(diagnosis, &DiagnoseSession::stepFinished, this,
            [&seen, view](int, const DiagnosisStep &) { seen.append(judged(view)); });
    QSignalSpy finished(diagnosis, &DiagnoseSession::finished);
    dialog.start();
    QCOMPARE(view->topLevelItemCount(), DiagnosisStep::kindCount);
    QCOMPARE(judged(view), 0);
    QCOMPARE(view->topLevelItem(0)->text(2), QStringLiteral("running…"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(seen, (QVector<int> { 1, 2, 3, 4, 5, 6, 7, 8 }));
    QTreeWidgetItem *agent = view->topLevelItem(int(DiagnosisStep::Kind::Agent));
    QCOMPARE(agent->text(1), QStringLiteral("Agent process and services"));
    QCOMPARE(agent->data(0, DiagnosisStepsView::OutcomeRole).toInt(), int(Outcome::Failed));
    QCOMPARE(agent->childCount(), 2);
    QCOMPARE(agent->child(0)->text(2),
             QStringLiteral("A service of the agent is stopped: TmPfw (OfficeScanNT Firewall)"));
    QVERIFY(agent->child(1)->text(2).startsWith(QLatin1String("Start the service")));
    auto *cause = dialog.findChild<QLabel *>(QStringLiteral("likelyCause"));
    QCOMPARE(cause->text(),
             QStringLiteral("Likely cause: A service of the agent is stopped: TmPfw (OfficeScanNT "
                            "Firewall)"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("diagnoseAgain"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelDiagnosis"))->isEnabled());
}

void TestDiagnoseDialog::aHealthyAgentShowsNoCause()
{
    DiagnoseSession *diagnosis = session();
    DiagnoseDialog dialog(diagnosis, endpoint(Healthy));
    dialog.show();
    QSignalSpy finished(diagnosis, &DiagnoseSession::finished);
    dialog.start();
    QVERIFY(finished.wait(20000));
    auto *view = dialog.findChild<DiagnosisStepsView *>(QStringLiteral("diagnosisSteps"));
    for (int row = 1; row < view->topLevelItemCount(); ++row)
        QVERIFY2(view->topLevelItem(row)->data(0, DiagnosisStepsView::OutcomeRole).toInt()
                     == int(Outcome::Ok),
                 qPrintable(view->topLevelItem(row)->text(2)));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("likelyCause"))->text(),
             QStringLiteral("Likely cause: none found. Every check that ran passed."));
    // Again: the same steps once more.
    finished.clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("diagnoseAgain")),
                      Qt::LeftButton);
    QCOMPARE(judged(view), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(judged(view), DiagnosisStep::kindCount);
}

void TestDiagnoseDialog::cancelStopsAStalledDiagnosis()
{
    DiagnoseSession *diagnosis = session();
    // The handshake with the stalled agent would wait ten minutes: it is still waiting when
    // Cancel is clicked, however slow the machine.
    diagnosis->setTimeouts(2000, 10 * 60 * 1000);
    DiagnoseDialog dialog(diagnosis, endpoint(Stalled));
    dialog.show();
    auto *view = dialog.findChild<DiagnosisStepsView *>(QStringLiteral("diagnosisSteps"));
    QSignalSpy steps(diagnosis, &DiagnoseSession::stepFinished);
    dialog.start();
    // The name and the open port; the TLS handshake then waits on the stalled agent.
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 2, 10000);
    QCOMPARE(view->topLevelItem(2)->text(2), QStringLiteral("running…"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelDiagnosis")),
                      Qt::LeftButton);
    QVERIFY(!diagnosis->isRunning());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("likelyCause"))->text(),
             QStringLiteral("Cancelled."));
    // Nothing from the cancelled diagnosis reaches the view afterwards: once its worker has
    // ended, whatever it posted has been delivered (or dropped) by the events processed here.
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosis->hasWorkers(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(view->topLevelItem(2)->data(0, DiagnosisStepsView::OutcomeRole).toInt(),
             int(Outcome::Pending));
}

void TestDiagnoseDialog::theStoreTellsThatTheAgentAnsweredBefore()
{
    // The console's store: an older query found the agent answering; the newest found none.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    Endpoint answered = endpoint(GateOnly);
    Endpoint now = answered;
    now.status = SecurityStatus::NoClientInstalled;
    now.agentPort = 0;
    storeCompletedQuery(path, { answered }, QDateTime::currentDateTimeUtc().addDays(-3));
    storeCompletedQuery(path, { now }, QDateTime::currentDateTimeUtc().addDays(-1));
    // Opened on the session's worker, as the console's sessions open the store.
    DiagnoseSession *diagnosis = session([path]() { return Database::openSqlite(path); });
    // The computer as the results show it now: no agent port; the scope's is tried.
    DiagnoseDialog dialog(diagnosis, now);
    dialog.show();
    QSignalSpy finished(diagnosis, &DiagnoseSession::finished);
    dialog.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("likelyCause"))->text(),
             QStringLiteral("Likely cause: The agent's process is not running: the computer is "
                            "up, but nothing listens on the agent port"));
}

QTEST_MAIN(TestDiagnoseDialog)
#include "tst_diagnosedialog.moc"
