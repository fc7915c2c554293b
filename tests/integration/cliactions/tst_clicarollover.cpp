#include "agentlink/agentcommandclient.h"
#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `osmgmt-cli ca status` and `ca rollover start|migrate|finish` as an administrator runs them
// (docs/security.md, "Rolling the CA over"): this server's CA in a private, real gnome-keyring
// (tests/support/with-keyring.sh), a fleet of its agents over real TLS on loopback, and one more
// agent in a fleet of its own that is stopped before the migration (an offline computer).
class TestCliCaRollover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutARolloverThereIsNothingToMigrateOrFinish();
    void startMakesANewCaInTheKeychainOnly();
    void migrateMovesEveryReachableAgent();
    void statusSaysWhoIsOnWhichCa();
    void finishIsRefusedWhileAnAgentDependsOnTheOldCa();
    void migrateResumesWithTheAgentsLeft();
    void forceFinishRetiresTheOldCaAndSaysWhoIsLeft();
    void everyStepIsAudited();

private:
    struct Run
    {
        int exitCode = -1;
        QStringList lines;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QString address(int host) const { return m_network + QString::number(host); }
    QString target(int host) const
    {
        return address(host) + QLatin1Char(':') + QString::number(m_agentPort);
    }
    QString offlineTarget() const
    {
        return m_offlineAddress + QLatin1Char(':') + QString::number(m_agentPort);
    }
    // The status of every agent a query over all of them finds, by address.
    QMap<QString, QString> query();
    // The line of `run` for `target`, split at its tabs.
    static QStringList lineOf(const Run &run, const QString &target);
    CommandOutcome command(const QString &address, const AgentCommand &command,
                           const CertificateAuthority &authority);

    QTemporaryDir m_directory;
    QString m_network;
    QString m_offlineAddress;
    quint16 m_agentPort = 0;
    std::optional<CertificateAuthority> m_old;
    FleetProcess m_fleet;
    std::unique_ptr<FleetProcess> m_offline;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
const QList<int> hosts { 10, 11, 12 };
} // namespace

