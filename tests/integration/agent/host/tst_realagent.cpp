#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "probe/probeengine.h"
#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// `osmgmt-agent --config` on this host, on a loopback address: what it reports (the product
// status file of reference 004's fields, the product's services), what it keeps in its state
// directory, start-service, and that a move survives a restart. Quarantine changes the host's
// firewall, so it is tested in network namespaces of its own (tst_agentquarantine), not here.
//
// No systemd here: the agent's serviceManager is service-manager.sh, a small script that
// starts and watches real processes with systemctl's two verbs.
namespace {

struct Console
{
    CertificateAuthority authority;
    AgentTls::Credentials client;
};

Console makeConsole(const QString &server)
{
    const Result<CertificateAuthority> authority = CertificateAuthority::create(server);
    const Result<IssuedCertificate> issued
        = authority->issue(QStringLiteral("console"), CertificateUse::Client, 30);
    return Console { authority.value(), { issued->certificate, issued->key } };
}

// PRETTY_NAME as os-release(5) writes it, read here independently of the agent's parser.
QString prettyName()
{
    QFile file(QStringLiteral("/etc/os-release"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("PRETTY_NAME="))
            return QString::fromUtf8(line.mid(12)).remove(QLatin1Char('"'));
    }
    return {};
}

} // namespace

class TestRealAgent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsThisHost();
    void keepsItsRegistrationInTheStateDirectory();
    void registrationIsKeptInTheStateDirectory();
    void reportsTheProductStatusFile();
    void aBrokenProductStatusFileIsSaidInWords();
    void reportsTheClientLogs();
    void startServiceStartsARealProcess();
    void aMoveSurvivesARestart();
    void aBadConfigurationIsRefused();
    void cleanupTestCase();

private:
    QString start();
    void stop();
    // The full status needs the console's certificate (of the agent's server).
    StatusOutcome status(const Console *console = nullptr);
    bool managedByThisServer(const Console &console);
    void writeProductStatus(const QByteArray &content);
    qint64 servicePid() const;
    CommandOutcome command(const AgentCommand &command, const Console &console);

    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_address;
    quint16 m_port = 0;
    QDateTime m_started;
    std::optional<Console> m_hq, m_new;
};

QString TestRealAgent::start()
{
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QFile::remove(ready);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OSMGMT_SERVICES_DIR"),
                       m_dir.filePath(QStringLiteral("units")));
    m_agent.setProcessEnvironment(environment);
    m_agent.start(TestEnvironment::agentProgram(),
                  { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("agent.json")),
                    QStringLiteral("--ready-file"), ready, QStringLiteral("--log-dir"),
                    m_dir.filePath(QStringLiteral("log")) });
    return TestEnvironment::waitForReadyFile(m_agent, ready, QStringLiteral("agent"));
}

void TestRealAgent::stop()
{
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(5000));
    QCOMPARE(m_agent.exitCode(), 0);
}

StatusOutcome TestRealAgent::status(const Console *console)
{
    AgentStatusReader reader((console ? console : &*m_hq)->client, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(m_address), m_port);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<StatusOutcome>();
}

CommandOutcome TestRealAgent::command(const AgentCommand &command, const Console &console)
{
    AgentCommandClient sender(console.client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(m_address), m_port, command);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<CommandOutcome>();
}

