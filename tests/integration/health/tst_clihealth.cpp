#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/database.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Agent health as a script sees it (docs/health.md): a fleet with every case, queried for real
// over mutual TLS; `osmgmt-cli health` checked row by row against evaluation settings imported
// with `health-settings import`; start-service --where-stopped, then a new query shows the
// service running while the first query keeps its history.
class TestCliHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsImportRefusesABadFileWhole();
    void healthRowByRow();
    void csvCarriesTheSameRows();
    void resultsCarryTheHealthColumns();
    void startServiceWhereStoppedThenANewQuery();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QString address(int host) const { return m_network + QString::number(host); }
    QJsonObject endpoint(int host, const char *name, const QJsonObject &status,
                         const QString &server) const;
    // Runs a query over the fleet; the health report of the newest query by computer name.
    QMap<QString, QJsonObject> queryAndReport();
    QMap<QString, QJsonObject> report(const QStringList &extra = {});
    // What the store holds, for a failure's message: why an agent gave no report.
    QString dumpSnapshots();

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    FleetProcess m_fleet;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Healthy = 10, AntivirusOff, Stopped, NoFirewall, Old, Lab, Retired, Silent, Branch };

QString isoDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}
QString dateDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).date().toString(
        QStringLiteral("yyyyMMdd"));
}
// A client whose scan and definitions are a day old: healthy with the 7 days of the defaults.
QJsonObject fresh(QJsonObject status = {})
{
    if (!status.contains(QStringLiteral("lastScan")))
        status.insert(QStringLiteral("lastScan"), isoDaysAgo(1));
    if (!status.contains(QStringLiteral("patternDate")))
        status.insert(QStringLiteral("patternDate"), dateDaysAgo(1));
    return status;
}
} // namespace

QJsonObject TestCliHealth::endpoint(int host, const char *name, const QJsonObject &status,
                                    const QString &server) const
{
    return QJsonObject { { QStringLiteral("address"), address(host) },
                         { QStringLiteral("name"), QLatin1String(name) },
                         { QStringLiteral("agent"),
                           QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                                         { QStringLiteral("server"), server },
                                         { QStringLiteral("version"), QStringLiteral("1.2.0") },
                                         { QStringLiteral("domain"), QStringLiteral("Finance") },
                                         { QStringLiteral("status"), status } } } };
}