void TestCliCaRollover::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_old = identity->authority();

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    const QString other = FleetProcess::randomLoopbackNetwork();
    m_offlineAddress = other.left(other.lastIndexOf(QLatin1Char('.')) + 1) + QStringLiteral("20");
    m_agentPort = FleetProcess::randomPort();
    auto endpoint = [this](const QString &at) -> QJsonObject {
        return QJsonObject { { QStringLiteral("address"), at },
                             { QStringLiteral("name"),
                               QString(QStringLiteral("ws-") + at.section(QLatin1Char('.'), 3)) },
                             { QStringLiteral("agent"),
                               QJsonObject {
                                   { QStringLiteral("port"), int(m_agentPort) },
                                   { QStringLiteral("server"), thisServer },
                                   { QStringLiteral("version"), QStringLiteral("1.2.0") } } } };
    };
    QJsonArray endpoints;
    for (int host : hosts)
        endpoints.append(endpoint(address(host)));
    // Registered to this server by its CA once the fleets listen, as `osmgmt-cli register` does.
    m_fleet.registerAgents(thisServer, *m_old);
    QString error = m_fleet.start(QJsonObject { { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_offline = std::make_unique<FleetProcess>();
    m_offline->registerAgents(thisServer, *m_old);
    error = m_offline->start(
        QJsonObject { { QStringLiteral("endpoints"), QJsonArray { endpoint(m_offlineAddress) } } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The store's last query knows all four as Managed by this server.
    const QMap<QString, QString> found = query();
    QCOMPARE(found.size(), 4);
    for (const QString &status : found)
        QCOMPARE(status, QStringLiteral("managed-by-this-server"));
}

TestCliCaRollover::Run TestCliCaRollover::runCli(const QStringList &arguments)
{
    QStringList common { QStringLiteral("--db"),
                         m_directory.filePath(QStringLiteral("osmgmt.sqlite")) };
    if (arguments.first() != QLatin1String("query"))
        common << QStringLiteral("--server-name") << thisServer << QStringLiteral("--timeout")
               << QStringLiteral("5000");
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(), arguments + common);
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.closeWriteChannel();
    if (!cli.waitForFinished(90000))
        qFatal("osmgmt-cli did not finish");
    Run run;
    run.exitCode = cli.exitCode();
    run.lines = QString::fromUtf8(cli.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

QMap<QString, QString> TestCliCaRollover::query()
{
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    if (!scopeFile.open(QIODevice::WriteOnly))
        return {};
    QJsonArray ranges { m_offlineAddress };
    for (int host : hosts)
        ranges.append(address(host));
    scopeFile.write(
        QJsonDocument(QJsonObject { { QStringLiteral("ipScopeEnabled"), true },
                                    { QStringLiteral("ipv4Ranges"), ranges },
                                    { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
                                    { QStringLiteral("unreachableCheck"),
                                      QJsonObject { { QStringLiteral("enabled"), false } } },
                                    { QStringLiteral("timeoutMs"), 3000 } })
            .toJson());
    scopeFile.close();
    const Run run = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                             QStringLiteral("--server-name"), thisServer });
    QMap<QString, QString> found;
    const QJsonArray endpoints
        = QJsonDocument::fromJson(run.lines.join(QLatin1Char('\n')).toUtf8()).array();
    for (const QJsonValue &endpoint : endpoints)
        found.insert(endpoint.toObject().value(QStringLiteral("address")).toString(),
                     endpoint.toObject().value(QStringLiteral("status")).toString());
    return found;
}

QStringList TestCliCaRollover::lineOf(const Run &run, const QString &target)
{
    for (const QString &line : run.lines)
        if (line.startsWith(target + QLatin1Char('\t')))
            return line.split(QLatin1Char('\t'));
    return {};
}

CommandOutcome TestCliCaRollover::command(const QString &at, const AgentCommand &command,
                                          const CertificateAuthority &authority)
{
    const Result<IssuedCertificate> issued
        = authority.issue(QStringLiteral("test console"), CertificateUse::Client, 1);
    AgentCommandClient sender(AgentTls::Credentials { issued->certificate, issued->key }, 5000);
    QSignalSpy finished(&sender, &AgentCommandClient::finished);
    sender.start(QHostAddress(at), m_agentPort, command);
    if (!finished.wait(10000))
        return { CommandOutcome::Kind::ProtocolError, QStringLiteral("no outcome") };
    return finished.first().first().value<CommandOutcome>();
}

void TestCliCaRollover::withoutARolloverThereIsNothingToMigrateOrFinish()
{
    const Run status = runCli({ QStringLiteral("ca"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY(status.lines.value(0).startsWith(QStringLiteral("current CA: osm-hq, SHA-256 ")));
    QCOMPARE(status.lines.value(1), QStringLiteral("pending CA: none (no rollover is going on)"));
    const Run migrate
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("migrate") });
    QCOMPARE(migrate.exitCode, 1);
    QVERIFY2(migrate.err.contains(QStringLiteral("no CA rollover is going on")),
             qPrintable(migrate.err));
    const Run finish
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("finish") });
    QCOMPARE(finish.exitCode, 1);
    QVERIFY2(finish.err.contains(QStringLiteral("nothing to finish")), qPrintable(finish.err));
    const Run bad
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("begin") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("not \"rollover begin\"")), qPrintable(bad.err));
    const Run force
        = runCli({ QStringLiteral("ca"), QStringLiteral("status"), QStringLiteral("--force") });
    QCOMPARE(force.exitCode, 2);
    QVERIFY2(force.err.contains(QStringLiteral("--force is only for ca rollover finish")),
             qPrintable(force.err));
}

void TestCliCaRollover::startMakesANewCaInTheKeychainOnly()
{
    const Run start
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("start") });
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QVERIFY(start.lines.value(0).startsWith(QStringLiteral("pending CA: osm-hq, SHA-256 ")));
    // The new key is in the keychain, under its own name; no file holds a private key.
    const Result<std::optional<QByteArray>> key
        = SecretStore().read(QString::fromLatin1(ServerIdentity::pendingPrivateKeyName));
    QVERIFY2(key && key->has_value(), key ? "no pending key" : qPrintable(key.error()));
    QVERIFY(QFile::exists(IdentityFiles::pendingServerCertificate(Settings::dataDirectory())));
    for (const QString &root : { Settings::dataDirectory(), Settings::logDirectory() }) {
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("PRIVATE KEY"), qPrintable(file.fileName()));
        }
    }
    // One rollover at a time.
    const Run again
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("start") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already going on")), qPrintable(again.err));
}

