#include "fleetprocess.h"
#include "identity/servercredential.h"
#include "postgresserver.h"
#include "sampleendpoints.h"
#include "secrets/identityfiles.h"
#include "secrets/importedauthorities.h"
#include "secrets/savedpassword.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "settings/storesettings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/querystore.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The CLI's commands as a script uses them: one line per computer, the exit code, the audit
// log, and the Client Mover with a credential file whose password comes on standard input.
// Runs under tests/support/with-keyring.sh: the CLI finds this server's CA where the console
// keeps it (the keychain, and the app-data folder of the private HOME).
class TestCliActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarantineAndReleasePrintOneLinePerComputer();
    void startServiceNeedsItsName();
    void refusedComputersMakeTheExitCodeOne();
    void registerMakesTheAgentManagedByThisServer();
    void moveWithACredentialFileThenQueryShowsThisServer();
    void moveFromAnImportedServerForgetsItsCredential();
    void badAddressesAreRefusedBeforeAnythingIsSent();
    void noSecretIsInAnyFile();
    void teamPostgresStoreWithItsPasswordOnStdinOrInTheKeychain();
    void aKilledCommandLeavesAnOpenIntent();

private:
    struct Run
    {
        int exitCode = -1;
        QStringList lines;
        QString err;
    };
    Run runCli(const QStringList &arguments, const QByteArray &input = {});
    // The same with these store options instead of --db (none: the console's settings).
    Run runCli(const QStringList &arguments, const QByteArray &input,
               const QStringList &storeOptions);
    QString address(int host) const { return m_network + QString::number(host); }
    QString target(int host) const
    {
        return address(host) + QLatin1Char(':') + QString::number(m_agentPort);
    }
    QVector<AuditEntry> audited() const;
    QString queriedStatus(int host);

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    quint16 m_gatePort = 0;
    std::optional<CertificateAuthority> m_branch;
    FleetProcess m_fleet;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Hq = 10, Hq2 = 11, Branch = 12, Silent = 13, Branch2 = 14 };
} // namespace

void TestCliActions::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    // This server's CA, created where the CLI will look for it.
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_branch = CertificateAuthority::create(QStringLiteral("osm-branch")).value();
    QFile branchCa(m_directory.filePath(QStringLiteral("branch.pem")));
    QVERIFY(branchCa.open(QIODevice::WriteOnly));
    branchCa.write(m_branch->certificatePem());
    branchCa.close();

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    m_gatePort = FleetProcess::randomPort();
    auto endpoint = [this](int host, const QString &server) {
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("listen"), QJsonArray { int(m_gatePort) } },
                             { QStringLiteral("agent"),
                               QJsonObject {
                                   { QStringLiteral("port"), int(m_agentPort) },
                                   { QStringLiteral("server"), server },
                                   { QStringLiteral("version"), QStringLiteral("1.2.0") },
                                   { QStringLiteral("domain"), QStringLiteral("Finance") } } } };
    };
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject {
              { thisServer,
                QJsonObject { { QStringLiteral("ca"),
                                IdentityFiles::serverCertificate(Settings::dataDirectory()) } } },
              { QStringLiteral("osm-branch"),
                QJsonObject { { QStringLiteral("ca"), branchCa.fileName() } } } } },
        { QStringLiteral("endpoints"),
          QJsonArray { endpoint(Hq, thisServer), endpoint(Hq2, thisServer),
                       endpoint(Branch, QStringLiteral("osm-branch")),
                       endpoint(Branch2, QStringLiteral("osm-branch")) } },
    };
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TestCliActions::Run TestCliActions::runCli(const QStringList &arguments, const QByteArray &input)
{
    return runCli(
        arguments, input,
        { QStringLiteral("--db"), m_directory.filePath(QStringLiteral("osmgmt.sqlite")) });
}

