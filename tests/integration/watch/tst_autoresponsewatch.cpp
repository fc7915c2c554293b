#include "fleetprocess.h"
#include "postgresserver.h"
#include "quarantine/autoresponsestore.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The automatic response end to end (issue 14, point 3; docs/auto-response.md): a real fleet
// whose agents of this server are registered plays detections from the `virusLog` lines of its
// file; a real query stores them; `osmgmt-cli watch --once` applies the rule over mutual TLS,
// verifies with a status read, and writes the events; `quarantine-status` says why. One agent
// quarantines, one refuses the command (the fleet's `failCommands`). Runs under
// tests/support/with-keyring.sh: the watcher presents this server's session certificate, from the
// keychain, as the console would. On SQLite, and as tst_autoresponsewatch_postgres
// (OSMGMT_TEST_STORE=postgres) on a PostgreSQL store, its password on standard input.
class TestAutoResponseWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDetectionQuarantinesItsComputerAndARefusalFails();
    void aSecondWatchNeverActsAgain();
    void quarantineStatusSaysDetection();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QJsonArray events(const QString &kind);
    void query();
    QString address(int host) const { return m_network + QString::number(host); }
    Result<std::shared_ptr<Database>> openStore() const;

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    quint16 m_gatePort = 0;
    QString m_scope;
    QStringList m_storeOptions; // --db FILE, or --db-url URL --db-password-stdin
    QByteArray m_stdin; // the PostgreSQL password's line
    std::unique_ptr<PostgresServer> m_postgres;
    QString m_postgresDatabase;
    FleetProcess m_fleet;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Infected = 30, Refusing = 31, Clean = 32 };
const QString refusal = QStringLiteral("nftables is not available on this computer");
} // namespace

void TestAutoResponseWatch::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));

    m_storeOptions
        = { QStringLiteral("--db"), m_directory.filePath(QStringLiteral("osmgmt.sqlite")) };
    if (qgetenv("OSMGMT_TEST_STORE") == "postgres") {
        if (const QString unavailable = PostgresServer::unavailableReason(); !unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        m_postgres = std::make_unique<PostgresServer>();
        const QString started = m_postgres->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Result<QString> name = m_postgres->createDatabase();
        QVERIFY2(name, qPrintable(name.error()));
        m_postgresDatabase = name.value();
        m_storeOptions = { QStringLiteral("--db-url"),
                           QStringLiteral("postgresql://%1@%2:%3/%4")
                               .arg(m_postgres->user(), m_postgres->host(),
                                    QString::number(m_postgres->port()), m_postgresDatabase),
                           QStringLiteral("--db-password-stdin") };
        m_stdin = m_postgres->password().toUtf8() + '\n';
    }
    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    m_gatePort = FleetProcess::randomPort();
    // The client logs' lines exactly as the files hold them (reference 004).
    auto endpoint = [this](int host, const QJsonArray &virusLog, const QJsonObject &failCommands) {
        QJsonObject agent { { QStringLiteral("port"), int(m_agentPort) },
                            { QStringLiteral("server"), thisServer },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") },
                            { QStringLiteral("status"),
                              QJsonObject { { QStringLiteral("virusLog"), virusLog } } } };
        if (!failCommands.isEmpty())
            agent.insert(QStringLiteral("failCommands"), failCommands);
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("listen"), QJsonArray { int(m_gatePort) } },
                             { QStringLiteral("agent"), agent } };
    };
    const QJsonObject fleet {
        { QStringLiteral("endpoints"),
          QJsonArray {
              endpoint(Infected,
                       { QStringLiteral(
                           "20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>") },
                       {}),
              endpoint(Refusing,
                       { QStringLiteral("20261201<;>1101<;>WORM_X<;>2<;>3<;>0<;>C:\\w.exe<;>") },
                       { { QStringLiteral("quarantine"), refusal } }),
              endpoint(Clean, {}, {}) } },
    };
    m_fleet.registerAgents(thisServer, identity->authority());
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The response is turned on before the query that stores the detections.
    {
        const Result<std::shared_ptr<Database>> store = openStore();
        QVERIFY2(store, qPrintable(store.error()));
        const Result<AutoResponseSettings> settings
            = AutoResponseSettings::fromJson(QJsonDocument::fromJson(R"({ "enabled": true,
                "rules": [ { "name": "lab risks", "match": ["WORM_", "TROJ_", "Eicar"],
                             "action": "quarantine" } ] })")
                                                 .object());
        QVERIFY2(settings, qPrintable(settings.error()));
        const Result<Done> saved
            = AutoResponseStore(store.value()).save(*settings, QStringLiteral("the test"));
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    m_scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(m_scope);
    QVERIFY(scopeFile.open(QIODevice::WriteOnly));
    scopeFile.write(
        QJsonDocument(QJsonObject {
                          { QStringLiteral("ipScopeEnabled"), true },
                          { QStringLiteral("ipv4Ranges"),
                            QJsonArray { address(Infected), address(Refusing), address(Clean) } },
                          { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
                          { QStringLiteral("unreachableCheck"),
                            QJsonObject { { QStringLiteral("enabled"), true },
                                          { QStringLiteral("port"), int(m_gatePort) } } },
                          { QStringLiteral("timeoutMs"), 3000 },
                      })
            .toJson());
    scopeFile.close();
    query();
}

