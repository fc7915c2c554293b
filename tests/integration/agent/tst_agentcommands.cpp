#include "agentlink/agentcommandclient.h"
#include "agentlink/agentframe.h"
#include "fakeagent.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "identity/servercredential.h"
#include "probe/probeengine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// Commands to the real osmgmt-agent --fleet over real TLS on loopback, with certificates of
// real certificate authorities (core/identity): who may command an agent, Client Mover, and
// quarantine as the probe engine sees it (issue 4, point 8).
namespace {

constexpr int statusHost = 1, quarantineHost = 2, moveHost = 3, unknownCaHost = 4,
              moveAndRegisterHost = 5, fakeHost = 6, moveOnlyHost = 7;

struct Console
{
    CertificateAuthority authority;
    AgentTls::Credentials client;
};

Console makeConsole(const QString &server)
{
    Result<CertificateAuthority> authority = CertificateAuthority::create(server);
    if (!authority)
        qFatal("cannot create a CA: %s", qPrintable(authority.error()));
    const Result<IssuedCertificate> issued
        = authority->issue(QStringLiteral("console of ") + server, CertificateUse::Client, 30);
    if (!issued)
        qFatal("cannot issue: %s", qPrintable(issued.error()));
    return Console { authority.value(), { issued->certificate, issued->key } };
}

CommandOutcome runCommand(const QString &address, quint16 port, const AgentCommand &command,
                          const std::optional<AgentTls::Credentials> &client)
{
    AgentCommandClient sender(client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(address), port, command);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome in 10 s") };
    return finished.first().first().value<CommandOutcome>();
}

StatusOutcome readStatus(const QString &address, quint16 port,
                         const std::optional<AgentTls::Credentials> &console = std::nullopt)
{
    AgentStatusReader reader(console, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(address), port);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, {}, QStringLiteral("no outcome in 10 s") };
    return finished.first().first().value<StatusOutcome>();
}

const char *kindName(CommandOutcome::Kind kind)
{
    static const char *const names[]
        = { "Done", "Refused", "Failed", "Unreachable", "ProtocolError" };
    return names[int(kind)];
}

} // namespace

class TestAgentCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusIsFullOnlyForTheConsolesCertificate();
    void registerNeedsTheConsolesCertificateAndTheAgentsKey();
    void aBareDoneIsNotBelieved();
    void commandWithoutCertificateIsRefused();
    void commandWithAnotherCasCertificateIsRefused();
    void serverCertificateOfTheRightCaIsRefused();
    void startServiceWithTheRightCertificate();
    void startingAnUnknownServiceFails();
    void agentWithoutAKnownCaRefusesEveryCommand();
    void moveThenQueryShowsManagedByThisServer();
    void aMoveFromTheNewConsoleRegistersAtOnce();
    void quarantineThenReleaseRestoresTheGate();
    void aMoveCredentialCannotQuarantineStartServicesOrRegister();
    void anExpiredMoveCredentialCannotMove();
    void aMoveCredentialMoves();
    void unreachableAgentIsReportedSo();
    void theClientWorksInAWorkerThread();

private:
    QString address(int host) const { return m_net + QString::number(host); }
    CommandOutcome command(int host, const AgentCommand &command, const Console *console)
    {
        return runCommand(address(host), m_agentPort, command,
                          console ? std::optional(console->client) : std::nullopt);
    }
    QVector<Endpoint> query(int host, const Console &thisServer);
    StatusOutcome status(int host) { return readStatus(address(host), m_agentPort, m_hq->client); }
    QString writeCa(const QString &name, const QByteArray &pem);

    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    QString m_net;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
    std::optional<Console> m_hq, m_other, m_new;
};