TestCliActions::Run TestCliActions::runCli(const QStringList &arguments, const QByteArray &input,
                                           const QStringList &storeOptions)
{
    // Each command takes the options it knows: the store always, the rest where it applies.
    const QString command = arguments.first();
    QStringList common = storeOptions;
    if (command != QLatin1String("results"))
        common << QStringLiteral("--server-name") << thisServer;
    if (command != QLatin1String("query") && command != QLatin1String("results"))
        common << QStringLiteral("--timeout") << QStringLiteral("15000");
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(), arguments + common);
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000))
        qFatal("osmgmt-cli did not finish");
    Run run;
    run.exitCode = cli.exitCode();
    run.lines = QString::fromUtf8(cli.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

QVector<AuditEntry> TestCliActions::audited() const
{
    const Result<std::shared_ptr<Database>> database
        = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    return AuditLog(database.value()).search(AuditFilter {}).value();
}

void TestCliActions::quarantineAndReleasePrintOneLinePerComputer()
{
    const Run quarantined = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"),
                                     address(Hq), QStringLiteral("--address"), target(Hq2),
                                     QStringLiteral("--port"), QString::number(m_agentPort) });
    QVERIFY2(quarantined.exitCode == 0, qPrintable(quarantined.err));
    QCOMPARE(quarantined.lines.size(), 2);
    for (const QString &line : quarantined.lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.value(1), QStringLiteral("done"));
        QVERIFY(fields.value(0) == target(Hq) || fields.value(0) == target(Hq2));
    }
    const Run released = runCli({ QStringLiteral("release"), QStringLiteral("--address"),
                                  target(Hq), QStringLiteral("--address"), target(Hq2) });
    QCOMPARE(released.exitCode, 0);
    const QVector<AuditEntry> entries = audited();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("release"));
    QCOMPARE(entries.at(1).action, QStringLiteral("quarantine"));
    QCOMPARE(entries.at(1).targets.size(), 2);
}

void TestCliActions::startServiceNeedsItsName()
{
    const Run missing
        = runCli({ QStringLiteral("start-service"), QStringLiteral("--address"), target(Hq) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("--service")));
    const Run started
        = runCli({ QStringLiteral("start-service"), QStringLiteral("--service"),
                   QStringLiteral("ntrtscan"), QStringLiteral("--address"), target(Hq) });
    QVERIFY2(started.exitCode == 0,
             qPrintable(started.lines.join(QLatin1Char('\n')) + started.err));
    QVERIFY(audited().first().detail.contains(QLatin1String("ntrtscan")));
}

void TestCliActions::refusedComputersMakeTheExitCodeOne()
{
    // The branch's agent pins another CA; the silent address has no agent at all.
    const Run run = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"), target(Hq),
                             QStringLiteral("--address"), target(Branch),
                             QStringLiteral("--address"), target(Silent) });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.lines.size(), 3);
    QStringList outcomes;
    for (const QString &line : run.lines)
        outcomes << line.section(QLatin1Char('\t'), 0, 1);
    QVERIFY(outcomes.contains(target(Hq) + QStringLiteral("\tdone")));
    QVERIFY(outcomes.contains(target(Branch) + QStringLiteral("\trefused")));
    QVERIFY(outcomes.contains(target(Silent) + QStringLiteral("\tunreachable")));
    const Run released
        = runCli({ QStringLiteral("release"), QStringLiteral("--address"), target(Hq) });
    QVERIFY2(released.exitCode == 0,
             qPrintable(released.lines.join(QLatin1Char('\n')) + released.err));
}

// The status `osmgmt-cli query` gives the computer at `host` (its agent port only).
QString TestCliActions::queriedStatus(int host)
{
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    if (!scopeFile.open(QIODevice::WriteOnly))
        return scopeFile.errorString();
    const QJsonObject scopeJson {
        { QStringLiteral("ipScopeEnabled"), true },
        { QStringLiteral("ipv4Ranges"), QJsonArray { address(host) } },
        { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
        { QStringLiteral("unreachableCheck"),
          QJsonObject { { QStringLiteral("enabled"), false } } },
        { QStringLiteral("timeoutMs"), 3000 },
    };
    scopeFile.write(QJsonDocument(scopeJson).toJson());
    scopeFile.close();
    const Run query = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope });
    if (query.exitCode != 0)
        return query.err;
    const QJsonArray endpoints
        = QJsonDocument::fromJson(query.lines.join(QLatin1Char('\n')).toUtf8()).array();
    return endpoints.first().toObject().value(QStringLiteral("status")).toString();
}

