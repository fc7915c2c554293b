#include "fleetprocess.h"
#include "postgresserver.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/heartbeatstore.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

// Heartbeats end to end (docs/watch.md, "Heartbeats"): a real fleet whose agents of this server
// are registered, a real query that finds them, then `osmgmt-cli watch --once` cycles over
// mutual TLS while one agent falls silent by the fleet's clock (--fleet-clock: no sleeping),
// and the states and events that `osmgmt-cli agents` and `events` write. Runs under
// tests/support/with-keyring.sh: the watcher presents this server's session certificate, from
// the keychain, as the console would. On SQLite, and as tst_heartbeatwatch_postgres
// (OSMGMT_TEST_STORE=postgres) on a PostgreSQL store, its password on standard input.
class TestHeartbeatWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineThenOfflineAfterTwoMissedCyclesThenOnline();
    void eventsAreFilteredBySinceAndKind();
    void badOptionsAreRefused();
    void aNeverOfflineGroupAndAStoppedServiceNeedingAttention();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    // `osmgmt-cli agents --format json`, by address.
    QHash<QString, QJsonObject> agents();
    QJsonArray events(const QStringList &options = {});
    void setFleetClock(const QString &iso);
    QString address(int host) const { return m_network + QString::number(host); }
    Result<std::shared_ptr<Database>> openStore() const;

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    QString m_clockFile;
    QStringList m_storeOptions; // --db FILE, or --db-url URL --db-password-stdin
    QByteArray m_stdin; // the PostgreSQL password's line
    std::unique_ptr<PostgresServer> m_postgres;
    QString m_postgresDatabase;
    FleetProcess m_fleet;
    FleetProcess m_secondFleet;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Steady = 10, Quiet = 11, Branch = 12, Stopped = 13 };
constexpr const char *fleetStart = "2026-12-01T09:00:00Z";

// A status the health evaluation finds healthy by the watcher's own (real) clock: scanned and
// updated yesterday. The fleet's default dates are fixed, and would age into Needs attention.
QJsonObject freshStatus()
{
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    return { { QStringLiteral("lastScan"), yesterday.toString(Qt::ISODate) },
             { QStringLiteral("patternDate"), yesterday.toString(QStringLiteral("yyyyMMdd")) } };
}
} // namespace

void TestHeartbeatWatch::initTestCase()
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
    m_clockFile = m_directory.filePath(QStringLiteral("fleet-clock"));
    setFleetClock(QLatin1String(fleetStart));
    auto endpoint = [this](int host, const QString &server, std::optional<int> silentAfter) {
        QJsonObject agent { { QStringLiteral("port"), int(m_agentPort) },
                            { QStringLiteral("server"), server },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") } };
        if (silentAfter)
            agent.insert(QStringLiteral("silentAfterSeconds"), *silentAfter);
        agent.insert(QStringLiteral("status"), freshStatus());
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("agent"), agent } };
    };
    const QJsonObject fleet {
        { QStringLiteral("endpoints"),
          QJsonArray { endpoint(Steady, thisServer, std::nullopt), endpoint(Quiet, thisServer, 600),
                       endpoint(Branch, QStringLiteral("osm-branch"), std::nullopt) } },
    };
    m_fleet.registerAgents(thisServer, identity->authority());
    const QString error = m_fleet.start(fleet, { QStringLiteral("--fleet-clock"), m_clockFile });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The query that tells the watcher which agents are this server's.
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    QVERIFY(scopeFile.open(QIODevice::WriteOnly));
    scopeFile.write(
        QJsonDocument(QJsonObject {
                          { QStringLiteral("ipScopeEnabled"), true },
                          { QStringLiteral("ipv4Ranges"),
                            QJsonArray { address(Steady), address(Quiet), address(Branch) } },
                          { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
                          { QStringLiteral("unreachableCheck"),
                            QJsonObject { { QStringLiteral("enabled"), false } } },
                          { QStringLiteral("timeoutMs"), 3000 },
                      })
            .toJson());
    scopeFile.close();
    const Run query = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                               QStringLiteral("--server-name"), thisServer });
    QVERIFY2(query.exitCode == 0, qPrintable(query.err));
}

Result<std::shared_ptr<Database>> TestHeartbeatWatch::openStore() const
{
    if (m_postgres)
        return m_postgres->open(m_postgresDatabase);
    return Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
}

