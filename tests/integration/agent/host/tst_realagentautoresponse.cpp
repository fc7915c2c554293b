#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "health/healthstore.h"
#include "identity/certificateauthority.h"
#include "quarantine/autoresponsestore.h"
#include "quarantine/detectionstore.h"
#include "store/eventlog.h"
#include "store/querystore.h"
#include "store/storeconnection.h"
#include "testenvironment.h"
#include "watch/autoresponseduty.h"
#include "watch/autoresponselink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// The automatic response on the real agent (issue 14, point 3; docs/auto-response.md):
// `osmgmt-agent --config` on a loopback address reads its client log (reference 004's
// pcent35.log), the console stores the detections it reports, and the watcher's duty answers
// them over real mutual TLS with the real command path: a start-service rule starts a real
// process and is verified by the agent's status; a rule whose service cannot start (its unit is
// not installed) gives auto-response-failed with the service manager's reason. Quarantine on the
// real agent changes the host's firewall: it is not played here (tst_agentquarantine does it in
// namespaces of its own), and the fleet's test covers the automatic quarantine.
//
// No systemd here: the agent's serviceManager is service-manager.sh (as in tst_realagent).
class TestRealAgentAutoResponse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsTheServiceAndVerifiesIt();
    void aServiceThatCannotStartFailsWithTheReason();
    void aSecondRoundActsOnNothing();
    void cleanupTestCase();

private:
    StatusOutcome status();
    qint64 servicePid() const;
    QVector<ComputerEvent> events(const char *kind) const;

    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_address;
    quint16 m_port = 0;
    std::optional<CertificateAuthority> m_authority;
    AgentTls::Credentials m_console;
    std::shared_ptr<Database> m_store;
    StoreConnection m_connection;
    std::shared_ptr<AutoResponseDuty> m_duty;
    QString m_round;
};

namespace {
bool running(const StatusOutcome &outcome, const QString &name)
{
    for (const ServiceState &service : outcome.report.status.services) {
        if (service.name == name)
            return service.running;
    }
    return false;
}
} // namespace

StatusOutcome TestRealAgentAutoResponse::status()
{
    AgentStatusReader reader(m_console, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(m_address), m_port);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<StatusOutcome>();
}