// Issue 15: an agent that only claims this server is not Managed by this server until it is
// registered: `osmgmt-cli register` over real mutual TLS has this server's CA issue its agent
// certificate, and the next query finds it managed. Audited like the other commands.
void TestCliActions::registerMakesTheAgentManagedByThisServer()
{
    QCOMPARE(queriedStatus(Hq2), QStringLiteral("managed-by-another-server"));
    const Run registered
        = runCli({ QStringLiteral("register"), QStringLiteral("--address"), target(Hq2) });
    QVERIFY2(registered.exitCode == 0,
             qPrintable(registered.lines.join(QLatin1Char('\n')) + registered.err));
    QCOMPARE(registered.lines.size(), 1);
    QCOMPARE(registered.lines.first().section(QLatin1Char('\t'), 1, 1), QStringLiteral("done"));
    QCOMPARE(audited().first().action, QStringLiteral("register"));
    QCOMPARE(queriedStatus(Hq2), QStringLiteral("managed-by-this-server"));
    // The branch's agent pins another CA: this console may not register it.
    const Run refused
        = runCli({ QStringLiteral("register"), QStringLiteral("--address"), target(Branch) });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.lines.first().section(QLatin1Char('\t'), 1, 1), QStringLiteral("refused"));
}

void TestCliActions::moveWithACredentialFileThenQueryShowsThisServer()
{
    const QString credential = m_directory.filePath(QStringLiteral("branch.p12"));
    QFile file(credential);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ServerCredential::exportBundle(*m_branch, QStringLiteral("branch secret")).value());
    file.close();

    const Run wrongPassword = runCli({ QStringLiteral("move"), QStringLiteral("--credential"),
                                       credential, QStringLiteral("--address"), target(Branch) },
                                     "not the password\n");
    QCOMPARE(wrongPassword.exitCode, 2);
    QVERIFY(wrongPassword.err.contains(QLatin1String("password")));

    const Run moved = runCli({ QStringLiteral("move"), QStringLiteral("--credential"), credential,
                               QStringLiteral("--address"), target(Branch) },
                             "branch secret\n");
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.lines.join(QLatin1Char('\n')) + moved.err));
    QVERIFY(audited().first().detail.contains(thisServer));
    // The password is nowhere in the audit log.
    QVERIFY(!audited().first().detail.contains(QLatin1String("branch secret")));

    // The move registered it here as well: the next query finds it managed by this server.
    QCOMPARE(queriedStatus(Branch), QStringLiteral("managed-by-this-server"));
}

// Issue 15, point 4: `--from-server` uses the credential the console imported, and forgets it
// after the move as the console does: a second move with it finds nothing.
void TestCliActions::moveFromAnImportedServerForgetsItsCredential()
{
    const QString password = QStringLiteral("branch secret");
    const ImportedAuthorities imported(SecretStore(),
                                       IdentityFiles::importedServers(Settings::dataDirectory()));
    const Result<QString> server
        = imported.import(ServerCredential::exportBundle(*m_branch, password).value(), password);
    QVERIFY2(server, qPrintable(server.error()));
    QCOMPARE(imported.servers(), QStringList { QStringLiteral("osm-branch") });

    const QStringList move { QStringLiteral("move"), QStringLiteral("--from-server"),
                             QStringLiteral("osm-branch"), QStringLiteral("--address"),
                             target(Branch2) };
    const Run moved = runCli(move);
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.lines.join(QLatin1Char('\n')) + moved.err));
    QCOMPARE(moved.lines.first().section(QLatin1Char('\t'), 1, 1), QStringLiteral("done"));
    QVERIFY(imported.servers().isEmpty());
    QCOMPARE(SecretStore().read(ImportedAuthorities::keyName(QStringLiteral("osm-branch"))).value(),
             std::nullopt);

    const Run again = runCli(move);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(
        again.err.contains(QLatin1String("No credential of server \"osm-branch\" was imported")),
        qPrintable(again.err));
}

void TestCliActions::badAddressesAreRefusedBeforeAnythingIsSent()
{
    const int before = int(audited().size());
    const Run noPort
        = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"), address(Hq) });
    QCOMPARE(noPort.exitCode, 2);
    QVERIFY2(noPort.err.contains(QLatin1String("no agent port")), qPrintable(noPort.err));
    const Run notAnAddress = runCli(
        { QStringLiteral("release"), QStringLiteral("--address"), QStringLiteral("ws001:21112") });
    QCOMPARE(notAnAddress.exitCode, 2);
    QVERIFY(notAnAddress.err.contains(QLatin1String("not an IP address")));
    const Run badPort = runCli({ QStringLiteral("release"), QStringLiteral("--address"),
                                 address(Hq) + QStringLiteral(":70000") });
    QCOMPARE(badPort.exitCode, 2);
    QVERIFY(badPort.err.contains(QLatin1String("1 to 65535")));
    QCOMPARE(audited().size(), before);
}