TestHeartbeatWatch::Run TestHeartbeatWatch::runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(), arguments + m_storeOptions);
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.write(m_stdin);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000))
        qFatal("osmgmt-cli did not finish");
    return { cli.exitCode(), cli.readAllStandardOutput(),
             QString::fromUtf8(cli.readAllStandardError()) };
}

void TestHeartbeatWatch::setFleetClock(const QString &iso)
{
    QSaveFile file(m_clockFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(iso.toUtf8()) < 0 || !file.commit())
        qFatal("cannot write the fleet clock");
}

QHash<QString, QJsonObject> TestHeartbeatWatch::agents()
{
    const Run run
        = runCli({ QStringLiteral("agents"), QStringLiteral("--format"), QStringLiteral("json") });
    if (run.exitCode != 0)
        qFatal("osmgmt-cli agents failed: %s", qPrintable(run.err));
    QHash<QString, QJsonObject> byAddress;
    for (const QJsonValue &agent : QJsonDocument::fromJson(run.out).array())
        byAddress.insert(agent[QLatin1String("address")].toString(), agent.toObject());
    return byAddress;
}

QJsonArray TestHeartbeatWatch::events(const QStringList &options)
{
    const Run run = runCli(
        QStringList { QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json") }
        + options);
    if (run.exitCode != 0)
        qFatal("osmgmt-cli events failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).array();
}

void TestHeartbeatWatch::onlineThenOfflineAfterTwoMissedCyclesThenOnline()
{
    const QStringList watchOnce { QStringLiteral("watch"), QStringLiteral("--once"),
                                  QStringLiteral("--server-name"), thisServer };
    const auto cycle = [&] {
        const Run run = runCli(watchOnce);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("\theartbeat\tok\t"), run.out.constData());
    };
    cycle();
    QHash<QString, QJsonObject> state = agents();
    // The other server's agent is not this server's to watch.
    QCOMPARE(state.keys().size(), 2);
    QCOMPARE(state[address(Steady)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(state[address(Quiet)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(state[address(Quiet)][QLatin1String("name")].toString(), QStringLiteral("ws11"));
    QVERIFY(!state[address(Quiet)][QLatin1String("lastContact")].toString().isEmpty());
    QVERIFY(state[address(Quiet)][QLatin1String("offlineSince")].isNull());
    QCOMPARE(state[address(Quiet)][QLatin1String("missedHeartbeats")].toInt(), 0);
    QVERIFY(events().isEmpty());

    // Ten minutes later by the fleet's clock the quiet agent stops answering.
    setFleetClock(QStringLiteral("2026-12-01T09:10:00Z"));
    cycle();
    state = agents();
    QCOMPARE(state[address(Quiet)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(state[address(Quiet)][QLatin1String("missedHeartbeats")].toInt(), 1);
    QVERIFY(events().isEmpty());
    cycle();
    state = agents();
    QCOMPARE(state[address(Quiet)][QLatin1String("state")].toString(), QStringLiteral("offline"));
    QCOMPARE(state[address(Quiet)][QLatin1String("missedHeartbeats")].toInt(), 2);
    QVERIFY(!state[address(Quiet)][QLatin1String("offlineSince")].toString().isEmpty());
    QCOMPARE(state[address(Steady)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(state[address(Steady)][QLatin1String("missedHeartbeats")].toInt(), 0);
    cycle(); // silent on: no second event
    QJsonArray stored = events();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0][QLatin1String("kind")].toString(), QStringLiteral("went-offline"));
    QCOMPARE(stored[0][QLatin1String("name")].toString(), QStringLiteral("ws11"));
    QCOMPARE(stored[0][QLatin1String("address")].toString(), address(Quiet));
    QCOMPARE(stored[0][QLatin1String("from")].toString(), QStringLiteral("online"));
    QCOMPARE(stored[0][QLatin1String("to")].toString(), QStringLiteral("offline"));
    QCOMPARE(agents()[address(Quiet)][QLatin1String("missedHeartbeats")].toInt(), 3);

    // The fleet's clock set back: the agent answers again, and came online once.
    setFleetClock(QLatin1String(fleetStart));
    cycle();
    cycle();
    stored = events();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[1][QLatin1String("kind")].toString(), QStringLiteral("came-online"));
    QCOMPARE(stored[1][QLatin1String("from")].toString(), QStringLiteral("offline"));
    QCOMPARE(stored[1][QLatin1String("to")].toString(), QStringLiteral("online"));
    state = agents();
    QCOMPARE(state[address(Quiet)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QVERIFY(state[address(Quiet)][QLatin1String("offlineSince")].isNull());
    // The heartbeats presented this server's certificate: the agents gave their health report
    // (a reduced answer would say in the detail that it was withheld).
    const auto database = openStore();
    QVERIFY2(database, qPrintable(database.error()));
    const Result<QVector<AgentHeartbeat>> watched = HeartbeatStore(database.value()).agents();
    QVERIFY2(watched, qPrintable(watched.error()));
    for (const AgentHeartbeat &agent : watched.value()) {
        QCOMPARE(agent.outcome, QStringLiteral("answered"));
        QVERIFY2(agent.outcomeDetail.isEmpty(), qPrintable(agent.outcomeDetail));
    }

    // The same as CSV: a header, one row per agent.
    const Run csv
        = runCli({ QStringLiteral("agents"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines
        = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(csv.out.startsWith("\xEF\xBB\xBF")); // UTF-8's byte-order mark
    QCOMPARE(lines[0],
             QStringLiteral("name,address,state,lastContact,offlineSince,missedHeartbeats"));
    QVERIFY2(lines[2].startsWith(QStringLiteral("ws11,%1,online,").arg(address(Quiet))),
             qPrintable(lines[2]));
    QVERIFY2(lines[2].endsWith(QStringLiteral(",,0")), qPrintable(lines[2]));
}

void TestHeartbeatWatch::eventsAreFilteredBySinceAndKind()
{
    const QJsonArray all = events();
    QCOMPARE(all.size(), 2);
    QCOMPARE(events({ QStringLiteral("--kind"), QStringLiteral("came-online") }).size(), 1);
    QCOMPARE(events({ QStringLiteral("--kind"), QStringLiteral("went-missing") }).size(), 0);
    const QString second = all[1][QLatin1String("time")].toString();
    const QJsonArray since = events({ QStringLiteral("--since"), second });
    QCOMPARE(since.size(), 1);
    QCOMPARE(since[0][QLatin1String("kind")].toString(), QStringLiteral("came-online"));
    const Run csv
        = runCli({ QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("\xEF\xBB\xBFtime,kind,name,address,from,to,detail\r\n"));
}

void TestHeartbeatWatch::badOptionsAreRefused()
{
    const Run kind = runCli(
        { QStringLiteral("events"), QStringLiteral("--kind"), QStringLiteral("went-away") });
    QCOMPARE(kind.exitCode, 2);
    QVERIFY2(kind.err.contains(QLatin1String("went-away")), qPrintable(kind.err));
    const Run since = runCli(
        { QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("yesterday") });
    QCOMPARE(since.exitCode, 2);
    const Run format
        = runCli({ QStringLiteral("agents"), QStringLiteral("--format"), QStringLiteral("xml") });
    QCOMPARE(format.exitCode, 2);
    QProcess missing;
    missing.start(TestEnvironment::cliProgram(),
                  { QStringLiteral("agents"), QStringLiteral("--db"),
                    m_directory.filePath(QStringLiteral("nothing.sqlite")) });
    QVERIFY(missing.waitForFinished(30000));
    QCOMPARE(missing.exitCode(), 3);
}

void TestHeartbeatWatch::aNeverOfflineGroupAndAStoppedServiceNeedingAttention()
{
    // A second fleet adds an agent of this server whose real-time scan service is stopped; a
    // new query finds it.
    QJsonObject status = freshStatus();
    status.insert(QStringLiteral("services"),
                  QJsonObject { { QStringLiteral("ntrtscan"), QStringLiteral("stopped") } });
    const QJsonObject stopped {
        { QStringLiteral("address"), address(Stopped) },
        { QStringLiteral("name"), QStringLiteral("ws13") },
        { QStringLiteral("agent"),
          QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                        { QStringLiteral("server"), thisServer },
                        { QStringLiteral("version"), QStringLiteral("1.2.0") },
                        { QStringLiteral("status"), status } } },
    };
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_secondFleet.registerAgents(thisServer, identity->authority());
    const QString started = m_secondFleet.start(
        QJsonObject { { QStringLiteral("endpoints"), QJsonArray { stopped } } });
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    QVERIFY(scopeFile.open(QIODevice::ReadOnly));
    QJsonObject scopeJson = QJsonDocument::fromJson(scopeFile.readAll()).object();
    scopeFile.close();
    scopeJson.insert(
        QStringLiteral("ipv4Ranges"),
        QJsonArray { address(Steady), address(Quiet), address(Branch), address(Stopped) });
    QVERIFY(scopeFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    scopeFile.write(QJsonDocument(scopeJson).toJson());
    scopeFile.close();
    const Run query = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                               QStringLiteral("--server-name"), thisServer });
    QVERIFY2(query.exitCode == 0, qPrintable(query.err));

    // The quiet agent is a laptop: a group that is never offline, imported from a file.
    const QString file = m_directory.filePath(QStringLiteral("heartbeat-settings.json"));
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(QStringLiteral(R"({"heartbeatSettings": {"groups": [{"name": "Laptops",
        "appliesTo": {"computers": ["%1"]}, "neverOffline": true}]}})")
                       .arg(address(Quiet))
                       .toUtf8());
    settings.close();
    const Run imported
        = runCli({ QStringLiteral("heartbeat-settings"), QStringLiteral("import"), file });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run exported = runCli(
        { QStringLiteral("heartbeat-settings"), QStringLiteral("export"), QStringLiteral("-") });
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(document[QLatin1String("heartbeatSettings")][QLatin1String("groups")][0]
                     [QLatin1String("name")]
                         .toString(),
             QStringLiteral("Laptops"));
    QCOMPARE(document[QLatin1String("heartbeatSettings")][QLatin1String("agingBands")]
                     [QLatin1String("thirdDays")]
                         .toInt(),
             7);
    const Run refused = runCli({ QStringLiteral("heartbeat-settings"), QStringLiteral("import"),
                                 m_directory.filePath(QStringLiteral("scope.json")) });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("nothing was changed")), qPrintable(refused.err));

    const int eventsBefore = events().size();
    setFleetClock(QStringLiteral("2026-12-01T09:10:00Z")); // the quiet agent falls silent
    for (int cycle = 0; cycle < 3; ++cycle) {
        const Run run = runCli({ QStringLiteral("watch"), QStringLiteral("--once"),
                                 QStringLiteral("--server-name"), thisServer });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const QHash<QString, QJsonObject> state = agents();
    QCOMPARE(state[address(Quiet)][QLatin1String("state")].toString(), QStringLiteral("online"));
    QCOMPARE(state[address(Quiet)][QLatin1String("missedHeartbeats")].toInt(), 3);
    QCOMPARE(state[address(Stopped)][QLatin1String("state")].toString(), QStringLiteral("online"));
    // Three heartbeats of the stopped service: one event, the turn to Needs attention.
    const QJsonArray attention
        = events({ QStringLiteral("--kind"), QStringLiteral("needs-attention") });
    QCOMPARE(attention.size(), 1);
    QCOMPARE(attention[0][QLatin1String("address")].toString(), address(Stopped));
    QCOMPARE(attention[0][QLatin1String("from")].toString(), QStringLiteral("no-data"));
    QCOMPARE(attention[0][QLatin1String("to")].toString(), QStringLiteral("needs-attention"));
    QCOMPARE(events().size(), eventsBefore + 1); // and no went-offline for the laptop
    // The import is in the audit log, with who and from where.
    const auto database = openStore();
    QVERIFY2(database, qPrintable(database.error()));
    AuditFilter filter;
    filter.action = QStringLiteral("heartbeat-settings");
    const Result<QVector<AuditEntry>> audited = AuditLog(database.value()).search(filter);
    QVERIFY2(audited, qPrintable(audited.error()));
    QCOMPARE(audited->size(), 1);
    QVERIFY2(audited->at(0).detail.contains(file), qPrintable(audited->at(0).detail));
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (qgetenv("OSMGMT_TEST_STORE") == "postgres") {
        // Without PostgreSQL the PostgreSQL run is a skip (77), not a pass.
        const QString unavailable = PostgresServer::unavailableReason();
        if (!unavailable.isEmpty()) {
            fprintf(stderr, "SKIP: %s\n", qPrintable(unavailable));
            return 77;
        }
    }
    TestHeartbeatWatch test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_heartbeatwatch.moc"