void TestCliHealth::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    const CertificateAuthority branch
        = CertificateAuthority::create(QStringLiteral("osm-branch")).value();
    QFile branchCa(m_directory.filePath(QStringLiteral("branch.pem")));
    QVERIFY(branchCa.open(QIODevice::WriteOnly));
    branchCa.write(branch.certificatePem());
    branchCa.close();

    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    const QJsonObject off { { QStringLiteral("antivirus"), QStringLiteral("off") } };
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject {
              { thisServer,
                QJsonObject { { QStringLiteral("ca"),
                                IdentityFiles::serverCertificate(Settings::dataDirectory()) } } },
              { QStringLiteral("osm-branch"),
                QJsonObject { { QStringLiteral("ca"), branchCa.fileName() } } } } },
        { QStringLiteral("endpoints"),
          QJsonArray {
              endpoint(Healthy, "ws-healthy", fresh(), thisServer),
              endpoint(AntivirusOff, "ws-av-off", fresh(off), thisServer),
              endpoint(Stopped, "ws-stopped",
                       fresh({ { QStringLiteral("services"),
                                 QJsonObject { { QStringLiteral("ntrtscan"),
                                                 QStringLiteral("stopped") } } } }),
                       thisServer),
              endpoint(NoFirewall, "ws-nofw",
                       QJsonObject { { QStringLiteral("firewall"), QStringLiteral("absent") },
                                     { QStringLiteral("patternDate"), dateDaysAgo(1) },
                                     { QStringLiteral("unreported"),
                                       QJsonArray { QStringLiteral("lastScan") } } },
                       thisServer),
              endpoint(Old, "ws-old",
                       QJsonObject { { QStringLiteral("lastScan"), isoDaysAgo(40) },
                                     { QStringLiteral("patternDate"), dateDaysAgo(40) } },
                       thisServer),
              endpoint(Lab, "ws-lab",
                       fresh({ { QStringLiteral("antivirus"), QStringLiteral("off") },
                               { QStringLiteral("firewall"), QStringLiteral("off") } }),
                       thisServer),
              endpoint(Retired, "ws-retired", fresh(off), thisServer),
              endpoint(Silent, "ws-silent",
                       QJsonObject {
                           { QStringLiteral("unreported"),
                             QJsonArray { QStringLiteral("antivirus"), QStringLiteral("firewall"),
                                          QStringLiteral("lastScan"), QStringLiteral("patternDate"),
                                          QStringLiteral("services") } } },
                       thisServer),
              endpoint(Branch, "ws-branch", fresh(off), QStringLiteral("osm-branch")) } },
    };
    m_fleet.registerAgents(thisServer, identity->authority());
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The settings of the issue's example: Lab servers forgive what is off; Retired is off;
    // Overlap, newer, also targets ws-lab.
    const QString settings = QStringLiteral(R"j({ "healthSettings": [
        { "name": "(Default Settings)", "enabled": true,
          "antivirusScan": { "withinDays": 7 }, "virusDefinitions": { "withinDays": 7 } },
        { "name": "Lab servers", "appliesTo": { "ipv4Ranges": ["%1-%1"] },
          "antivirus": { "disabledIsHealthy": true }, "firewall": { "disabledIsHealthy": true } },
        { "name": "Retired", "enabled": false, "appliesTo": { "computers": ["ws-retired"] } },
        { "name": "Overlap", "appliesTo": { "computers": ["WS-LAB"] } } ] })j")
                                 .arg(address(Lab));
    QFile file(m_directory.filePath(QStringLiteral("settings.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(settings.toUtf8());
    file.close();
    // The store must exist for the settings: the first query makes it.
    QVERIFY(!queryAndReport().isEmpty());
    const Run imported
        = runCli({ QStringLiteral("health-settings"), QStringLiteral("import"), file.fileName() });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

TestCliHealth::Run TestCliHealth::runCli(const QStringList &arguments)
{
    QStringList all = arguments;
    all << QStringLiteral("--db") << m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    const QString command = arguments.first();
    if (command == QLatin1String("query") || command == QLatin1String("start-service"))
        all << QStringLiteral("--server-name") << thisServer;
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(), all);
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.closeWriteChannel();
    if (!cli.waitForFinished(90000))
        qFatal("osmgmt-cli did not finish");
    return { cli.exitCode(), cli.readAllStandardOutput(),
             QString::fromUtf8(cli.readAllStandardError()) };
}

QString TestCliHealth::dumpSnapshots()
{
    const Result<std::shared_ptr<Database>> database
        = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
    if (!database)
        return database.error();
    QSqlQuery select((*database)->connection());
    select.exec(QStringLiteral("SELECT query_id, address, outcome, detail FROM health_snapshots"));
    QString text;
    while (select.next())
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(select.value(0).toString(), select.value(1).toString(),
                         select.value(2).toString(), select.value(3).toString());
    return text;
}

QMap<QString, QJsonObject> TestCliHealth::report(const QStringList &extra)
{
    const Run health = runCli(QStringList { QStringLiteral("health") } + extra);
    if (health.exitCode != 0)
        qWarning("health: %s", qPrintable(health.err));
    QMap<QString, QJsonObject> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(health.out).array())
        rows.insert(row.toObject().value(QStringLiteral("name")).toString(), row.toObject());
    return rows;
}

QMap<QString, QJsonObject> TestCliHealth::queryAndReport()
{
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    if (!scopeFile.open(QIODevice::WriteOnly))
        qFatal("cannot write the scope");
    const QJsonObject scopeJson {
        { QStringLiteral("ipScopeEnabled"), true },
        { QStringLiteral("ipv4Ranges"),
          QJsonArray { QString(address(Healthy) + QLatin1Char('-') + address(Branch)) } },
        { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
        { QStringLiteral("unreachableCheck"),
          QJsonObject { { QStringLiteral("enabled"), false } } },
        { QStringLiteral("timeoutMs"), 3000 },
    };
    scopeFile.write(QJsonDocument(scopeJson).toJson());
    scopeFile.close();
    const Run query = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope });
    if (query.exitCode != 0)
        qWarning("query: %s", qPrintable(query.err));
    return report();
}