void TestCliActions::noSecretIsInAnyFile()
{
    // What the commands above wrote (database, logs, settings, an export) holds neither the
    // credential's password nor a private key: those live in the keychain, or nowhere.
    const QString exported = m_directory.filePath(QStringLiteral("results.csv"));
    const Run results = runCli({ QStringLiteral("results"), QStringLiteral("--query-id"),
                                 QStringLiteral("1"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--out"), exported });
    QVERIFY2(results.exitCode == 0, qPrintable(results.err));
    QVERIFY(QFile::exists(exported));

    const Result<std::optional<QByteArray>> hqKey
        = SecretStore().read(QString::fromLatin1(ServerIdentity::privateKeyName));
    QVERIFY(hqKey && hqKey->has_value());
    QList<QByteArray> secrets { "branch secret", "PRIVATE KEY" };
    for (const QByteArray &pem : { hqKey->value(), m_branch->privateKeyPem() })
        for (const QByteArray &line : pem.split('\n'))
            if (!line.startsWith("-----") && line.size() > 16)
                secrets << line;
    int checked = 0;
    for (const QString &root : { QDir::homePath(), m_directory.path() }) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own, encrypted
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(path + QStringLiteral(" holds a secret")));
            ++checked;
        }
    }
    // The database, its log and the export at least.
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
}

void TestCliActions::teamPostgresStoreWithItsPasswordOnStdinOrInTheKeychain()
{
    if (!PostgresServer::unavailableReason().isEmpty())
        QSKIP(qPrintable(PostgresServer::unavailableReason()));
    PostgresServer server;
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Result<QString> name = server.createDatabase();
    QVERIFY2(name, qPrintable(name.error()));
    const QString url
        = QStringLiteral("postgresql://%1@%2:%3/%4")
              .arg(server.user(), server.host(), QString::number(server.port()), name.value());
    const QStringList onStdin { QStringLiteral("--db-url"), url,
                                QStringLiteral("--db-password-stdin") };
    const QByteArray password = server.password().toUtf8() + '\n';
    const auto auditedInPostgres = [&]() {
        auto database = server.open(name.value());
        if (!database)
            qFatal("%s", qPrintable(database.error()));
        return AuditLog(database.value()).search(AuditFilter {}).value();
    };

    // A wrong password is refused in words, before anything is sent.
    const Run refused
        = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"), target(Hq2) },
                 "not the password\n", onStdin);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("refused the password")), qPrintable(refused.err));

    // The password on standard input: the command is recorded in the team's audit log.
    const int inSqlite = int(audited().size());
    const Run quarantined
        = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"), target(Hq2) },
                 password, onStdin);
    QVERIFY2(quarantined.exitCode == 0, qPrintable(quarantined.err));
    QVector<AuditEntry> entries = auditedInPostgres();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("quarantine"));
    QCOMPARE(int(audited().size()), inSqlite); // and not in the SQLite file

    // With a credential file too, the database password is the first line and the
    // credential's the second: a wrong second line is the credential's failure, not the
    // database's.
    const QString credential = m_directory.filePath(QStringLiteral("branch-again.p12"));
    QFile file(credential);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ServerCredential::exportBundle(*m_branch, QStringLiteral("branch secret")).value());
    file.close();
    const Run secondLine = runCli({ QStringLiteral("move"), QStringLiteral("--credential"),
                                    credential, QStringLiteral("--address"), target(Branch) },
                                  password + "not the credential password\n", onStdin);
    QCOMPARE(secondLine.exitCode, 2);
    QVERIFY2(secondLine.err.contains(QLatin1String("password"))
                 && !secondLine.err.contains(QLatin1String("PostgreSQL")),
             qPrintable(secondLine.err));

    // The password from the keychain, where the console saves it (Settings → Database).
    const StoreLocation location
        = StoreLocation::postgres(server.host(), server.port(), name.value(), server.user());
    QVERIFY(SavedPassword::forStore(location).write(server.password()));
    const Run released
        = runCli({ QStringLiteral("release"), QStringLiteral("--address"), target(Hq2) }, {},
                 { QStringLiteral("--db-url"), url });
    QVERIFY2(released.exitCode == 0, qPrintable(released.err));
    QCOMPARE(auditedInPostgres().size(), 2);

    // A query stored there is read back by `results`; with no store option, the console's
    // setting (PostgreSQL) is the CLI's default.
    {
        auto database = server.open(name.value());
        QVERIFY2(database, qPrintable(database.error()));
        QueryStore queries(database.value());
        const auto id = queries.beginQuery("{}", thisServer, 2, QDateTime::currentDateTimeUtc());
        QVERIFY(id);
        QVERIFY(queries
                    .appendEndpoints(*id,
                                     { SampleEndpoints::make(QStringLiteral("127.9.0.1"),
                                                             SecurityStatus::NoClientInstalled,
                                                             QStringLiteral("team-端末-1")),
                                       SampleEndpoints::make(QStringLiteral("127.9.0.2"),
                                                             SecurityStatus::Unreachable) })
                    .error()
                    .isEmpty());
        QVERIFY(queries.finishQuery(*id, QueryState::Completed, QDateTime::currentDateTimeUtc())
                    .error()
                    .isEmpty());
    }
    const Run viaStdin
        = runCli({ QStringLiteral("results"), QStringLiteral("--query-id"), QStringLiteral("last"),
                   QStringLiteral("--name"), QStringLiteral("team-*") },
                 password, onStdin);
    QVERIFY2(viaStdin.exitCode == 0, qPrintable(viaStdin.err));
    QVERIFY2(viaStdin.lines.join(QLatin1Char('\n')).contains(QStringLiteral("team-端末-1")),
             qPrintable(viaStdin.lines.join(QLatin1Char('\n'))));
    Settings::setStoreLocation(location);
    const Run viaSettings
        = runCli({ QStringLiteral("results"), QStringLiteral("--query-id"), QStringLiteral("last"),
                   QStringLiteral("--format"), QStringLiteral("csv") },
                 {}, {});
    Settings::setStoreLocation(StoreLocation::sqlite(Settings::databaseFile()));
    QVERIFY2(viaSettings.exitCode == 0, qPrintable(viaSettings.err));
    QCOMPARE(viaSettings.lines.size(), 3); // the header and the two endpoints

    // `query` writes into the team's store too, its password on standard input.
    const QString scope = m_directory.filePath(QStringLiteral("team-scope.json"));
    QFile scopeFile(scope);
    QVERIFY(scopeFile.open(QIODevice::WriteOnly));
    scopeFile.write(QJsonDocument(QJsonObject {
                                      { QStringLiteral("ipScopeEnabled"), true },
                                      { QStringLiteral("ipv4Ranges"), QJsonArray { address(Hq2) } },
                                      { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
                                      { QStringLiteral("timeoutMs"), 3000 },
                                  })
                        .toJson());
    scopeFile.close();
    const Run query
        = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope }, password, onStdin);
    QVERIFY2(query.exitCode == 0, qPrintable(query.err));
    {
        auto database = server.open(name.value());
        QVERIFY2(database, qPrintable(database.error()));
        const auto records = QueryStore(database.value()).queries();
        QVERIFY2(records, qPrintable(records.error()));
        QCOMPARE(records->size(), 2); // the one written above, and the CLI's
        QCOMPARE(records->first().endpointCount + records->last().endpointCount, qint64(3));
    }
    QVERIFY(SavedPassword::forStore(location).remove());
}

