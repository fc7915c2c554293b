#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "probe/probeengine.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

// The real agent (`osmgmt-agent --config`) through a CA rollover (docs/security.md, "Rolling the
// CA over"): it keeps the new CA and certificate in its state directory, in one atomic write, so
// that a write cut short leaves the old registration working. The cut is real: the agent runs
// under a file-size limit (RLIMIT_FSIZE) that its old registration fits in and the new one does
// not, so the kernel stops it with SIGXFSZ in the middle of writing.
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

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRealAgentRollover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anInterruptedStateWriteLeavesTheOldCaWorking();
    void aRolloverSurvivesARestartUntilItIsFinished();
    void cleanupTestCase();

private:
    // Starts the agent; with `fileSizeLimit` (bytes) it runs under RLIMIT_FSIZE.
    QString start(qint64 fileSizeLimit = 0);
    void stop();
    CommandOutcome command(const AgentCommand &command, const Console &console);
    // Whether the console of `console` gets the full health report (its server's certificate).
    bool fullStatusFor(const Console &console);
    SecurityStatus probed(const QList<QSslCertificate> &authorities);
    QString registrationFile() const
    {
        return m_dir.filePath(QStringLiteral("state/registration.json"));
    }

    QTemporaryDir m_dir;
    QProcess m_agent;
    QString m_address;
    quint16 m_port = 0;
    int m_starts = 0;
    std::optional<Console> m_old, m_new;
};

QString TestRealAgentRollover::start(qint64 fileSizeLimit)
{
    const QString ready = m_dir.filePath(QStringLiteral("ready"));
    QFile::remove(ready);
    m_agent.setChildProcessModifier([fileSizeLimit] {
        if (fileSizeLimit <= 0)
            return;
        const rlimit size { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
        const rlimit noCore { 0, 0 };
        ::setrlimit(RLIMIT_FSIZE, &size);
        ::setrlimit(RLIMIT_CORE, &noCore);
    });
    // A log folder of its own per start: the limit is about the state, not an old log file.
    m_agent.start(TestEnvironment::agentProgram(),
                  { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("agent.json")),
                    QStringLiteral("--ready-file"), ready, QStringLiteral("--log-dir"),
                    m_dir.filePath(QStringLiteral("log%1").arg(++m_starts)) });
    return TestEnvironment::waitForReadyFile(m_agent, ready, QStringLiteral("agent"));
}

void TestRealAgentRollover::stop()
{
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(5000));
    QCOMPARE(m_agent.exitCode(), 0);
}

CommandOutcome TestRealAgentRollover::command(const AgentCommand &command, const Console &console)
{
    AgentCommandClient sender(console.client, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(m_address), m_port, command);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome in 10 s") };
    return finished.first().first().value<CommandOutcome>();
}

bool TestRealAgentRollover::fullStatusFor(const Console &console)
{
    AgentStatusReader reader(console.client, 5000);
    QSignalSpy finished(&reader, &AgentStatusReader::finished);
    reader.start(QHostAddress(m_address), m_port);
    return finished.wait(10000)
        && finished.first().first().value<StatusOutcome>().kind == CommandOutcome::Kind::Done;
}

SecurityStatus TestRealAgentRollover::probed(const QList<QSslCertificate> &authorities)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(m_address).value() };
    scope.ports = PortList::fromNumbers({ m_port }).value();
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

void TestRealAgentRollover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = makeConsole(QStringLiteral("osm-hq"));
    m_new = makeConsole(QStringLiteral("osm-hq"));
    QFile ca(m_dir.filePath(QStringLiteral("hq-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_old->authority.certificatePem());
    ca.close();
    m_address = FleetProcess::randomLoopbackNetwork() + QStringLiteral("7");
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
    const QString error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CommandOutcome registered = command(AgentCommand::registration(m_old->authority), *m_old);
    QVERIFY2(registered.kind == CommandOutcome::Kind::Done, qPrintable(registered.detail));
    QCOMPARE(probed({ m_old->authority.certificate() }), SecurityStatus::ManagedByThisServer);
    stop();
}

void TestRealAgentRollover::anInterruptedStateWriteLeavesTheOldCaWorking()
{
    const QByteArray before = contentOf(registrationFile());
    QVERIFY(!before.isEmpty());
    // The new registration holds one CA certificate more than the old one: it does not fit.
    const QString error = start(before.size() + 200);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QSslCertificate> both { m_old->authority.certificate(),
                                        m_new->authority.certificate() };
    const CommandOutcome cut = command(AgentCommand::rollover(m_new->authority, both), *m_old);
    QVERIFY2(cut.kind != CommandOutcome::Kind::Done, qPrintable(cut.detail));
    // Its death may already have been seen while the reply was awaited (waitForFinished() is
    // false for a process that has finished).
    QVERIFY2(m_agent.state() == QProcess::NotRunning || m_agent.waitForFinished(5000),
             qPrintable(cut.detail));
    QCOMPARE(m_agent.exitStatus(), QProcess::CrashExit); // SIGXFSZ, in the middle of the write
    QCOMPARE(contentOf(registrationFile()), before);

    // Started again (no limit): the old registration works as before the cut.
    const QString restarted = start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QCOMPARE(probed({ m_old->authority.certificate() }), SecurityStatus::ManagedByThisServer);
    QCOMPARE(probed({ m_new->authority.certificate() }), SecurityStatus::ManagedByAnotherServer);
    QVERIFY(fullStatusFor(*m_old));
    QVERIFY(!fullStatusFor(*m_new));
    QCOMPARE(command(AgentCommand::finishRollover(), *m_new).kind, CommandOutcome::Kind::Refused);
}

void TestRealAgentRollover::aRolloverSurvivesARestartUntilItIsFinished()
{
    const QList<QSslCertificate> both { m_old->authority.certificate(),
                                        m_new->authority.certificate() };
    CommandOutcome outcome = command(AgentCommand::rollover(m_new->authority, both), *m_old);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    stop();
    QString error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // On the new CA, with the old one's consoles still obeyed.
    QCOMPARE(probed({ m_new->authority.certificate() }), SecurityStatus::ManagedByThisServer);
    QVERIFY(fullStatusFor(*m_old));
    QVERIFY(fullStatusFor(*m_new));
    outcome = command(AgentCommand::finishRollover(), *m_new);
    QVERIFY2(outcome.kind == CommandOutcome::Kind::Done, qPrintable(outcome.detail));
    stop();
    error = start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!fullStatusFor(*m_old));
    QVERIFY(fullStatusFor(*m_new));
    QCOMPARE(command(AgentCommand::finishRollover(), *m_old).kind, CommandOutcome::Kind::Refused);
    // The copies for the administrator follow the registration.
    QCOMPARE(QSslCertificate(contentOf(m_dir.filePath(QStringLiteral("state/ca.pem")))),
             m_new->authority.certificate());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("state/previous-ca.pem"))));
}

void TestRealAgentRollover::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning)
        stop();
}

QTEST_MAIN(TestRealAgentRollover)
#include "tst_realagentrollover.moc"