void TestCliHealth::settingsImportRefusesABadFileWhole()
{
    QFile bad(m_directory.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"healthSettings": [{"name": "Lab servers", "antivirusScan": {"withinDay": 3}}]})");
    bad.close();
    const Run refused
        = runCli({ QStringLiteral("health-settings"), QStringLiteral("import"), bad.fileName() });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(
                 QStringLiteral("healthSettings[0].antivirusScan.withinDay: unknown key")),
             qPrintable(refused.err));
    // Nothing changed: the four imported settings are still there, (Default Settings) first.
    const Run exported = runCli(
        { QStringLiteral("health-settings"), QStringLiteral("export"), QStringLiteral("-") });
    QCOMPARE(exported.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(exported.out)
                                .object()
                                .value(QStringLiteral("healthSettings"))
                                .toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("(Default Settings)"));
    QCOMPARE(list.at(3).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Overlap"));
    // The good import of initTestCase is in the audit log (intent, then its outcome naming the
    // file and the settings); the refused one left no entry.
    const Result<std::shared_ptr<Database>> database
        = Database::openSqlite(m_directory.filePath(QStringLiteral("osmgmt.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    QSqlQuery audit((*database)->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT phase, detail FROM audit_log WHERE action = "
                                      "'health-settings-import' ORDER BY id")));
    QStringList entries;
    while (audit.next())
        entries << audit.value(0).toString() + QLatin1Char(' ') + audit.value(1).toString();
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.at(0).startsWith(QLatin1String("intent from ")), qPrintable(entries.at(0)));
    QVERIFY2(entries.at(1).startsWith(QLatin1String("outcome imported from "))
                 && entries.at(1).contains(QLatin1String("settings.json"))
                 && entries.at(1).endsWith(
                     QLatin1String("(Default Settings), Lab servers, Retired, Overlap")),
             qPrintable(entries.at(1)));
    QVERIFY(!entries.join(QLatin1Char('\n')).contains(QLatin1String("bad.json")));
}

