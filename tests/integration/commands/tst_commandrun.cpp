#include "commands/commandrun.h"
#include "fleetprocess.h"
#include "identity/certificateauthority.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// CommandRun against `osmgmt-agent --fleet` over real mutual TLS: each computer's outcome, the
// audit entry, the Client Mover with another server's credential, and cancelling.
class TestCommandRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarantineReportsEachComputerAndIsAudited();
    void moveWithAnotherServersCredentialRepinsTheAgent();
    void cancelSkipsWhatWasNotSent();
    void aMissingCredentialSkipsTheComputer();
    void nothingIsSentWhenTheIntentCannotBeRecorded();

private:
    struct Ran
    {
        QVector<TargetOutcome> outcomes;
        QString auditError;
        int progressSignals = 0;
    };
    Ran run(const AgentCommand &command, const QVector<CommandTarget> &targets,
            const CertificateAuthority &as, int parallel = 8);
    CommandTarget target(int host, const QString &server) const;
    QVector<AuditEntry> audited() const;
    QString writeCa(const QString &name, const CertificateAuthority &authority);

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    std::optional<CertificateAuthority> m_hq;
    std::optional<CertificateAuthority> m_branch;
    FleetProcess m_fleet;
};

namespace {
enum Host { HqA = 10, HqB = 11, Branch = 12, Silent = 13, Moved = 14 };
}

QString TestCommandRun::writeCa(const QString &name, const CertificateAuthority &authority)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(authority.certificatePem()) <= 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

CommandTarget TestCommandRun::target(int host, const QString &server) const
{
    return { m_network + QString::number(host), m_agentPort, QStringLiteral("ws%1").arg(host),
             server };
}

void TestCommandRun::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_hq = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
    m_branch = CertificateAuthority::create(QStringLiteral("osm-branch")).value();
    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    auto agent = [this](int host, const QString &server) {
        return QJsonObject {
            { QStringLiteral("address"), QString(m_network + QString::number(host)) },
            { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                            { QStringLiteral("server"), server },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") },
                            { QStringLiteral("domain"), QStringLiteral("Finance") } } }
        };
    };
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject {
              { QStringLiteral("osm-hq"),
                QJsonObject {
                    { QStringLiteral("ca"), writeCa(QStringLiteral("hq.pem"), *m_hq) } } },
              { QStringLiteral("osm-branch"),
                QJsonObject { { QStringLiteral("ca"),
                                writeCa(QStringLiteral("branch.pem"), *m_branch) } } } } },
        { QStringLiteral("endpoints"),
          QJsonArray { agent(HqA, QStringLiteral("osm-hq")), agent(HqB, QStringLiteral("osm-hq")),
                       agent(Branch, QStringLiteral("osm-branch")),
                       agent(Moved, QStringLiteral("osm-branch")) } },
    };
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TestCommandRun::Ran TestCommandRun::run(const AgentCommand &command,
                                        const QVector<CommandTarget> &targets,
                                        const CertificateAuthority &as, int parallel)
{
    const Result<IssuedCertificate> issued
        = as.issue(QStringLiteral("test console"), CertificateUse::Client, 1);
    const AgentTls::Credentials credentials { issued->certificate, issued->key };
    const QString databaseFile = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    CommandRun commands(
        command, targets,
        [credentials](const CommandTarget &) { return Result<AgentTls::Credentials>(credentials); },
        [databaseFile](const AuditEntry &entry) -> Result<qint64> {
            const Result<std::shared_ptr<Database>> database = Database::openSqlite(databaseFile);
            if (!database)
                return Result<qint64>::failure(database.error());
            return AuditLog(database.value()).append(entry);
        },
        CommandRun::Options { parallel, 3000 });
    Ran ran;
    connect(&commands, &CommandRun::targetFinished, this, [&ran] { ++ran.progressSignals; });
    QSignalSpy finished(&commands, &CommandRun::finished);
    commands.start();
    if (!finished.wait(30000))
        qFatal("the command run did not finish");
    ran.outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    ran.auditError = finished.at(0).at(1).toString();
    return ran;
}

QVector<AuditEntry> TestCommandRun::audited() const
{
    const Result<std::shared_ptr<Database>> database
        = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    return AuditLog(database.value()).search(AuditFilter {}).value();
}