void TestCliActions::aKilledCommandLeavesAnOpenIntent()
{
    // An "agent" that accepts the connection and never answers: the CLI waits, and is killed
    // there, as a console can be in the middle of a command.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(),
              { QStringLiteral("quarantine"), QStringLiteral("--address"),
                QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()),
                QStringLiteral("--timeout"), QStringLiteral("600000"),
                QStringLiteral("--server-name"), thisServer, QStringLiteral("--db"), database });
    QVERIFY(cli.waitForStarted());
    cli.closeWriteChannel();
    // The intent is written before anything is sent: once the agent port is reached, it is in.
    QVERIFY2(silent.waitForNewConnection(60000), cli.readAllStandardError().constData());
    cli.kill();
    QVERIFY(cli.waitForFinished());

    const QVector<AuditEntry> entries = audited();
    QVERIFY(!entries.isEmpty());
    const AuditEntry &open = entries.first();
    QCOMPARE(open.phase, QLatin1String(AuditPhase::intent));
    QCOMPARE(open.action, QStringLiteral("quarantine"));
    QCOMPARE(open.targets.size(), 1);
    QCOMPARE(open.targets.first().outcome, QStringLiteral("pending"));

    QProcess verify;
    verify.start(
        TestEnvironment::cliProgram(),
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), database });
    QVERIFY(verify.waitForFinished(60000));
    const QString out = QString::fromUtf8(verify.readAllStandardOutput());
    QCOMPARE(verify.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("open intent: entry %1,").arg(open.id)), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("intact")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cliactions.moc"