qint64 TestRealAgentAutoResponse::servicePid() const
{
    QFile file(m_dir.filePath(QStringLiteral("units/osm-rtscan.service.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

QVector<ComputerEvent> TestRealAgentAutoResponse::events(const char *kind) const
{
    EventFilter filter;
    filter.kind = QLatin1String(kind);
    const Result<QVector<ComputerEvent>> read = EventLog(m_store).read(filter);
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return *read;
}

void TestRealAgentAutoResponse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_authority = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    const IssuedCertificate issued
        = m_authority->issue(QStringLiteral("console"), CertificateUse::Client, 30).value();
    m_console = { issued.certificate, issued.key };
    QFile ca(m_dir.filePath(QStringLiteral("hq-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_authority->certificatePem());
    ca.close();
    m_address = FleetProcess::randomLoopbackNetwork() + QStringLiteral("9");
    m_port = FleetProcess::randomPort();
    const QJsonObject config {
        { QStringLiteral("listen"),
          QJsonObject { { QStringLiteral("address"), m_address },
                        { QStringLiteral("port"), m_port } } },
        { QStringLiteral("stateDirectory"), QStringLiteral("state") },
        { QStringLiteral("registration"),
          QJsonObject { { QStringLiteral("server"), QStringLiteral("osm-hq") },
                        { QStringLiteral("ca"), QStringLiteral("hq-ca.pem") } } },
        { QStringLiteral("services"),
          QJsonArray {
              QJsonObject { { QStringLiteral("name"), QStringLiteral("ntrtscan") },
                            { QStringLiteral("unit"), QStringLiteral("osm-rtscan.service") } },
              QJsonObject { { QStringLiteral("name"), QStringLiteral("tmlisten") },
                            { QStringLiteral("unit"), QStringLiteral("osm-listen.service") } } } },
        { QStringLiteral("serviceManager"), QStringLiteral(OSMGMT_SERVICE_MANAGER) },
        { QStringLiteral("virusLogFile"), QStringLiteral("product/pcent35.log") },
        { QStringLiteral("limits"),
          QJsonObject { { QStringLiteral("statusRefreshSeconds"), 0.1 } } },
    };
    // The client log, as the product writes it (reference 004): two risks.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("product")));
    QFile virus(m_dir.filePath(QStringLiteral("product/pcent35.log")));
    QVERIFY(virus.open(QIODevice::WriteOnly));
    virus.write("20261203<;>0910<;>ADW_ODDBAR<;>1<;>1<;>0<;>C:\\odd.exe<;>\r\n"
                "20261203<;>0911<;>PUA_MINER<;>1<;>1<;>0<;>C:\\miner.exe<;>\r\n");
    virus.close();
    // The real-time scan is a real process, stopped; the listener's unit is not installed.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("units")));
    QFile unit(m_dir.filePath(QStringLiteral("units/osm-rtscan.service.command")));
    QVERIFY(unit.open(QIODevice::WriteOnly));
    unit.write("sleep 300");
    unit.close();
    QFile file(m_dir.filePath(QStringLiteral("agent.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OSMGMT_SERVICES_DIR"),
                       m_dir.filePath(QStringLiteral("units")));
    m_agent.setProcessEnvironment(environment);
    m_agent.start(TestEnvironment::agentProgram(),
                  { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("agent.json")),
                    QStringLiteral("--ready-file"), ready, QStringLiteral("--log-dir"),
                    m_dir.filePath(QStringLiteral("log")) });
    const QString started
        = TestEnvironment::waitForReadyFile(m_agent, ready, QStringLiteral("agent"));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTRY_COMPARE_WITH_TIMEOUT(status().report.status.detections.size(), 2, 5000);

    // The store: the response on, then the report a query gathered, with its detections.
    const QString path = m_dir.filePath(QStringLiteral("osmgmt.sqlite"));
    m_connection.location = StoreLocation::sqlite(path);
    m_store = m_connection.open().value();
    const Result<AutoResponseSettings> settings
        = AutoResponseSettings::fromJson(QJsonDocument::fromJson(R"({ "enabled": true, "rules": [
            { "name": "adware", "match": ["ADW_"], "action": "start-service",
              "service": "ntrtscan" },
            { "name": "miners", "match": ["PUA_"], "action": "start-service",
              "service": "tmlisten" } ] })")
                                             .object());
    QVERIFY2(settings, qPrintable(settings.error()));
    QVERIFY(AutoResponseStore(m_store).save(*settings, QStringLiteral("the test")));
    QTest::qWait(5); // the detections are stored after the response was turned on
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<qint64> query
        = QueryStore(m_store).beginQuery("{}", QStringLiteral("osm-hq"), 1, now);
    QVERIFY2(query, qPrintable(query.error()));
    const StatusOutcome report = status();
    QCOMPARE(report.kind, CommandOutcome::Kind::Done);
    QVERIFY(!running(report, QStringLiteral("ntrtscan")));
    HealthSnapshot snapshot;
    snapshot.address = m_address;
    snapshot.agentPort = m_port;
    snapshot.name = report.report.identity.name;
    snapshot.gatheredAt = now;
    snapshot.outcome = HealthSnapshot::Outcome::Reported;
    snapshot.status = report.report.status;
    QVERIFY(HealthStore(m_store).append(*query, { snapshot }));
    QCOMPARE(*DetectionStore(m_store).append({ snapshot }, now), 2);

    m_duty = std::make_shared<AutoResponseDuty>(std::make_shared<AgentAutoResponseLink>(
        m_connection, [this] { return std::optional<AgentTls::Credentials>(m_console); }, 10000));
    const Result<QString> round = m_duty->runRound(m_store);
    QVERIFY2(round, qPrintable(round.error()));
    m_round = *round;
}

void TestRealAgentAutoResponse::startsTheServiceAndVerifiesIt()
{
    QCOMPARE(m_round,
             QStringLiteral("detections considered: 2; verified: 1, failed: 1, notified: 0"));
    const QVector<ComputerEvent> verified = events("auto-response-verified");
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.first().address, m_address);
    QCOMPARE(verified.first().to, QStringLiteral("start-service"));
    QVERIFY2(verified.first().detail.startsWith(
                 QStringLiteral("ADW_ODDBAR detected (2026-12-03T09:10, C:\\odd.exe); rule "
                                "adware: Start service. Verified: the agent's status says "
                                "ntrtscan is running.")),
             qPrintable(verified.first().detail));
    // A real process runs, and the agent says so.
    const qint64 pid = servicePid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), 0), 0);
    QVERIFY(running(status(), QStringLiteral("ntrtscan")));
}

void TestRealAgentAutoResponse::aServiceThatCannotStartFailsWithTheReason()
{
    const QVector<ComputerEvent> failed = events("auto-response-failed");
    QCOMPARE(failed.size(), 1);
    const QString detail = failed.first().detail;
    QVERIFY2(detail.startsWith(QStringLiteral(
                 "PUA_MINER detected (2026-12-03T09:11, C:\\miner.exe); rule miners: Start "
                 "service. Failed: tmlisten: the agent could not do it: tmlisten did not start")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Unit osm-listen.service not found.")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("What to do: Start the service by hand")),
             qPrintable(detail));
}

void TestRealAgentAutoResponse::aSecondRoundActsOnNothing()
{
    const Result<QString> again = m_duty->runRound(m_store);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*again,
             QStringLiteral("detections considered: 0; verified: 0, failed: 0, notified: 0"));
    QCOMPARE(events("auto-response-verified").size() + events("auto-response-failed").size(), 2);
}

void TestRealAgentAutoResponse::cleanupTestCase()
{
    m_duty.reset();
    m_store.reset();
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        QVERIFY(m_agent.waitForFinished(5000));
    }
    if (servicePid() > 0)
        ::kill(pid_t(servicePid()), SIGKILL);
}

QTEST_GUILESS_MAIN(TestRealAgentAutoResponse)
#include "tst_realagentautoresponse.moc"