void TestCliHealth::healthRowByRow()
{
    const QMap<QString, QJsonObject> rows
        = report({ QStringLiteral("--query-id"), QStringLiteral("last") });
    // Every computer with an agent of this server, and only those.
    QCOMPARE(
        rows.keys(),
        QStringLiteral("ws-av-off ws-healthy ws-lab ws-nofw ws-old ws-retired ws-silent ws-stopped")
            .split(QLatin1Char(' ')));
    auto indicators = [&rows](const char *name) {
        const QJsonObject states
            = rows.value(QLatin1String(name)).value(QStringLiteral("indicators")).toObject();
        QStringList out;
        for (const char *key :
             { "antivirus", "antivirusScan", "firewall", "virusDefinitions", "service" })
            out.append(states.value(QLatin1String(key)).toString());
        return out.join(QLatin1Char(' '));
    };
    auto health = [&rows](const char *name) {
        return rows.value(QLatin1String(name)).value(QStringLiteral("health")).toString();
    };
    QCOMPARE(health("ws-healthy"), QStringLiteral("healthy"));
    QCOMPARE(indicators("ws-healthy"), QStringLiteral("healthy healthy healthy healthy healthy"));
    QCOMPARE(health("ws-av-off"), QStringLiteral("needs-attention"));
    QCOMPARE(indicators("ws-av-off"),
             QStringLiteral("needs-attention healthy healthy healthy healthy"));
    QCOMPARE(health("ws-stopped"), QStringLiteral("needs-attention"));
    QCOMPARE(indicators("ws-stopped"),
             QStringLiteral("healthy healthy healthy healthy needs-attention"));
    QCOMPARE(
        rows.value(QStringLiteral("ws-stopped")).value(QStringLiteral("stoppedServices")).toArray(),
        QJsonArray { QStringLiteral("ntrtscan") });
    // No firewall component: No data for Firewall; no scan reported: No data, never a verdict.
    QCOMPARE(health("ws-nofw"), QStringLiteral("healthy"));
    QCOMPARE(indicators("ws-nofw"), QStringLiteral("healthy no-data no-data healthy healthy"));
    QVERIFY(rows.value(QStringLiteral("ws-nofw")).value(QStringLiteral("lastScan")).isNull());
    QCOMPARE(health("ws-old"), QStringLiteral("needs-attention"));
    QCOMPARE(indicators("ws-old"),
             QStringLiteral("healthy needs-attention healthy needs-attention healthy"));
    // Lab servers forgive what is off; Overlap targets it too: the oldest decides, both named.
    QCOMPARE(health("ws-lab"), QStringLiteral("healthy"));
    QCOMPARE(rows.value(QStringLiteral("ws-lab")).value(QStringLiteral("settings")).toString(),
             QStringLiteral("Lab servers"));
    QCOMPARE(rows.value(QStringLiteral("ws-lab")).value(QStringLiteral("conflicts")).toArray(),
             (QJsonArray { QStringLiteral("Lab servers"), QStringLiteral("Overlap") }));
    QCOMPARE(health("ws-retired"), QStringLiteral("untracked"));
    QCOMPARE(indicators("ws-retired"),
             QStringLiteral("untracked untracked untracked untracked untracked"));
    QCOMPARE(rows.value(QStringLiteral("ws-retired")).value(QStringLiteral("settings")).toString(),
             QStringLiteral("Retired"));
    QCOMPARE(health("ws-silent"), QStringLiteral("no-data"));
    QCOMPARE(indicators("ws-silent"), QStringLiteral("no-data no-data no-data no-data no-data"));
    QCOMPARE(rows.value(QStringLiteral("ws-healthy")).value(QStringLiteral("settings")).toString(),
             QStringLiteral("(Default Settings)"));
    QVERIFY(rows.value(QStringLiteral("ws-healthy"))
                .value(QStringLiteral("conflicts"))
                .toArray()
                .isEmpty());
    QCOMPARE(
        rows.value(QStringLiteral("ws-healthy")).value(QStringLiteral("patternDate")).toString(),
        dateDaysAgo(1));
    // Each pattern decoded in its own format (reference 004).
    QMap<QString, QString> versions;
    for (const QJsonValue &pattern :
         rows.value(QStringLiteral("ws-healthy")).value(QStringLiteral("patterns")).toArray())
        versions.insert(pattern.toObject().value(QStringLiteral("name")).toString(),
                        pattern.toObject().value(QStringLiteral("raw")).toString()
                            + QLatin1Char(' ')
                            + pattern.toObject().value(QStringLiteral("version")).toString());
    QCOMPARE(versions.value(QStringLiteral("Virus Pattern File")),
             QStringLiteral("0x00083C34 5.397.00"));
    QCOMPARE(versions.value(QStringLiteral("Virus Cleanup Template")),
             QStringLiteral("0x000003C6 966"));
    QCOMPARE(versions.value(QStringLiteral("Common Firewall Pattern")),
             QStringLiteral("0x00002791 10129"));
}