Result<std::shared_ptr<Database>> TestAutoResponseWatch::openStore() const
{
    if (m_postgres)
        return m_postgres->open(m_postgresDatabase);
    return Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
}

TestAutoResponseWatch::Run TestAutoResponseWatch::runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(), arguments + m_storeOptions);
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.write(m_stdin);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(90000))
        qFatal("osmgmt-cli did not finish");
    return { cli.exitCode(), cli.readAllStandardOutput(),
             QString::fromUtf8(cli.readAllStandardError()) };
}

void TestAutoResponseWatch::query()
{
    const Run run = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), m_scope,
                             QStringLiteral("--server-name"), thisServer });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QJsonValue &endpoint : QJsonDocument::fromJson(run.out).array())
        QCOMPARE(endpoint[QLatin1String("status")].toString(),
                 QStringLiteral("managed-by-this-server"));
}

QJsonArray TestAutoResponseWatch::events(const QString &kind)
{
    const Run run = runCli({ QStringLiteral("events"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--kind"), kind });
    if (run.exitCode != 0)
        qFatal("osmgmt-cli events failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).array();
}

void TestAutoResponseWatch::aDetectionQuarantinesItsComputerAndARefusalFails()
{
    const Run watch = runCli({ QStringLiteral("watch"), QStringLiteral("--once") });
    QVERIFY2(watch.exitCode == 0, qPrintable(watch.err + QString::fromUtf8(watch.out)));
    QVERIFY2(watch.out.contains("\tauto-response\tok\tdetections considered: 2; verified: 1, "
                                "failed: 1, notified: 0\n"),
             watch.out.constData());

    const QJsonArray verified = events(QStringLiteral("auto-response-verified"));
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.at(0)[QLatin1String("address")].toString(), address(Infected));
    QCOMPARE(verified.at(0)[QLatin1String("name")].toString(), QStringLiteral("ws30"));
    QCOMPARE(verified.at(0)[QLatin1String("detail")].toString(),
             QStringLiteral("Eicar_test_file detected (2026-12-01T10:59, C:\\eicar.com); rule "
                            "lab risks: Quarantine. Verified: the agent's status says the "
                            "computer is quarantined."));

    const QJsonArray failed = events(QStringLiteral("auto-response-failed"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0)[QLatin1String("address")].toString(), address(Refusing));
    const QString detail = failed.at(0)[QLatin1String("detail")].toString();
    QVERIFY2(detail.startsWith(QStringLiteral(
                 "WORM_X detected (2026-12-01T11:01, C:\\w.exe); rule lab risks: Quarantine. "
                 "Failed: the agent could not do it: ")),
             qPrintable(detail));
    QVERIFY2(detail.contains(refusal), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("What to do: Quarantine the computer by hand")),
             qPrintable(detail));

    // The audit log: the command through the audited path, naming the response, and the
    // response's own entry naming the watcher, the rule and the detection.
    const Result<std::shared_ptr<Database>> store = openStore();
    QVERIFY2(store, qPrintable(store.error()));
    const Result<QVector<AuditEntry>> responses
        = AuditLog(store.value()).search({ {}, QStringLiteral("auto-response"), {}, {}, 0 });
    QVERIFY2(responses, qPrintable(responses.error()));
    QCOMPARE(responses->size(), 2);
    QStringList outcomes;
    for (const AuditEntry &entry : *responses) {
        QVERIFY2(entry.detail.startsWith(
                     QStringLiteral("automatic response of the watcher to detection ")),
                 qPrintable(entry.detail));
        QVERIFY2(entry.detail.endsWith(QStringLiteral(", rule lab risks")),
                 qPrintable(entry.detail));
        outcomes << entry.targets.first().computer + QLatin1Char(' ')
                + entry.targets.first().outcome;
    }
    outcomes.sort();
    QCOMPARE(outcomes,
             QStringList({ address(Infected) + QStringLiteral(" verified"),
                           address(Refusing) + QStringLiteral(" failed") }));
    const Result<QVector<AuditEntry>> commands
        = AuditLog(store.value()).search({ {}, QStringLiteral("quarantine"), {}, {}, 0 });
    QVERIFY(commands);
    QCOMPARE(commands->size(), 2); // one per computer (its intent shown through its outcome)
    QStringList commandOutcomes;
    for (const AuditEntry &command : *commands) {
        QVERIFY2(command.detail.contains(QStringLiteral("automatic response of the watcher")),
                 qPrintable(command.detail));
        QCOMPARE(command.phase, QStringLiteral("outcome"));
        commandOutcomes << command.targets.first().computer + QLatin1Char(' ')
                + command.targets.first().outcome;
    }
    commandOutcomes.sort();
    QCOMPARE(commandOutcomes,
             QStringList({ address(Infected) + QStringLiteral(" done"),
                           address(Refusing) + QStringLiteral(" failed") }));
}

void TestAutoResponseWatch::aSecondWatchNeverActsAgain()
{
    // The next query finds the same lines in the logs: stored once, acted on once.
    query();
    const Run watch = runCli({ QStringLiteral("watch"), QStringLiteral("--once") });
    QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
    QVERIFY2(watch.out.contains("\tauto-response\tok\tdetections considered: 0; verified: 0, "
                                "failed: 0, notified: 0\n"),
             watch.out.constData());
    QCOMPARE(events(QStringLiteral("auto-response-verified")).size(), 1);
    QCOMPARE(events(QStringLiteral("auto-response-failed")).size(), 1);
}

void TestAutoResponseWatch::quarantineStatusSaysDetection()
{
    const Run report = runCli({ QStringLiteral("quarantine-status") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonArray records = QJsonDocument::fromJson(report.out).array();
    // The refusing computer is not quarantined: its failure is the event's and the page's.
    QCOMPARE(records.size(), 1);
    const QJsonObject quarantined = records.at(0).toObject();
    QCOMPARE(quarantined.value(QStringLiteral("address")).toString(), address(Infected));
    QCOMPARE(quarantined.value(QStringLiteral("name")).toString(), QStringLiteral("ws30"));
    QCOMPARE(quarantined.value(QStringLiteral("state")).toString(), QStringLiteral("quarantined"));
    QCOMPARE(quarantined.value(QStringLiteral("reason")).toString(), QStringLiteral("detection"));
    QCOMPARE(quarantined.value(QStringLiteral("policy")).toString(), QStringLiteral("lab risks"));
    QCOMPARE(
        quarantined.value(QStringLiteral("why")).toString(),
        QStringLiteral("quarantined automatically: Eicar_test_file detected (rule lab risks)"));
    QVERIFY(
        QDateTime::fromString(quarantined.value(QStringLiteral("since")).toString(), Qt::ISODate)
            .isValid());
}

QTEST_GUILESS_MAIN(TestAutoResponseWatch)
#include "tst_autoresponsewatch.moc"