void TestCommandRun::quarantineReportsEachComputerAndIsAudited()
{
    const QVector<CommandTarget> targets { target(HqA, QStringLiteral("osm-hq")),
                                           target(HqB, QStringLiteral("osm-hq")),
                                           target(Silent, QStringLiteral("osm-hq")),
                                           target(Branch, QStringLiteral("osm-branch")) };
    const int before = int(audited().size());
    const Ran ran = run(AgentCommand::quarantine(), targets, *m_hq);
    QCOMPARE(ran.progressSignals, 4);
    QCOMPARE(ran.outcomes.size(), 4);
    QCOMPARE(ran.outcomes[0].kind, TargetOutcome::Kind::Done);
    QCOMPARE(ran.outcomes[1].kind, TargetOutcome::Kind::Done);
    QCOMPARE(ran.outcomes[2].kind, TargetOutcome::Kind::Unreachable);
    QCOMPARE(ran.outcomes[3].kind, TargetOutcome::Kind::Refused);
    QVERIFY2(ran.outcomes[3].detail.contains(QLatin1String("certificate")),
             qPrintable(ran.outcomes[3].detail));
    QVERIFY(ran.auditError.isEmpty());

    const QVector<AuditEntry> entries = audited();
    QCOMPARE(entries.size(), before + 1);
    const AuditEntry &entry = entries.first();
    QCOMPARE(entry.action, QStringLiteral("quarantine"));
    QCOMPARE(entry.osUser, AuditLog::currentOsUser());
    QCOMPARE(entry.targets.size(), 4);
    QCOMPARE(entry.targets[0].computer, targets[0].address);
    QCOMPARE(entry.targets[0].outcome, QStringLiteral("done"));
    QCOMPARE(entry.targets[2].outcome, QStringLiteral("unreachable"));
    QCOMPARE(entry.targets[3].outcome, QStringLiteral("refused"));
    // The outcome completes the intent written before anything was sent.
    QCOMPARE(entry.phase, QLatin1String(AuditPhase::outcome));
    QVERIFY(entry.intentId > 0 && entry.intentId < entry.id);
    {
        const auto database
            = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
        const Result<AuditVerification> verified = AuditLog(database.value()).verify();
        QVERIFY(verified.ok());
        QVERIFY(verified->intact());
        QVERIFY(verified->openIntents.isEmpty());
    }

    // Release brings both back; the audit log keeps both commands.
    const Ran released = run(AgentCommand::release(), targets.mid(0, 2), *m_hq);
    QCOMPARE(released.outcomes[0].kind, TargetOutcome::Kind::Done);
    QCOMPARE(released.outcomes[1].kind, TargetOutcome::Kind::Done);
    QCOMPARE(audited().size(), before + 2);
}

void TestCommandRun::moveWithAnotherServersCredentialRepinsTheAgent()
{
    const QVector<CommandTarget> moved { target(Moved, QStringLiteral("osm-branch")) };
    // This server's own certificate cannot move another server's client...
    QCOMPARE(run(AgentCommand::move(QStringLiteral("osm-hq"), m_hq->certificatePem()), moved, *m_hq)
                 .outcomes[0]
                 .kind,
             TargetOutcome::Kind::Refused);
    // ...the other server's credential can.
    const Ran ran = run(AgentCommand::move(QStringLiteral("osm-hq"), m_hq->certificatePem()), moved,
                        *m_branch);
    QCOMPARE(ran.outcomes[0].kind, TargetOutcome::Kind::Done);
    QVERIFY(audited().first().detail.contains(QLatin1String("osm-hq")));

    // Now it answers to this server only.
    QCOMPARE(run(AgentCommand::quarantine(), moved, *m_branch).outcomes[0].kind,
             TargetOutcome::Kind::Refused);
    QCOMPARE(run(AgentCommand::quarantine(), moved, *m_hq).outcomes[0].kind,
             TargetOutcome::Kind::Done);
    QCOMPARE(run(AgentCommand::release(), moved, *m_hq).outcomes[0].kind,
             TargetOutcome::Kind::Done);
}