void TestCliHealth::csvCarriesTheSameRows()
{
    const QString out = m_directory.filePath(QStringLiteral("health.csv"));
    const Run csv = runCli({ QStringLiteral("health"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--out"), out });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.first(),
             QStringLiteral("name,address,health,antivirus,antivirusScan,firewall,"
                            "virusDefinitions,service,settings,conflicts,stoppedServices,"
                            "patterns,lastScan,patternDate"));
    const QString stopped = lines.filter(QStringLiteral("ws-stopped,")).value(0);
    QVERIFY2(stopped.startsWith(QStringLiteral("ws-stopped,") + address(Stopped)
                                + QStringLiteral(",needs-attention,healthy,healthy,healthy,healthy,"
                                                 "needs-attention,(Default Settings),,ntrtscan,")),
             qPrintable(stopped));
}

// The health report in the results export (issue 12, point 6): the same verdicts, after each
// endpoint's own columns; nothing for an endpoint without an agent of this server.
void TestCliHealth::resultsCarryTheHealthColumns()
{
    const Run json = runCli({ QStringLiteral("results"), QStringLiteral("--query-id"),
                              QStringLiteral("last"), QStringLiteral("--health") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &row : QJsonDocument::fromJson(json.out).array())
        byName.insert(row.toObject().value(QStringLiteral("name")).toString(), row.toObject());
    QCOMPARE(byName.size(), 9);
    QVERIFY(!byName.value(QStringLiteral("ws-branch")).contains(QStringLiteral("health")));
    const QJsonObject stopped
        = byName.value(QStringLiteral("ws-stopped")).value(QStringLiteral("health")).toObject();
    QCOMPARE(stopped.value(QStringLiteral("health")).toString(), QStringLiteral("needs-attention"));
    QCOMPARE(stopped.value(QStringLiteral("indicators"))
                 .toObject()
                 .value(QStringLiteral("service"))
                 .toString(),
             QStringLiteral("needs-attention"));

    const Run csv
        = runCli({ QStringLiteral("results"), QStringLiteral("--query-id"), QStringLiteral("last"),
                   QStringLiteral("--health"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = QString::fromUtf8(csv.out)
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QVERIFY2(lines.first().endsWith(QStringLiteral(",health,antivirus,antivirusScan,firewall,"
                                                   "virusDefinitions,service,stoppedServices,"
                                                   "patternDate")),
             qPrintable(lines.first()));
    const QString stoppedLine = lines.filter(QStringLiteral("ws-stopped,")).value(0);
    QVERIFY2(stoppedLine.endsWith(
                 QStringLiteral(
                     ",needs-attention,healthy,healthy,healthy,healthy,needs-attention,ntrtscan,")
                 + dateDaysAgo(1)),
             qPrintable(stoppedLine));
    QVERIFY2(
        lines.filter(QStringLiteral("ws-branch,")).value(0).endsWith(QStringLiteral(",,,,,,,,")),
        qPrintable(lines.filter(QStringLiteral("ws-branch,")).value(0)));
}

void TestCliHealth::startServiceWhereStoppedThenANewQuery()
{
    const Run started = runCli({ QStringLiteral("start-service"), QStringLiteral("--where-stopped"),
                                 QStringLiteral("--timeout"), QStringLiteral("15000") });
    QVERIFY2(started.exitCode == 0, qPrintable(QString::fromUtf8(started.out) + started.err));
    const QStringList lines
        = QString::fromUtf8(started.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first(),
             address(Stopped) + QLatin1Char(':') + QString::number(m_agentPort)
                 + QStringLiteral("\tdone\tntrtscan started"));
    const QMap<QString, QJsonObject> before = report();
    const QMap<QString, QJsonObject> after = queryAndReport();
    if (after.value(QStringLiteral("ws-stopped")).value(QStringLiteral("health"))
        != QStringLiteral("healthy"))
        qWarning("health snapshots:\n%s\nfleet:\n%s", qPrintable(dumpSnapshots()),
                 m_fleet.process().readAllStandardError().right(6000).constData());
    QCOMPARE(after.value(QStringLiteral("ws-stopped")).value(QStringLiteral("health")).toString(),
             QStringLiteral("healthy"));
    QVERIFY(after.value(QStringLiteral("ws-stopped"))
                .value(QStringLiteral("stoppedServices"))
                .toArray()
                .isEmpty());
    // The first query keeps its history: the service was stopped then.
    const Run first
        = runCli({ QStringLiteral("health"), QStringLiteral("--query-id"), QStringLiteral("1") });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(QString::fromUtf8(first.out).contains(QStringLiteral("ntrtscan")));
    QCOMPARE(before.value(QStringLiteral("ws-stopped")).value(QStringLiteral("health")).toString(),
             QStringLiteral("needs-attention"));
    // Nothing is stopped any more: nothing to start, and that is no failure.
    const Run again
        = runCli({ QStringLiteral("start-service"), QStringLiteral("--where-stopped") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("nothing to start")), qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