QString TestAgentCommands::writeCa(const QString &name, const QByteArray &pem)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestAgentCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hq = makeConsole(QStringLiteral("osm-hq"));
    m_other = makeConsole(QStringLiteral("osm-other"));
    m_new = makeConsole(QStringLiteral("osm-new"));
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    m_agentPort = quint16(m_gatePort == 59999 ? 20000 : m_gatePort + 1);
    auto endpoint = [this](int host, const QString &server, const QJsonObject &status = {}) {
        QJsonObject agent { { QStringLiteral("port"), m_agentPort },
                            { QStringLiteral("server"), server },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") },
                            { QStringLiteral("domain"), QStringLiteral("Finance") } };
        if (!status.isEmpty())
            agent.insert(QStringLiteral("status"), status);
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("listen"), QJsonArray { m_gatePort } },
                             { QStringLiteral("agent"), agent } };
    };
    const QJsonObject unhealthy {
        { QStringLiteral("services"),
          QJsonObject { { QStringLiteral("ntrtscan"), QStringLiteral("stopped") } } },
        { QStringLiteral("patterns"),
          QJsonObject { { QStringLiteral("Virus Pattern File"), QStringLiteral("0x00083C34") } } },
        { QStringLiteral("firewall"), QStringLiteral("off") },
    };
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject { { QStringLiteral("osm-hq"),
                          QJsonObject { { QStringLiteral("ca"),
                                          writeCa(QStringLiteral("hq.pem"),
                                                  m_hq->authority.certificatePem()) } } } } },
        { QStringLiteral("endpoints"),
          QJsonArray { endpoint(statusHost, QStringLiteral("osm-hq"), unhealthy),
                       endpoint(quarantineHost, QStringLiteral("osm-hq")),
                       endpoint(moveHost, QStringLiteral("osm-hq")),
                       endpoint(unknownCaHost, QStringLiteral("osm-elsewhere")),
                       endpoint(moveAndRegisterHost, QStringLiteral("osm-hq")),
                       endpoint(moveOnlyHost, QStringLiteral("osm-hq")) } },
    };
    // The agents of osm-hq get their agent certificates from its CA once the fleet listens.
    m_fleet.registerAgents(QStringLiteral("osm-hq"), m_hq->authority);
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QVector<Endpoint> TestAgentCommands::query(int host, const Console &thisServer)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(address(host)).value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck.port = m_gatePort;
    scope.timeoutMs = 3000;
    ProbeSettings settings;
    settings.thisServerName = thisServer.authority.serverName();
    settings.thisServerCas = QList<QSslCertificate> { thisServer.authority.certificate() };
    ProbeEngine engine;
    QVector<Endpoint> found;
    connect(&engine, &ProbeEngine::endpointsClassified, this,
            [&found](const QVector<Endpoint> &batch) { found += batch; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    if (!engine.start(QueryScope::from(scope).value(), settings).isEmpty() || !finished.wait(20000))
        return {};
    return found;
}

// Issue 15, point 3: without the console's certificate (or with another server's), an agent
// says who it is and nothing of its health; its own server's console gets the full report.
void TestAgentCommands::statusIsFullOnlyForTheConsolesCertificate()
{
    for (const std::optional<AgentTls::Credentials> &client :
         { std::optional<AgentTls::Credentials>(), std::optional(m_other->client) }) {
        const StatusOutcome reduced = readStatus(address(statusHost), m_agentPort, client);
        QCOMPARE(kindName(reduced.kind), "ProtocolError");
        QVERIFY2(reduced.detail.contains(QStringLiteral("only to a console of its server")),
                 qPrintable(reduced.detail));
        QVERIFY(reduced.report.status.services.isEmpty());
    }
    const StatusOutcome outcome = status(statusHost);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.report.identity.name, QStringLiteral("ws1"));
    QCOMPARE(outcome.report.identity.server, QStringLiteral("osm-hq"));
    const AgentStatus &status = outcome.report.status;
    QVERIFY(status.firewall == FirewallState::Off);
    QVERIFY(!status.quarantined);
    QCOMPARE(status.services.size(), 4);
    for (const ServiceState &service : status.services)
        QCOMPARE(service.running, service.name != QLatin1String("ntrtscan"));
    QCOMPARE(status.patterns.first().name, QStringLiteral("Virus Pattern File"));
    QCOMPARE(status.patterns.first().decoded(), QStringLiteral("5.397.00"));
}

void TestAgentCommands::commandWithoutCertificateIsRefused()
{
    const CommandOutcome outcome
        = command(statusHost, AgentCommand::startService(QStringLiteral("ntrtscan")), nullptr);
    QCOMPARE(kindName(outcome.kind), "Refused");
    QCOMPARE(outcome.detail, QStringLiteral("command refused: no client certificate"));
    // The agent logs every refusal, with the reason.
    QByteArray log;
    QTRY_VERIFY(
        (log += m_fleet.process().readAllStandardError()).contains("start-service from 127.0.0.1"));
    QVERIFY2(log.contains("refused: command refused: no client certificate"), log.constData());
    const StatusOutcome after = status(statusHost);
    QVERIFY(!after.report.status.services.at(1).running); // still stopped
}