void TestRealAgent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hq = makeConsole(QStringLiteral("osm-hq"));
    m_new = makeConsole(QStringLiteral("osm-new"));
    QFile ca(m_dir.filePath(QStringLiteral("hq-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_hq->authority.certificatePem());
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
                        { QStringLiteral("domain"), QStringLiteral("Linux servers") },
                        { QStringLiteral("ca"), QStringLiteral("hq-ca.pem") } } },
        { QStringLiteral("services"),
          QJsonArray {
              QJsonObject {
                  { QStringLiteral("name"), QStringLiteral("ntrtscan") },
                  { QStringLiteral("displayName"), QStringLiteral("OfficeScanNT Real-time Scan") },
                  { QStringLiteral("unit"), QStringLiteral("osm-rtscan.service") } },
              QJsonObject { { QStringLiteral("name"), QStringLiteral("tmlisten") },
                            { QStringLiteral("unit"), QStringLiteral("osm-listen.service") } } } },
        { QStringLiteral("serviceManager"), QStringLiteral(OSMGMT_SERVICE_MANAGER) },
        { QStringLiteral("productStatusFile"), QStringLiteral("product/status.json") },
        { QStringLiteral("virusLogFile"), QStringLiteral("product/pcent35.log") },
        { QStringLiteral("webLogFile"), QStringLiteral("product/OfcUrlf.log") },
        // The status is gathered in the background (StatusCache): often, so the test waits little.
        { QStringLiteral("limits"),
          QJsonObject { { QStringLiteral("statusRefreshSeconds"), 0.1 } } },
    };
    // The client logs exist from the start, empty: no detection, no problem.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("product")));
    for (const char *log : { "product/pcent35.log", "product/OfcUrlf.log" }) {
        QFile empty(m_dir.filePath(QLatin1String(log)));
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    // The real-time scan is a real process; the listener's unit is not installed.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("units")));
    QFile unit(m_dir.filePath(QStringLiteral("units/osm-rtscan.service.command")));
    QVERIFY(unit.open(QIODevice::WriteOnly));
    unit.write("sleep 300");
    unit.close();
    QFile file(m_dir.filePath(QStringLiteral("agent.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRealAgent::reportsThisHost()
{
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const StatusOutcome outcome = status();
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    const AgentIdentity &identity = outcome.report.identity;
    QCOMPARE(identity.name, QSysInfo::machineHostName());
    QCOMPARE(identity.server, QStringLiteral("osm-hq"));
    QCOMPARE(identity.domain, QStringLiteral("Linux servers"));
    QCOMPARE(identity.version, QStringLiteral(OSMGMT_VERSION));
    const AgentStatus &report = outcome.report.status;
    QVERIFY(!prettyName().isEmpty());
    QCOMPARE(report.operatingSystem, prettyName());
    QVERIFY(report.installed >= m_started && report.installed <= QDateTime::currentDateTimeUtc());
    // Its clock when it answered (issue 13: Diagnose connection compares it with the console's).
    QVERIFY2(report.time >= asked.addSecs(-1) && report.time <= QDateTime::currentDateTimeUtc(),
             qPrintable(report.time.toString(Qt::ISODateWithMs)));
    for (const QString &address : report.addresses)
        QVERIFY2(!QHostAddress(address).isLoopback(), qPrintable(address));
    QCOMPARE(report.services.size(), 3);
    QCOMPARE(report.services.at(0).name, QStringLiteral("osmgmt-agent"));
    QVERIFY(report.services.at(0).running);
    QCOMPARE(report.services.at(1).name, QStringLiteral("ntrtscan"));
    QCOMPARE(report.services.at(1).displayName, QStringLiteral("OfficeScanNT Real-time Scan"));
    QVERIFY(!report.services.at(1).running);
    QCOMPARE(report.services.at(2).name, QStringLiteral("tmlisten"));
    QVERIFY(!report.services.at(2).running);
    // The scan engine has not written its file yet: said in words, and no invented values.
    QVERIFY(report.patterns.isEmpty());
    QVERIFY(report.patternDate.isEmpty());
    QVERIFY(!report.lastScan.isValid());
    const QString problems = report.problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QStringLiteral("product/status.json does not exist")),
             qPrintable(problems));
}

void TestRealAgent::writeProductStatus(const QByteArray &content)
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("product")));
    QSaveFile file(m_dir.filePath(QStringLiteral("product/status.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    QVERIFY(file.commit());
}

void TestRealAgent::reportsTheProductStatusFile()
{
    // As the product's scan engine writes it: 004's registry values, patterns as DWORDs.
    writeProductStatus(R"({
        "components": [{"name": "Virus Scan Engine", "version": "6.810-1005"},
                       {"name": "Spyware Scan Engine", "version": "5.2.1032"}],
        "patterns": [{"name": "Virus Pattern File", "raw": "0x00083C34"},
                     {"name": "Spyware Pattern File", "raw": "0x0004A5D3"}],
        "patternDate": "20261120",
        "lastScan": "2026-11-22T03:00:00Z",
        "firewall": "off"})");
    // The status reflects the file once the background gathering has read it.
    QTRY_COMPARE_WITH_TIMEOUT(status().report.status.patterns.size(), 2, 5000);
    StatusOutcome outcome = status();
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    AgentStatus report = outcome.report.status;
    QCOMPARE(report.patterns.size(), 2);
    QCOMPARE(report.patterns.at(0).name, QStringLiteral("Virus Pattern File"));
    QCOMPARE(report.patterns.at(0).decoded(), QStringLiteral("5.397.00"));
    QCOMPARE(report.patterns.at(1).decoded(), QStringLiteral("3.045.95"));
    QVERIFY(report.components.contains(
        ComponentVersion { QStringLiteral("Virus Scan Engine"), QStringLiteral("6.810-1005") }));
    QVERIFY(report.components.contains(
        ComponentVersion { QStringLiteral("osmgmt-agent"), QStringLiteral(OSMGMT_VERSION) }));
    QCOMPARE(report.patternDate, QStringLiteral("20261120"));
    QCOMPARE(report.lastScan, QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    QVERIFY(report.firewall == FirewallState::Off);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    writeProductStatus(R"({"patterns": [], "firewall": "on"})");
    QTRY_VERIFY_WITH_TIMEOUT(status().report.status.firewall == FirewallState::On, 5000);
    report = status().report.status;
    QVERIFY(report.patterns.isEmpty());
}

void TestRealAgent::aBrokenProductStatusFileIsSaidInWords()
{
    writeProductStatus(R"({"patterns": [{"name": "Virus Pattern File", "raw": "5.397.00"}],
                          "patternDate": "20261120", "firewall": "on"})");
    QTRY_VERIFY_WITH_TIMEOUT(!status().report.status.problems.isEmpty(), 5000);
    AgentStatus report = status().report.status;
    QString problems = report.problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QStringLiteral(
                 "is broken: patterns[0].raw: \"5.397.00\" is not a hexadecimal DWORD")),
             qPrintable(problems));
    QVERIFY(report.patterns.isEmpty());
    QVERIFY(report.patternDate.isEmpty()); // nothing from a broken file, not even its good part
    writeProductStatus("{\"patterns\": [");
    QTRY_VERIFY_WITH_TIMEOUT(status()
                                 .report.status.problems.join(QLatin1Char('\n'))
                                 .contains(QStringLiteral("not valid JSON")),
                             5000);
    report = status().report.status;
    problems = report.problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QStringLiteral("is broken: not valid JSON")), qPrintable(problems));
    QFile::remove(m_dir.filePath(QStringLiteral("product/status.json")));
}