void TestCommandRun::cancelSkipsWhatWasNotSent()
{
    const Result<IssuedCertificate> issued
        = m_hq->issue(QStringLiteral("test console"), CertificateUse::Client, 1);
    const AgentTls::Credentials credentials { issued->certificate, issued->key };
    QVector<CommandTarget> targets;
    for (int i = 0; i < 6; ++i)
        targets << target(i % 2 ? HqA : HqB, QStringLiteral("osm-hq"));
    QVector<AuditEntry> entries;
    CommandRun commands(
        AgentCommand::startService(QStringLiteral("ntrtscan")), targets,
        [credentials](const CommandTarget &) { return Result<AgentTls::Credentials>(credentials); },
        [&entries](const AuditEntry &entry) -> Result<qint64> {
            entries.append(entry); // the worker thread; read after finished()
            return qint64(entries.size());
        },
        CommandRun::Options { 1, 3000 });
    connect(&commands, &CommandRun::targetFinished, &commands, &CommandRun::cancel);
    QSignalSpy finished(&commands, &CommandRun::finished);
    commands.start();
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.first().kind, TargetOutcome::Kind::Done);
    QCOMPARE(outcomes.last().kind, TargetOutcome::Kind::Skipped);
    QVERIFY(outcomes.last().detail.contains(QLatin1String("cancelled")));
    // The intent before anything was sent (every computer pending), then the outcome.
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().phase, QLatin1String(AuditPhase::intent));
    QCOMPARE(entries.first().targets.size(), 6);
    QCOMPARE(entries.first().targets.first().outcome, QStringLiteral("pending"));
    QVERIFY(!entries.first().detail.contains(QLatin1String("cancelled")));
    const AuditEntry &outcome = entries.last();
    QCOMPARE(outcome.phase, QLatin1String(AuditPhase::outcome));
    QCOMPARE(outcome.intentId, qint64(1));
    QCOMPARE(outcome.action, QStringLiteral("start-service"));
    QVERIFY(outcome.detail.contains(QLatin1String("ntrtscan")));
    QVERIFY(outcome.detail.contains(QLatin1String("cancelled")));
    QCOMPARE(outcome.targets.size(), 6);
    QCOMPARE(outcome.targets.last().outcome, QStringLiteral("skipped"));
}

void TestCommandRun::aMissingCredentialSkipsTheComputer()
{
    QVector<AuditEntry> entries;
    CommandRun commands(
        AgentCommand::move(QStringLiteral("osm-hq"), m_hq->certificatePem()),
        { target(Branch, QStringLiteral("osm-elsewhere")) },
        [](const CommandTarget &target) {
            return Result<AgentTls::Credentials>::failure(
                QStringLiteral("No credential of server \"%1\" was imported.").arg(target.server));
        },
        [&entries](const AuditEntry &entry) -> Result<qint64> {
            entries.append(entry);
            return qint64(1);
        },
        CommandRun::Options {});
    QSignalSpy finished(&commands, &CommandRun::finished);
    commands.start();
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.first().kind, TargetOutcome::Kind::Skipped);
    QVERIFY(outcomes.first().detail.contains(QLatin1String("osm-elsewhere")));
    QCOMPARE(entries.last().targets.first().outcome, QStringLiteral("skipped"));
}

void TestCommandRun::nothingIsSentWhenTheIntentCannotBeRecorded()
{
    const Result<IssuedCertificate> issued
        = m_hq->issue(QStringLiteral("test console"), CertificateUse::Client, 1);
    const AgentTls::Credentials credentials { issued->certificate, issued->key };
    int auditCalls = 0;
    int credentialCalls = 0;
    CommandRun commands(
        AgentCommand::quarantine(),
        { target(HqA, QStringLiteral("osm-hq")), target(HqB, QStringLiteral("osm-hq")) },
        [&credentialCalls, credentials](const CommandTarget &) {
            ++credentialCalls; // asked only right before a computer is contacted
            return Result<AgentTls::Credentials>(credentials);
        },
        [&auditCalls](const AuditEntry &) -> Result<qint64> {
            ++auditCalls;
            return Result<qint64>::failure(QStringLiteral("the disk is full"));
        },
        CommandRun::Options {});
    QSignalSpy progress(&commands, &CommandRun::targetFinished);
    QSignalSpy finished(&commands, &CommandRun::finished);
    commands.start();
    QVERIFY(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<QVector<TargetOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    for (const TargetOutcome &outcome : outcomes) {
        QCOMPARE(outcome.kind, TargetOutcome::Kind::Skipped);
        QVERIFY2(outcome.detail.contains(QLatin1String("audit log")), qPrintable(outcome.detail));
    }
    QCOMPARE(progress.size(), 2);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("the disk is full"));
    QCOMPARE(auditCalls, 1); // the intent only: no outcome of a command that was never sent
    QCOMPARE(credentialCalls, 0);
}

QTEST_GUILESS_MAIN(TestCommandRun)
#include "tst_commandrun.moc"