void TestAgentCommands::commandWithAnotherCasCertificateIsRefused()
{
    const CommandOutcome outcome = command(statusHost, AgentCommand::quarantine(), &*m_other);
    QCOMPARE(kindName(outcome.kind), "Refused");
    QVERIFY2(outcome.detail.startsWith(QStringLiteral(
                 "command refused: certificate not issued by the registered server's CA")),
             qPrintable(outcome.detail));
    QVERIFY(!status(statusHost).report.status.quarantined);
}

void TestAgentCommands::serverCertificateOfTheRightCaIsRefused()
{
    // Issued by the right CA, but for an agent's TLS server, not for a console.
    const Result<IssuedCertificate> server
        = m_hq->authority.issue(QStringLiteral("some agent"), CertificateUse::Server, 30);
    QVERIFY2(server.ok(), qPrintable(server.error()));
    const CommandOutcome outcome
        = runCommand(address(statusHost), m_agentPort, AgentCommand::quarantine(),
                     AgentTls::Credentials { server->certificate, server->key });
    QCOMPARE(kindName(outcome.kind), "Refused");
    QCOMPARE(outcome.detail,
             QStringLiteral("command refused: certificate not made for a console "
                            "(unsuitable certificate purpose)"));
}

void TestAgentCommands::startServiceWithTheRightCertificate()
{
    CommandOutcome outcome
        = command(statusHost, AgentCommand::startService(QStringLiteral("ntrtscan")), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan started"));
    const StatusOutcome after = status(statusHost);
    for (const ServiceState &service : after.report.status.services)
        QVERIFY2(service.running, qPrintable(service.name));
    outcome = command(statusHost, AgentCommand::startService(QStringLiteral("ntrtscan")), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("ntrtscan was running"));
}

void TestAgentCommands::startingAnUnknownServiceFails()
{
    const CommandOutcome outcome
        = command(statusHost, AgentCommand::startService(QStringLiteral("sshd")), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Failed");
    QCOMPARE(outcome.detail, QStringLiteral("no service named \"sshd\""));
}

void TestAgentCommands::agentWithoutAKnownCaRefusesEveryCommand()
{
    for (const Console *console : { &*m_hq, &*m_other }) {
        const CommandOutcome outcome = command(unknownCaHost, AgentCommand::release(), console);
        QCOMPARE(kindName(outcome.kind), "Refused");
        QCOMPARE(outcome.detail,
                 QStringLiteral(
                     "command refused: this agent knows no CA of its server \"osm-elsewhere\""));
    }
}

void TestAgentCommands::moveThenQueryShowsManagedByThisServer()
{
    QVector<Endpoint> found = query(moveHost, *m_new);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().status, SecurityStatus::ManagedByAnotherServer);

    // Client Mover as an older console sends it: the new server's CA, no agent certificate.
    CommandOutcome outcome = command(
        moveHost, AgentCommand::move(QStringLiteral("osm-new"), m_new->authority.certificatePem()),
        &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("moved from osm-hq to osm-new"));

    // It claims osm-new now, but its certificate is osm-hq's: not proven, not counted.
    found = query(moveHost, *m_new);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().status, SecurityStatus::ManagedByAnotherServer);
    QVERIFY2(found.first().detail.contains(QStringLiteral("claims this server (osm-new), "
                                                          "unverified")),
             qPrintable(found.first().detail));

    // Registering it with the new server's CA proves it.
    outcome = command(moveHost, AgentCommand::registration(m_new->authority), &*m_new);
    QCOMPARE(kindName(outcome.kind), "Done");
    QVERIFY2(outcome.detail.startsWith(QStringLiteral("registered to osm-new")),
             qPrintable(outcome.detail));
    found = query(moveHost, *m_new);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().status, SecurityStatus::ManagedByThisServer);
    QCOMPARE(found.first().server, QStringLiteral("osm-new"));

    // The agent now pins the new CA: the old server is refused, the new one obeyed.
    outcome = command(moveHost, AgentCommand::quarantine(), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Refused");
    QVERIFY2(outcome.detail.contains(QStringLiteral("not issued by the registered server's CA")),
             qPrintable(outcome.detail));
    outcome = command(moveHost, AgentCommand::release(), &*m_new);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("was not quarantined"));
}

