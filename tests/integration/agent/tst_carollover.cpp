#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "identity/servercredential.h"
#include "probe/probeengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The CA rollover as agents see it (docs/security.md, "Rolling the CA over"): the real
// osmgmt-agent --fleet over real mutual TLS on loopback. Who may roll an agent over, the two CAs
// it accepts until the rollover is finished, what the probe counts as Managed by this server
// meanwhile, and a fleet restart in the middle (--fleet-state).
namespace {

constexpr int refusingHost = 1, rolledHost = 2, missedFinishHost = 3, unregisteredHost = 4,
              invalidHost = 5;

struct Console
{
    CertificateAuthority authority;
    AgentTls::Credentials client;
};

Console makeConsole(const CertificateAuthority &authority,
                    CertificateUse use = CertificateUse::Client)
{
    const Result<IssuedCertificate> issued
        = authority.issue(QStringLiteral("console of ") + authority.serverName(), use, 3);
    if (!issued)
        qFatal("cannot issue: %s", qPrintable(issued.error()));
    return Console { authority, { issued->certificate, issued->key } };
}

Console makeConsole(const QString &server)
{
    const Result<CertificateAuthority> authority = CertificateAuthority::create(server);
    if (!authority)
        qFatal("cannot create a CA: %s", qPrintable(authority.error()));
    return makeConsole(*authority);
}

} // namespace

class TestCaRollover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRolloverFromAnUnauthenticatedConsoleIsRefused();
    void aRolloverNeedsACertificateOfTheNewCaForTheAgentsKey();
    void aRolloverIsNotSentToAnAgentThatDoesNotProveThisServer();
    void bothCasCommandTheAgentUntilTheRolloverIsFinished();
    void theProbeTrustsTheCurrentAndThePendingCa();
    void theRolloverSurvivesAFleetRestart();
    void aCommandOfTheNewCaFinishesARolloverThatMissedFinish();

private:
    QString address(int host) const { return m_net + QString::number(host); }
    CommandOutcome command(int host, const AgentCommand &command,
                           const std::optional<AgentTls::Credentials> &client);
    CommandOutcome command(int host, const AgentCommand &command, const Console &console)
    {
        return this->command(host, command, std::optional(console.client));
    }
    // The status the probe gives the agent when the console trusts `authorities`.
    SecurityStatus probed(int host, const QList<QSslCertificate> &authorities);
    QString startFleet(FleetProcess &fleet);

    QTemporaryDir m_dir;
    std::unique_ptr<FleetProcess> m_fleet;
    QJsonObject m_fleetFile;
    QString m_net;
    quint16 m_agentPort = 0;
    std::optional<Console> m_old, m_new, m_other;
};

CommandOutcome TestCaRollover::command(int host, const AgentCommand &command,
                                       const std::optional<AgentTls::Credentials> &client)
{
    AgentCommandClient sender(client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(address(host)), m_agentPort, command);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome in 10 s") };
    return finished.first().first().value<CommandOutcome>();
}

SecurityStatus TestCaRollover::probed(int host, const QList<QSslCertificate> &authorities)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(address(host)).value() };
    scope.ports = PortList::fromNumbers({ m_agentPort }).value();
    scope.unreachableCheck.enabled = false;
    scope.timeoutMs = 3000;
    ProbeSettings settings;
    settings.thisServerName = QStringLiteral("osm-hq");
    settings.thisServerCas = authorities;
    ProbeEngine engine;
    QVector<Endpoint> found;
    connect(&engine, &ProbeEngine::endpointsClassified, this,
            [&found](const QVector<Endpoint> &batch) { found += batch; });
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    if (!engine.start(QueryScope::from(scope).value(), settings).isEmpty() || !finished.wait(20000)
        || found.size() != 1)
        return SecurityStatus::Unreachable;
    return found.first().status;
}

QString TestCaRollover::startFleet(FleetProcess &fleet)
{
    return fleet.start(
        m_fleetFile,
        { QStringLiteral("--fleet-state"), m_dir.filePath(QStringLiteral("state.json")) });
}

