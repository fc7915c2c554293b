#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "probe/probeengine.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

// `osmgmt-agent --fleet FILE --fleet-state PATH` on loopback: moves, quarantines and started
// services survive a restart of the fleet process; without --fleet-state a restarted fleet
// plays its file again (issue 4).
namespace {

constexpr int moveHost = 1, quarantineHost = 2, serviceHost = 3;

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

} // namespace

class TestFleetState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsChangeTheFleet();
    void theChangesSurviveARestart();
    void withoutAStateFileTheFleetPlaysItsFileAgain();
    void aBrokenStateFileStopsTheStart();
    void cleanupTestCase();

private:
    QString address(int host) const { return m_net + QString::number(host); }
    QString start(bool withState);
    void stop();
    CommandOutcome command(int host, const AgentCommand &command, const Console &console);
    // The full status needs the console's certificate (of the agent's server).
    StatusOutcome status(int host, const Console *console = nullptr);
    bool managedByThisServer(int host, const Console &console);
    bool gateAccepts(int host);

    QTemporaryDir m_dir;
    QProcess m_fleet;
    QString m_net;
    quint16 m_gatePort = 0, m_agentPort = 0;
    std::optional<Console> m_hq, m_new;
};

QString TestFleetState::start(bool withState)
{
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QFile::remove(ready);
    QStringList arguments {
        QStringLiteral("--fleet"),      m_dir.filePath(QStringLiteral("fleet.json")),
        QStringLiteral("--ready-file"), ready,
        QStringLiteral("--log-dir"),    m_dir.filePath(QStringLiteral("log"))
    };
    if (withState)
        arguments << QStringLiteral("--fleet-state")
                  << m_dir.filePath(QStringLiteral("state.json"));
    m_fleet.start(TestEnvironment::agentProgram(), arguments);
    return TestEnvironment::waitForReadyFile(m_fleet, ready, QStringLiteral("fleet"));
}

void TestFleetState::stop()
{
    m_fleet.terminate();
    QVERIFY(m_fleet.waitForFinished(5000));
    QCOMPARE(m_fleet.exitCode(), 0);
}

CommandOutcome TestFleetState::command(int host, const AgentCommand &command,
                                       const Console &console)
{
    AgentCommandClient sender(console.client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(address(host)), m_agentPort, command);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome") };
    return finished.first().first().value<CommandOutcome>();
}

StatusOutcome TestFleetState::status(int host, const Console *console)
{
    AgentStatusReader reader((console ? console : &*m_hq)->client, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(address(host)), m_agentPort);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<StatusOutcome>();
}

bool TestFleetState::managedByThisServer(int host, const Console &console)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(address(host)).value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
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

bool TestFleetState::gateAccepts(int host)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(address(host)), m_gatePort);
    return socket.waitForConnected(3000);
}

void TestFleetState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hq = makeConsole(QStringLiteral("osm-hq"));
    m_new = makeConsole(QStringLiteral("osm-new"));
    QFile ca(m_dir.filePath(QStringLiteral("hq.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_hq->authority.certificatePem());
    ca.close();
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    QJsonArray endpoints;
    for (int host : { moveHost, quarantineHost, serviceHost }) {
        QJsonObject agent { { QStringLiteral("port"), m_agentPort },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") } };
        if (host == serviceHost)
            agent.insert(QStringLiteral("status"),
                         QJsonObject { { QStringLiteral("services"),
                                         QJsonObject { { QStringLiteral("ntrtscan"),
                                                         QStringLiteral("stopped") } } } });
        endpoints.append(QJsonObject { { QStringLiteral("address"), address(host) },
                                       { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                                       { QStringLiteral("listen"), QJsonArray { m_gatePort } },
                                       { QStringLiteral("agent"), agent } });
    }
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject { { QStringLiteral("osm-hq"),
                          QJsonObject { { QStringLiteral("ca"), QStringLiteral("hq.pem") } } } } },
        { QStringLiteral("endpoints"), endpoints },
    };
    QFile file(m_dir.filePath(QStringLiteral("fleet.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(fleet).toJson());
    file.close();
    const QString error = start(true);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFleetState::commandsChangeTheFleet()
{
    CommandOutcome outcome
        = command(moveHost, AgentCommand::move(QStringLiteral("osm-new"), m_new->authority), *m_hq);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    outcome = command(quarantineHost, AgentCommand::quarantine(), *m_hq);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QVERIFY(!gateAccepts(quarantineHost));
    outcome = command(serviceHost, AgentCommand::startService(QStringLiteral("ntrtscan")), *m_hq);
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan started"));
    // Each change is written at once, whole.
    QFile state(m_dir.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject agents = QJsonDocument::fromJson(state.readAll())
                                   .object()
                                   .value(QStringLiteral("agents"))
                                   .toObject();
    QCOMPARE(agents.size(), 3);
    QCOMPARE(agents.value(address(moveHost)).toObject().value(QStringLiteral("server")).toString(),
             QStringLiteral("osm-new"));
    QVERIFY(agents.value(address(quarantineHost))
                .toObject()
                .value(QStringLiteral("quarantined"))
                .toBool());
}

void TestFleetState::theChangesSurviveARestart()
{
    stop();
    const QString error = start(true);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(status(moveHost, &*m_new).report.identity.server, QStringLiteral("osm-new"));
    // Its agent certificate came back too (issue 15): the new server's probe sees it proven.
    QCOMPARE(managedByThisServer(moveHost, *m_new), true);
    // The pinned CA came back too: the old server is refused, the new one obeyed.
    QCOMPARE(command(moveHost, AgentCommand::release(), *m_hq).kind, CommandOutcome::Kind::Refused);
    QCOMPARE(command(moveHost, AgentCommand::release(), *m_new).kind, CommandOutcome::Kind::Done);
    QVERIFY(status(quarantineHost).report.status.quarantined);
    QVERIFY(!gateAccepts(quarantineHost)); // still closed after the restart
    QVERIFY(gateAccepts(moveHost));
    const StatusOutcome service = status(serviceHost);
    QCOMPARE(service.report.status.services.at(1).name, QStringLiteral("ntrtscan"));
    QVERIFY(service.report.status.services.at(1).running);
    // A release is kept as well.
    QCOMPARE(command(quarantineHost, AgentCommand::release(), *m_hq).kind,
             CommandOutcome::Kind::Done);
    stop();
    const QString again = start(true);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QVERIFY(!status(quarantineHost).report.status.quarantined);
    QVERIFY(gateAccepts(quarantineHost));
}

void TestFleetState::withoutAStateFileTheFleetPlaysItsFileAgain()
{
    stop();
    const QString error = start(false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(status(moveHost).report.identity.server, QStringLiteral("osm-hq"));
    QVERIFY(!status(serviceHost).report.status.services.at(1).running);
}

void TestFleetState::aBrokenStateFileStopsTheStart()
{
    stop();
    QFile state(m_dir.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write("{\"version\": 1, \"agents\": {\"" + address(moveHost).toLatin1()
                + "\": {\"server\": \"\"}}}");
    state.close();
    const QString error = start(true);
    QCOMPARE(m_fleet.exitCode(), 1);
    QVERIFY2(error.contains(QStringLiteral("agents.%1: no server").arg(address(moveHost))),
             qPrintable(error));
}

void TestFleetState::cleanupTestCase()
{
    if (m_fleet.state() != QProcess::NotRunning)
        stop();
}

QTEST_GUILESS_MAIN(TestFleetState)
#include "tst_fleetstate.moc"