// The Client Mover registers the agent as part of the move: Managed by this server at once.
void TestAgentCommands::aMoveFromTheNewConsoleRegistersAtOnce()
{
    QCOMPARE(query(moveAndRegisterHost, *m_hq).value(0).status,
             SecurityStatus::ManagedByThisServer);
    const CommandOutcome outcome
        = command(moveAndRegisterHost,
                  AgentCommand::move(QStringLiteral("osm-new"), m_new->authority), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail,
             QStringLiteral("moved from osm-hq to osm-new, agent certificate kept"));
    QCOMPARE(query(moveAndRegisterHost, *m_new).value(0).status,
             SecurityStatus::ManagedByThisServer);
    // Its old server no longer sees it as its own.
    QCOMPARE(query(moveAndRegisterHost, *m_hq).value(0).status,
             SecurityStatus::ManagedByAnotherServer);
}

// Issue 15, point 4: the Client Mover's credential is a move-only certificate of the old
// server's CA; an agent takes `move` from it and refuses everything else, saying why.
void TestAgentCommands::aMoveCredentialCannotQuarantineStartServicesOrRegister()
{
    const Result<MoveCredential> credential = ServerCredential::issue(m_hq->authority, 3);
    QVERIFY2(credential, qPrintable(credential.error()));
    const AgentTls::Credentials moveOnly { credential->certificate, credential->key };
    const QString refused = QStringLiteral("command refused: the client certificate is a "
                                           "move-only credential, which may only move this agent");
    for (const AgentCommand &forbidden :
         { AgentCommand::quarantine(), AgentCommand::startService(QStringLiteral("ntrtscan")),
           AgentCommand::registration(m_hq->authority), AgentCommand::release() }) {
        const CommandOutcome outcome
            = runCommand(address(moveOnlyHost), m_agentPort, forbidden, moveOnly);
        QCOMPARE(kindName(outcome.kind), "Refused");
        QCOMPARE(outcome.detail, refused);
    }
    QVERIFY(!status(moveOnlyHost).report.status.quarantined);
    QCOMPARE(query(moveOnlyHost, *m_hq).value(0).status, SecurityStatus::ManagedByThisServer);
}

void TestAgentCommands::anExpiredMoveCredentialCannotMove()
{
    // Expired a day ago (what a credential the exporter gave three days is on the fourth).
    const Result<IssuedCertificate> expired = m_hq->authority.issue(
        QStringLiteral("osmgmt move credential of osm-hq"), CertificateUse::Move, -1);
    QVERIFY2(expired, qPrintable(expired.error()));
    QVERIFY(isMoveOnly(expired->certificate));
    const CommandOutcome outcome
        = runCommand(address(moveOnlyHost), m_agentPort,
                     AgentCommand::move(QStringLiteral("osm-new"), m_new->authority),
                     AgentTls::Credentials { expired->certificate, expired->key });
    QCOMPARE(kindName(outcome.kind), "Refused");
    QVERIFY2(
        outcome.detail.startsWith(QStringLiteral("command refused: certificate not valid now")),
        qPrintable(outcome.detail));
    QCOMPARE(query(moveOnlyHost, *m_hq).value(0).status, SecurityStatus::ManagedByThisServer);
}

void TestAgentCommands::aMoveCredentialMoves()
{
    const Result<MoveCredential> credential = ServerCredential::issue(m_hq->authority, 1);
    QVERIFY2(credential, qPrintable(credential.error()));
    const CommandOutcome outcome
        = runCommand(address(moveOnlyHost), m_agentPort,
                     AgentCommand::move(QStringLiteral("osm-new"), m_new->authority),
                     AgentTls::Credentials { credential->certificate, credential->key });
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail,
             QStringLiteral("moved from osm-hq to osm-new, agent certificate kept"));
    QCOMPARE(query(moveOnlyHost, *m_new).value(0).status, SecurityStatus::ManagedByThisServer);
}

