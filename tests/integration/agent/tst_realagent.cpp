#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

// `osmgmt-agent --config` on this host, on a loopback address: what it reports, what it keeps
// in its state directory, and that a move survives a restart.
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
    void quarantineIsNotAvailableYet();
    void aMoveSurvivesARestart();
    void aBadConfigurationIsRefused();
    void cleanupTestCase();

private:
    QString start();
    void stop();
    StatusOutcome status();
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
    m_agent.start(TestEnvironment::agentProgram(),
                  { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("agent.json")),
                    QStringLiteral("--ready-file"), ready, QStringLiteral("--log-dir"),
                    m_dir.filePath(QStringLiteral("log")) });
    const QDeadlineTimer deadline(10000);
    while (!QFile::exists(ready)) {
        if (m_agent.waitForFinished(20) || deadline.hasExpired())
            return QStringLiteral("agent not ready: ")
                + QString::fromLocal8Bit(m_agent.readAllStandardError());
    }
    return {};
}

void TestRealAgent::stop()
{
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(5000));
    QCOMPARE(m_agent.exitCode(), 0);
}

StatusOutcome TestRealAgent::status()
{
    AgentStatusReader reader(5000);
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
    };
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
    for (const QString &address : report.addresses)
        QVERIFY2(!QHostAddress(address).isLoopback(), qPrintable(address));
    QCOMPARE(report.services.size(), 1);
    QCOMPARE(report.services.first().name, QStringLiteral("osmgmt-agent"));
    QVERIFY(report.services.first().running);
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
    // Certificates only: no private key is ever written there.
    for (const QString &name : state.entryList(QDir::Files)) {
        QFile file(state.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("PRIVATE KEY"), qPrintable(name));
    }
}

void TestRealAgent::quarantineIsNotAvailableYet()
{
    const CommandOutcome outcome = command(AgentCommand::quarantine(), *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
    QCOMPARE(outcome.detail,
             QStringLiteral("quarantine, release and start-service are not "
                            "available in the Linux agent yet"));
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
    const StatusOutcome after = status();
    QCOMPARE(after.report.identity.server, QStringLiteral("osm-new"));
    QCOMPARE(after.report.status.installed, installed);
    outcome = command(AgentCommand::release(), *m_hq);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Refused);
    // The new server is obeyed (and told what this agent cannot do).
    outcome = command(AgentCommand::release(), *m_new);
    QCOMPARE(outcome.kind, CommandOutcome::Kind::Failed);
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
}

QTEST_GUILESS_MAIN(TestRealAgent)
#include "tst_realagent.moc"