void TestCliCaRollover::migrateMovesEveryReachableAgent()
{
    m_offline.reset(); // the computer is switched off
    const Run migrate
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("migrate") });
    QCOMPARE(migrate.exitCode, 1);
    for (int host : hosts)
        QCOMPARE(lineOf(migrate, target(host)).value(1), QStringLiteral("done"));
    QCOMPARE(lineOf(migrate, offlineTarget()).value(1), QStringLiteral("unreachable"));
    QVERIFY2(migrate.err.contains(QStringLiteral("3 of 4 agent(s) moved to the new CA")),
             qPrintable(migrate.err));
    // The console trusts both CAs meanwhile: the moved agents are still Managed by this server.
    const QMap<QString, QString> found = query();
    for (int host : hosts)
        QCOMPARE(found.value(address(host)), QStringLiteral("managed-by-this-server"));
}

void TestCliCaRollover::statusSaysWhoIsOnWhichCa()
{
    const Run status = runCli({ QStringLiteral("ca"), QStringLiteral("status") });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY(status.lines.value(1).startsWith(QStringLiteral("pending CA: osm-hq, SHA-256 ")));
    QVERIFY(status.lines.contains(QStringLiteral("agents on the old CA: 1")));
    QVERIFY(status.lines.contains(QStringLiteral("agents on the new CA: 3")));
    for (int host : hosts)
        QCOMPARE(lineOf(status, target(host)).value(2), QStringLiteral("new-ca"));
    const QStringList offline = lineOf(status, offlineTarget());
    QCOMPARE(offline.value(2), QStringLiteral("old-ca"));
    QVERIFY2(offline.value(3).startsWith(QStringLiteral("not reachable now")),
             qPrintable(offline.value(3)));
}

void TestCliCaRollover::finishIsRefusedWhileAnAgentDependsOnTheOldCa()
{
    const Run finish
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("finish") });
    QCOMPARE(finish.exitCode, 1);
    QVERIFY2(finish.err.contains(QStringLiteral("1 agent(s) still depend on the old CA")),
             qPrintable(finish.err));
    QCOMPARE(lineOf(finish, offlineTarget()).value(1), QStringLiteral("old-ca"));
    QCOMPARE(finish.lines.size(), 1);
    // Nothing was retired: the pending CA is still pending, the moved agents obey both CAs.
    QVERIFY(QFile::exists(IdentityFiles::pendingServerCertificate(Settings::dataDirectory())));
    QCOMPARE(command(address(10), AgentCommand::release(), *m_old).kind,
             CommandOutcome::Kind::Done);
}

void TestCliCaRollover::migrateResumesWithTheAgentsLeft()
{
    const Run migrate
        = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"), QStringLiteral("migrate") });
    QCOMPARE(migrate.exitCode, 1);
    for (int host : hosts)
        QCOMPARE(lineOf(migrate, target(host)).value(1), QStringLiteral("skipped"));
    QCOMPARE(lineOf(migrate, offlineTarget()).value(1), QStringLiteral("unreachable"));
    QVERIFY2(migrate.err.contains(QStringLiteral("0 of 1 agent(s) moved")),
             qPrintable(migrate.err));
}