void TestCaRollover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = makeConsole(QStringLiteral("osm-hq"));
    m_new = makeConsole(QStringLiteral("osm-hq")); // the same server's next CA
    m_other = makeConsole(QStringLiteral("osm-other"));
    m_net = FleetProcess::randomLoopbackNetwork();
    m_agentPort = FleetProcess::randomPort();
    QFile ca(m_dir.filePath(QStringLiteral("hq.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_old->authority.certificatePem());
    ca.close();
    QJsonArray endpoints;
    for (int host : { refusingHost, rolledHost, missedFinishHost, unregisteredHost, invalidHost })
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), address(host) },
            { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), m_agentPort },
                            { QStringLiteral("server"), QStringLiteral("osm-hq") },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") },
                            { QStringLiteral("domain"), QStringLiteral("Finance") } } } });
    m_fleetFile = QJsonObject {
        { QStringLiteral("servers"),
          QJsonObject { { QStringLiteral("osm-hq"),
                          QJsonObject { { QStringLiteral("ca"), ca.fileName() } } } } },
        { QStringLiteral("endpoints"), endpoints },
    };
    m_fleet = std::make_unique<FleetProcess>();
    const QString error = startFleet(*m_fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Registered with the old CA, as every agent of a server is before its CA is rolled over.
    for (int host : { refusingHost, rolledHost, missedFinishHost, invalidHost }) {
        const CommandOutcome registered
            = command(host, AgentCommand::registration(m_old->authority), *m_old);
        QVERIFY2(registered.kind == CommandOutcome::Kind::Done, qPrintable(registered.detail));
    }
}