// Registration is a command like the others (mutual TLS with the server's console
// certificate), and the certificate it carries must be for the agent's own key.
void TestAgentCommands::registerNeedsTheConsolesCertificateAndTheAgentsKey()
{
    CommandOutcome outcome
        = command(statusHost, AgentCommand::registration(m_other->authority), nullptr);
    QCOMPARE(kindName(outcome.kind), "Refused");
    outcome = command(statusHost, AgentCommand::registration(m_other->authority), &*m_other);
    QCOMPARE(kindName(outcome.kind), "Refused");
    // A certificate of the right CA, but for another key (one the sender holds): refused.
    const Result<AgentTls::Credentials> stranger = AgentTls::makeSelfSigned(QStringLiteral("x"));
    AgentCommand foreignKey;
    foreignKey.kind = AgentCommand::Kind::Register;
    foreignKey.certificatePem
        = m_hq->authority.issueAgentCertificate(stranger->certificate, address(statusHost), {}, 30)
              ->toPem();
    outcome = command(statusHost, foreignKey, &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Failed");
    QCOMPARE(outcome.detail,
             QStringLiteral("register: the certificate is not for this agent's key"));
    QCOMPARE(query(statusHost, *m_hq).value(0).status, SecurityStatus::ManagedByThisServer);
}

// Issue 15: a fake agent that answers a bare `done` to a quarantine was recorded as quarantined.
void TestAgentCommands::aBareDoneIsNotBelieved()
{
    FakeAgent listener(doneMessage(QStringLiteral("quarantine"), QStringLiteral("quarantined")));
    QVERIFY2(listener.listen(QHostAddress(address(fakeHost)), m_agentPort),
             qPrintable(listener.errorString()));
    const CommandOutcome outcome = command(fakeHost, AgentCommand::quarantine(), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "ProtocolError");
    QVERIFY2(outcome.detail.contains(QStringLiteral("no request id")), qPrintable(outcome.detail));
}

void TestAgentCommands::quarantineThenReleaseRestoresTheGate()
{
    QVector<Endpoint> found = query(quarantineHost, *m_hq);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().gate, GateResult::Connected);
    QCOMPARE(found.first().status, SecurityStatus::ManagedByThisServer);

    CommandOutcome outcome = command(quarantineHost, AgentCommand::quarantine(), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("quarantined"));
    found = query(quarantineHost, *m_hq);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().gate, GateResult::Refused);
    QCOMPARE(found.first().status, SecurityStatus::Unreachable);
    // The management channel stays open: status still answers, and says so.
    const StatusOutcome report = status(quarantineHost);
    QCOMPARE(kindName(report.kind), "Done");
    QVERIFY(report.report.status.quarantined);

    outcome = command(quarantineHost, AgentCommand::release(), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Done");
    QCOMPARE(outcome.detail, QStringLiteral("released from quarantine"));
    found = query(quarantineHost, *m_hq);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().gate, GateResult::Connected);
    QCOMPARE(found.first().status, SecurityStatus::ManagedByThisServer);
}

void TestAgentCommands::unreachableAgentIsReportedSo()
{
    // .200 is not in the fleet: nothing listens there, so the connect is refused.
    const CommandOutcome outcome = command(200, AgentCommand::quarantine(), &*m_hq);
    QCOMPARE(kindName(outcome.kind), "Unreachable");
    QVERIFY2(outcome.detail.contains(address(200)), qPrintable(outcome.detail));
}

void TestAgentCommands::theClientWorksInAWorkerThread()
{
    QThread worker;
    worker.start();
    auto *sender = new AgentCommandClient(m_hq->client, 5000);
    sender->moveToThread(&worker);
    std::optional<CommandOutcome> outcome;
    QThread *finishedOn = nullptr;
    connect(sender, &AgentCommandClient::finished, this,
            [&](const CommandOutcome &result) { outcome = result; });
    connect(
        sender, &AgentCommandClient::finished, sender,
        [&] { finishedOn = QThread::currentThread(); }, Qt::DirectConnection);
    QMetaObject::invokeMethod(sender, [this, sender] {
        sender->start(QHostAddress(address(statusHost)), m_agentPort,
                      AgentCommand::startService(QStringLiteral("TmProxy")));
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(kindName(outcome->kind), "Done");
    QCOMPARE(finishedOn, &worker);
    QMetaObject::invokeMethod(sender, &QObject::deleteLater);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestAgentCommands)
#include "tst_agentcommands.moc"