void TestCliCaRollover::forceFinishRetiresTheOldCaAndSaysWhoIsLeft()
{
    const QByteArray pendingPem = [] {
        QFile file(IdentityFiles::pendingServerCertificate(Settings::dataDirectory()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run finish = runCli({ QStringLiteral("ca"), QStringLiteral("rollover"),
                                QStringLiteral("finish"), QStringLiteral("--force") });
    QVERIFY2(finish.exitCode == 0, qPrintable(finish.lines.join(QLatin1Char('\n')) + finish.err));
    for (int host : hosts)
        QCOMPARE(lineOf(finish, target(host)).value(1), QStringLiteral("done"));
    QVERIFY2(finish.lines.last().contains(QStringLiteral("forced with 1 agent(s) still on the "
                                                         "retired CA")),
             qPrintable(finish.lines.last()));
    QVERIFY2(finish.err.contains(QStringLiteral("1 agent(s) still pin the retired CA")),
             qPrintable(finish.err));
    // The new CA is the current one, its key under the current name; nothing pending is left.
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    QCOMPARE(identity->authority().certificate(), QSslCertificate(pendingPem));
    QVERIFY(!identity->pending());
    QVERIFY(!QFile::exists(IdentityFiles::pendingServerCertificate(Settings::dataDirectory())));
    const Result<std::optional<QByteArray>> pendingKey
        = SecretStore().read(QString::fromLatin1(ServerIdentity::pendingPrivateKeyName));
    QVERIFY(pendingKey && !pendingKey->has_value());
    // The agents obey only the new CA now.
    QCOMPARE(command(address(11), AgentCommand::release(), *m_old).kind,
             CommandOutcome::Kind::Refused);
    QCOMPARE(command(address(11), AgentCommand::release(), identity->authority()).kind,
             CommandOutcome::Kind::Done);
    const QMap<QString, QString> found = query();
    for (int host : hosts)
        QCOMPARE(found.value(address(host)), QStringLiteral("managed-by-this-server"));
    const Run status = runCli({ QStringLiteral("ca"), QStringLiteral("status") });
    QCOMPARE(status.lines.value(1), QStringLiteral("pending CA: none (no rollover is going on)"));
}

void TestCliCaRollover::everyStepIsAudited()
{
    const Result<std::shared_ptr<Database>> database
        = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
    QVERIFY2(database, qPrintable(database.error()));
    const QVector<AuditEntry> entries = AuditLog(database.value()).search(AuditFilter {}).value();
    QStringList actions;
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry)
        actions << entry->action + QLatin1Char('/') + entry->phase;
    // Oldest first, one row per command (its outcome, which names its intent): start, the
    // refused second start, the first migration, the refused finish, the resumed migration, the
    // forced finish (its finish-rollover command, then the step).
    const QStringList expected {
        QStringLiteral("ca-rollover-start/complete"),
        QStringLiteral("ca-rollover-start/complete"),
        QStringLiteral("rollover/outcome"),
        QStringLiteral("ca-rollover-finish/complete"),
        QStringLiteral("rollover/outcome"),
        QStringLiteral("finish-rollover/outcome"),
        QStringLiteral("ca-rollover-finish/complete"),
    };
    for (const AuditEntry &entry : entries)
        if (entry.phase == QLatin1String(AuditPhase::outcome))
            QVERIFY(entry.intentId > 0);
    QVERIFY2(actions == expected, qPrintable(actions.join(QLatin1Char(' '))));
    const AuditEntry &forced = entries.first();
    QVERIFY2(forced.detail.contains(QStringLiteral("forced with 1 agent(s)")),
             qPrintable(forced.detail));
    QCOMPARE(forced.targets.size(), 1);
    QCOMPARE(forced.targets.first().computer, offlineTarget());
    QVERIFY(AuditLog(database.value()).verify()->intact());
}

QTEST_MAIN(TestCliCaRollover)
#include "tst_clicarollover.moc"