void TestCaRollover::aRolloverFromAnUnauthenticatedConsoleIsRefused()
{
    const QList<QSslCertificate> trusted { m_old->authority.certificate(),
                                           m_new->authority.certificate() };
    const AgentCommand rollover = AgentCommand::rollover(m_new->authority, trusted);
    CommandOutcome outcome = command(refusingHost, rollover, std::nullopt);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    QCOMPARE(outcome.detail, QStringLiteral("command refused: no client certificate"));
    // Another server's console, even one holding the new CA's certificate in the command.
    outcome = command(refusingHost, rollover, *m_other);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    QVERIFY2(outcome.detail.startsWith(
                 QStringLiteral("command refused: certificate not issued by the registered "
                                "server's CA")),
             qPrintable(outcome.detail));
    // The new CA's console before the agent was moved to it: not yet its server.
    outcome = command(refusingHost, rollover, *m_new);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    // A move-only credential of this very server may only move.
    const Console moveOnly = makeConsole(m_old->authority, CertificateUse::Move);
    outcome = command(refusingHost, rollover, moveOnly);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    QVERIFY2(outcome.detail.contains(QStringLiteral("move-only")), qPrintable(outcome.detail));
    // Nothing changed: it presents the old CA's certificate and obeys only the old console.
    QCOMPARE(probed(refusingHost, { m_new->authority.certificate() }),
             SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(probed(refusingHost, { m_old->authority.certificate() }),
             SecurityStatus::ManagedByThisServer);
    QCOMPARE(command(refusingHost, AgentCommand::release(), *m_new).kind,
             CommandOutcome::Kind::Refused);
    QCOMPARE(command(refusingHost, AgentCommand::release(), *m_old).kind,
             CommandOutcome::Kind::Done);
}

void TestCaRollover::aRolloverNeedsACertificateOfTheNewCaForTheAgentsKey()
{
    // A certificate the new CA issued, but for another key than the agent's.
    const Result<IssuedCertificate> foreign
        = m_new->authority.issue(QStringLiteral("someone else"), CertificateUse::Server, 30);
    QVERIFY(foreign);
    AgentCommand rollover = AgentCommand::rollover(m_new->authority, {});
    rollover.issuer.reset(); // sent as it is
    rollover.certificatePem = foreign->certificate.toPem();
    CommandOutcome outcome = command(invalidHost, rollover, *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QVERIFY2(outcome.detail.startsWith(QStringLiteral("rollover: ")), qPrintable(outcome.detail));
    // The new CA's certificate, but another CA's certificate for this key: not issued by it.
    AgentCommand mismatched = AgentCommand::rollover(m_other->authority, {});
    mismatched.caPem = m_new->authority.certificatePem();
    outcome = command(invalidHost, mismatched, *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QVERIFY2(outcome.detail.contains(QStringLiteral("not issued by the expected authority")),
             qPrintable(outcome.detail));
    QCOMPARE(probed(invalidHost, { m_old->authority.certificate() }),
             SecurityStatus::ManagedByThisServer);
}

void TestCaRollover::aRolloverIsNotSentToAnAgentThatDoesNotProveThisServer()
{
    // The console moves agents of this server, never registers a newcomer on the way: the
    // unregistered agent (its self-signed certificate) gets no certificate of the new CA.
    const CommandOutcome outcome = command(
        unregisteredHost,
        AgentCommand::rollover(m_new->authority,
                               { m_old->authority.certificate(), m_new->authority.certificate() }),
        *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::ProtocolError);
    QVERIFY2(outcome.detail.contains(QStringLiteral("does not present an agent certificate of "
                                                    "this server's CA")),
             qPrintable(outcome.detail));
    QCOMPARE(probed(unregisteredHost, { m_new->authority.certificate() }),
             SecurityStatus::ManagedByAnotherServer);
}

void TestCaRollover::bothCasCommandTheAgentUntilTheRolloverIsFinished()
{
    const QList<QSslCertificate> trusted { m_old->authority.certificate(),
                                           m_new->authority.certificate() };
    CommandOutcome outcome
        = command(rolledHost, AgentCommand::rollover(m_new->authority, trusted), *m_old);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail,
             QStringLiteral("now on the new CA, the previous one accepted until the rollover is "
                            "finished"));
    // Again (a migrate resumed): only the certificate is renewed.
    outcome = command(rolledHost, AgentCommand::rollover(m_new->authority, trusted), *m_old);
    QCOMPARE(outcome.detail, QStringLiteral("already on this CA: agent certificate renewed"));
    // Either console commands it meanwhile.
    QCOMPARE(command(rolledHost, AgentCommand::quarantine(), *m_old).kind,
             CommandOutcome::Kind::Done);
    // Only the new CA's console finishes it.
    outcome = command(rolledHost, AgentCommand::finishRollover(), *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    QVERIFY2(outcome.detail.contains(QStringLiteral("only a console of the CA this agent pins")),
             qPrintable(outcome.detail));
    QCOMPARE(command(rolledHost, AgentCommand::release(), *m_old).kind, CommandOutcome::Kind::Done);
    outcome = command(rolledHost, AgentCommand::finishRollover(), *m_new);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QCOMPARE(outcome.detail, QStringLiteral("rollover finished: only the new CA is accepted"));
    // From now on only the new CA.
    outcome = command(rolledHost, AgentCommand::quarantine(), *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    QCOMPARE(command(rolledHost, AgentCommand::quarantine(), *m_new).kind,
             CommandOutcome::Kind::Done);
    QCOMPARE(command(rolledHost, AgentCommand::release(), *m_new).kind, CommandOutcome::Kind::Done);
}

void TestCaRollover::theProbeTrustsTheCurrentAndThePendingCa()
{
    // rolledHost presents the new CA's certificate, refusingHost the old one's: with both CAs
    // trusted (a rollover going on), both are Managed by this server.
    const QList<QSslCertificate> both { m_old->authority.certificate(),
                                        m_new->authority.certificate() };
    QCOMPARE(probed(rolledHost, both), SecurityStatus::ManagedByThisServer);
    QCOMPARE(probed(refusingHost, both), SecurityStatus::ManagedByThisServer);
    // The order does not matter; a CA list of neither proves nothing.
    QCOMPARE(probed(rolledHost, { m_new->authority.certificate(), m_old->authority.certificate() }),
             SecurityStatus::ManagedByThisServer);
    QCOMPARE(probed(rolledHost, { m_old->authority.certificate() }),
             SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(probed(refusingHost, { m_new->authority.certificate() }),
             SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(probed(rolledHost, { m_other->authority.certificate() }),
             SecurityStatus::ManagedByAnotherServer);
    QCOMPARE(probed(rolledHost, {}), SecurityStatus::ManagedByAnotherServer);
}

void TestCaRollover::theRolloverSurvivesAFleetRestart()
{
    const QList<QSslCertificate> trusted { m_old->authority.certificate(),
                                           m_new->authority.certificate() };
    const CommandOutcome outcome
        = command(missedFinishHost, AgentCommand::rollover(m_new->authority, trusted), *m_old);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    QFile state(m_dir.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(state.readAll())
                                  .object()
                                  .value(QStringLiteral("agents"))
                                  .toObject()
                                  .value(address(missedFinishHost))
                                  .toObject();
    QCOMPARE(QSslCertificate(saved.value(QStringLiteral("ca")).toString().toLatin1()),
             m_new->authority.certificate());
    QCOMPARE(QSslCertificate(saved.value(QStringLiteral("previousCa")).toString().toLatin1()),
             m_old->authority.certificate());
    m_fleet.reset(); // stopped
    m_fleet = std::make_unique<FleetProcess>();
    const QString error = startFleet(*m_fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Still in the middle of the rollover: on the new CA, the old console still obeyed.
    QCOMPARE(probed(missedFinishHost, { m_new->authority.certificate() }),
             SecurityStatus::ManagedByThisServer);
    QCOMPARE(command(missedFinishHost, AgentCommand::release(), *m_old).kind,
             CommandOutcome::Kind::Done);
    // The finished agent stays finished.
    QCOMPARE(command(rolledHost, AgentCommand::release(), *m_old).kind,
             CommandOutcome::Kind::Refused);
}

void TestCaRollover::aCommandOfTheNewCaFinishesARolloverThatMissedFinish()
{
    // missedFinishHost was offline when the rollover was finished: the console now commands
    // with the new CA only, and its first command ends the old CA's acceptance there too.
    QCOMPARE(command(missedFinishHost, AgentCommand::release(), *m_new).kind,
             CommandOutcome::Kind::Done);
    const CommandOutcome outcome = command(missedFinishHost, AgentCommand::release(), *m_old);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
}

QTEST_MAIN(TestCaRollover)
#include "tst_carollover.moc"