qint64 TestRealAgent::servicePid() const
{
    QFile file(m_dir.filePath(QStringLiteral("units/osm-rtscan.service.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

// Issue 14, point 2: the real agent reads reference 004's client logs and reports their
// detections in its status over real TLS; an unreadable line is counted, a missing log is said.
void TestRealAgent::reportsTheClientLogs()
{
    QFile virus(m_dir.filePath(QStringLiteral("product/pcent35.log")));
    QVERIFY(virus.open(QIODevice::WriteOnly));
    virus.write("20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>\r\n"
                "20261201<;>1100<;>TROJ_BAD<;>99<;>1<;>0<;>C:\\x<;>\r\n"
                "20261201<;>1101<;>WORM_");
    virus.close();
    QFile web(m_dir.filePath(QStringLiteral("product/OfcUrlf.log")));
    QVERIFY(web.open(QIODevice::WriteOnly));
    web.write("20080613<;>1641<;>0<;>http://www.proxify.com/<;>0B<;>Hacking / Proxy "
              "Avoidance<;>1<;>2<;><;>49<;><;>70<;>\n");
    web.close();
    QTRY_COMPARE_WITH_TIMEOUT(status().report.status.detections.size(), 2, 5000);
    const AgentStatus report = status().report.status;
    QCOMPARE(report.detections.at(0).threat, QStringLiteral("Eicar_test_file"));
    QCOMPARE(report.detections.at(0).path, QStringLiteral("C:\\eicar.com"));
    QCOMPARE(report.detections.at(1).source, Detection::Source::Web);
    QCOMPARE(report.malformedLogLines, 1); // the bad result; the unfinished line is not a line
    QCOMPARE(report.logProblems,
             QStringList {
                 QStringLiteral("virusLog: line 2: the scan result \"99\" is not a code 0-25") });
    // A log that cannot be read is said in words; the status still comes.
    QVERIFY(web.remove());
    QTRY_VERIFY_WITH_TIMEOUT(status()
                                 .report.status.problems.join(QLatin1Char('\n'))
                                 .contains(QStringLiteral("OfcUrlf.log cannot be read")),
                             5000);
    QCOMPARE(status().report.status.detections.size(), 1);
}

void TestRealAgent::startServiceStartsARealProcess()
{
    CommandOutcome outcome = command(AgentCommand::startService(QStringLiteral("ntrtscan")), *m_hq);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan started"));
    const qint64 pid = servicePid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), 0), 0); // a real process runs
    QVERIFY(status().report.status.services.at(1).running);
    outcome = command(AgentCommand::startService(QStringLiteral("ntrtscan")), *m_hq);
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan was running"));
    QCOMPARE(servicePid(), pid);

    outcome = command(AgentCommand::startService(QStringLiteral("tmlisten")), *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QCOMPARE(outcome.detail,
             QString(QStringLiteral("tmlisten did not start (")
                     + QStringLiteral(OSMGMT_SERVICE_MANAGER)
                     + QStringLiteral(" start osm-listen.service): Failed to start "
                                      "osm-listen.service: Unit osm-listen.service not found.")));
    outcome = command(AgentCommand::startService(QStringLiteral("sshd")), *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QCOMPARE(outcome.detail, QStringLiteral("no service named \"sshd\""));

    // The service dies: the status says so.
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    const QDeadlineTimer deadline(5000);
    while (::kill(pid_t(pid), 0) == 0 && !deadline.hasExpired())
        QTest::qWait(20);
    QTRY_VERIFY_WITH_TIMEOUT(!status().report.status.services.at(1).running, 5000);
}

void TestRealAgent::keepsItsRegistrationInTheStateDirectory()
{
    const QDir state(m_dir.filePath(QStringLiteral("state")));
    QFile ca(state.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate(ca.readAll()), m_hq->authority.certificate());
    QFile registration(state.filePath(QStringLiteral("registration.json")));
    QVERIFY(registration.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(registration.readAll()).object();
    QCOMPARE(saved.value(QStringLiteral("server")).toString(), QStringLiteral("osm-hq"));
    QCOMPARE(saved.value(QStringLiteral("domain")).toString(), QStringLiteral("Linux servers"));
    // One private key only: the agent's own TLS key, readable by its owner alone (its agent
    // certificate is for that key, so it outlives a restart; it never leaves the computer).
    for (const QString &name : state.entryList(QDir::Files)) {
        QFile file(state.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (name == QLatin1String("agent-key.pem"))
            QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
        else
            QVERIFY2(!file.readAll().contains("PRIVATE KEY"), qPrintable(name));
    }
    QVERIFY(state.exists(QStringLiteral("agent-key.pem")));
}

bool TestRealAgent::managedByThisServer(const Console &console)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(m_address).value() };
    scope.ports = PortList::fromNumbers({ m_port }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = 3000;
    ProbeSettings settings;
    settings.thisServerName = console.authority.serverName();
    settings.thisServerCas = QList<QSslCertificate> { console.authority.certificate() };
    ProbeEngine engine;
    QVector<Endpoint> found;
    connect(&engine, &ProbeEngine::endpointsClassified, this,
            [&found](const QVector<Endpoint> &batch) { found += batch; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    if (!engine.start(QueryScope::from(scope).value(), settings).isEmpty() || !finished.wait(20000)
        || found.size() != 1)
        return false;
    return found.first().status == SecurityStatus::ManagedByThisServer;
}

// Issue 15: the real agent claims osm-hq, but only its registration (the agent certificate
// osm-hq's CA issued for its key, kept in the state directory) makes it Managed by this server.
void TestRealAgent::registrationIsKeptInTheStateDirectory()
{
    QVERIFY(!managedByThisServer(*m_hq));
    const CommandOutcome outcome = command(AgentCommand::registration(m_hq->authority), *m_hq);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QVERIFY(managedByThisServer(*m_hq));
    const QDir state(m_dir.filePath(QStringLiteral("state")));
    QVERIFY(state.exists(QStringLiteral("agent-certificate.pem")));
    stop();
    const QString error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(managedByThisServer(*m_hq));
}

void TestRealAgent::aMoveSurvivesARestart()
{
    const QDateTime installed = status().report.status.installed;
    CommandOutcome outcome = command(
        AgentCommand::move(QStringLiteral("osm-new"), m_new->authority.certificatePem()), *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Done);
    stop();
    const QString error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const StatusOutcome after = status(&*m_new);
    QCOMPARE(after.report.identity.server, QStringLiteral("osm-new"));
    QCOMPARE(after.report.status.installed, installed);
    const AgentCommand start = AgentCommand::startService(QStringLiteral("ntrtscan"));
    outcome = command(start, *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    // The new server is obeyed.
    outcome = command(start, *m_new);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan started"));
}

void TestRealAgent::aBadConfigurationIsRefused()
{
    QFile file(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"listen": {"address": "127.0.0.1", "port": 0}, "stateDirectory": "s"})");
    file.close();
    QProcess agent;
    agent.start(TestEnvironment::agentProgram(), { QStringLiteral("--config"), file.fileName() });
    QVERIFY(agent.waitForFinished(5000));
    QCOMPARE(agent.exitCode(), 1);
    QVERIFY(agent.readAllStandardError().contains("listen.port: missing or not a port (1-65535)"));
}

void TestRealAgent::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning)
        stop();
    if (servicePid() > 0)
        ::kill(pid_t(servicePid()), SIGKILL);
}

QTEST_GUILESS_MAIN(TestRealAgent)
#include "tst_realagent.moc"
