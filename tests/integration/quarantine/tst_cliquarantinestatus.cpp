#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Issue 14, point 1, end to end on a real fleet over mutual TLS: an agent says by whom, since when
// and why it is quarantined; a query does not call a quarantined computer Unreachable although
// its quarantine closed the unreachable check port, and gathers that report;
// `osmgmt-cli quarantine-status` lists the quarantined and pending computers in JSON and CSV.
// Runs under tests/support/with-keyring.sh: the CLI finds this server's CA where the console
// keeps it.
class TestCliQuarantineStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aQuarantinedComputerIsNotUnreachable();
    void theReportListsQuarantinedAndPendingComputers();
    void theReportAsCsv();
    void detectionsFromTheClientLogs();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments, const QString &database = {});
    QString address(int host) const { return m_network + QString::number(host); }
    QString target(int host) const
    {
        return address(host) + QLatin1Char(':') + QString::number(m_agentPort);
    }
    QJsonObject queried(int host, const QString &database = {});

    QTemporaryDir m_directory;
    QString m_network;
    quint16 m_agentPort = 0;
    quint16 m_gatePort = 0;
    FleetProcess m_fleet;
};

namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Manual = 20, Pending = 21, Plain = 22 };

// Issue 14, point 2: the fleet plays the client logs' lines exactly as the files hold them; a
// malformed one is counted, never the agent's failure.
QJsonObject clientLogs()
{
    return {
        { QStringLiteral("virusLog"),
          QJsonArray {
              QStringLiteral("20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>"),
              QStringLiteral("20261201<;>1100<;>TROJ_CUT<;>7<;>"),
              QStringLiteral("20261201<;>1101<;>WORM_X<;>2<;>3<;>0<;>C:\\a<;>b.exe<;>") } },
        { QStringLiteral("webLog"),
          QJsonArray { QStringLiteral("20261201<;>1641<;>0<;>http://www.proxify.com/<;>0B<;>"
                                      "Hacking / Proxy Avoidance<;>1<;>2<;><;>49<;><;>70<;>") } }
    };
}
} // namespace

void TestCliQuarantineStatus::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    const QString block = FleetProcess::randomLoopbackNetwork();
    m_network = block.left(block.lastIndexOf(QLatin1Char('.')) + 1);
    m_agentPort = FleetProcess::randomPort();
    m_gatePort = FleetProcess::randomPort();
    auto endpoint = [this](int host, const QJsonObject &status) {
        return QJsonObject { { QStringLiteral("address"), address(host) },
                             { QStringLiteral("name"), QStringLiteral("ws%1").arg(host) },
                             { QStringLiteral("listen"), QJsonArray { int(m_gatePort) } },
                             { QStringLiteral("agent"),
                               QJsonObject { { QStringLiteral("port"), int(m_agentPort) },
                                             { QStringLiteral("server"), thisServer },
                                             { QStringLiteral("version"), QStringLiteral("1.2.0") },
                                             { QStringLiteral("domain"), QStringLiteral("Lab") },
                                             { QStringLiteral("status"), status } } } };
    };
    // Pending as the fleet file says: a policy warned it, its grace period not over.
    const QJsonObject pending {
        { QStringLiteral("quarantine"),
          QJsonObject { { QStringLiteral("state"), QStringLiteral("pending") },
                        { QStringLiteral("reason"), QStringLiteral("policy") },
                        { QStringLiteral("policy"), QStringLiteral("Critical 2026") },
                        { QStringLiteral("since"), QStringLiteral("2026-12-01T10:00:00Z") },
                        { QStringLiteral("graceEnds"), QStringLiteral("2026-12-04T10:00:00Z") },
                        { QStringLiteral("missingCves"),
                          QJsonArray { QStringLiteral("CVE-2026-0001"),
                                       QStringLiteral("CVE-2026-0002") } } } }
    };
    const QJsonObject fleet {
        { QStringLiteral("servers"),
          QJsonObject { { thisServer,
                          QJsonObject { { QStringLiteral("ca"),
                                          IdentityFiles::serverCertificate(
                                              Settings::dataDirectory()) } } } } },
        { QStringLiteral("endpoints"),
          QJsonArray { endpoint(Manual, {}), endpoint(Pending, pending),
                       endpoint(Plain, clientLogs()) } },
    };
    const QString error = m_fleet.start(fleet);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int host : { Manual, Pending, Plain }) {
        const Run registered
            = runCli({ QStringLiteral("register"), QStringLiteral("--address"), target(host),
                       QStringLiteral("--server-name"), thisServer });
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    }
}

TestCliQuarantineStatus::Run TestCliQuarantineStatus::runCli(const QStringList &arguments,
                                                             const QString &database)
{
    QProcess cli;
    const QString store
        = database.isEmpty() ? m_directory.filePath(QStringLiteral("osmgmt.sqlite")) : database;
    cli.start(TestEnvironment::cliProgram(),
              arguments + QStringList { QStringLiteral("--db"), store });
    if (!cli.waitForStarted())
        qFatal("osmgmt-cli did not start");
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000))
        qFatal("osmgmt-cli did not finish");
    return { cli.exitCode(), cli.readAllStandardOutput(),
             QString::fromUtf8(cli.readAllStandardError()) };
}

// What `osmgmt-cli query` says of the computer at `host`, with the unreachable check on.
QJsonObject TestCliQuarantineStatus::queried(int host, const QString &database)
{
    const QString scope = m_directory.filePath(QStringLiteral("scope.json"));
    QFile scopeFile(scope);
    if (!scopeFile.open(QIODevice::WriteOnly))
        qFatal("cannot write the scope");
    const QJsonObject scopeJson {
        { QStringLiteral("ipScopeEnabled"), true },
        { QStringLiteral("ipv4Ranges"), QJsonArray { address(host) } },
        { QStringLiteral("ports"), QJsonArray { int(m_agentPort) } },
        { QStringLiteral("unreachableCheck"),
          QJsonObject { { QStringLiteral("enabled"), true },
                        { QStringLiteral("port"), int(m_gatePort) } } },
        { QStringLiteral("timeoutMs"), 3000 },
    };
    scopeFile.write(QJsonDocument(scopeJson).toJson());
    scopeFile.close();
    const Run query = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                               QStringLiteral("--server-name"), thisServer },
                             database);
    if (query.exitCode != 0)
        qFatal("query failed: %s", qPrintable(query.err));
    return QJsonDocument::fromJson(query.out).array().first().toObject();
}

void TestCliQuarantineStatus::aQuarantinedComputerIsNotUnreachable()
{
    QCOMPARE(queried(Manual).value(QStringLiteral("status")).toString(),
             QStringLiteral("managed-by-this-server"));
    const Run quarantined = runCli({ QStringLiteral("quarantine"), QStringLiteral("--address"),
                                     target(Manual), QStringLiteral("--server-name"), thisServer });
    QVERIFY2(quarantined.exitCode == 0, qPrintable(quarantined.err));
    // The fleet closed its other ports, the gate among them. A store that knows nothing of the
    // quarantine sees what any other console sees: Unreachable at the gate.
    const QJsonObject elsewhere
        = queried(Manual, m_directory.filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(elsewhere.value(QStringLiteral("status")).toString(), QStringLiteral("unreachable"));
    // This store sent the quarantine: the agent port is tried, and the detail says why the gate
    // is closed.
    const QJsonObject here = queried(Manual);
    QCOMPARE(here.value(QStringLiteral("status")).toString(),
             QStringLiteral("managed-by-this-server"));
    QCOMPARE(here.value(QStringLiteral("gate")).toString(), QStringLiteral("refused"));
    const QString detail = here.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("quarantined")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("closed on purpose")), qPrintable(detail));
    // And the pending one, for the report.
    QCOMPARE(queried(Pending).value(QStringLiteral("status")).toString(),
             QStringLiteral("managed-by-this-server"));
}

void TestCliQuarantineStatus::theReportListsQuarantinedAndPendingComputers()
{
    const Run report = runCli({ QStringLiteral("quarantine-status") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonArray records = QJsonDocument::fromJson(report.out).array();
    QCOMPARE(records.size(), 2);
    const QJsonObject manual = records.at(0).toObject();
    QCOMPARE(manual.value(QStringLiteral("address")).toString(), address(Manual));
    QCOMPARE(manual.value(QStringLiteral("name")).toString(), QStringLiteral("ws20"));
    QCOMPARE(manual.value(QStringLiteral("state")).toString(), QStringLiteral("quarantined"));
    QCOMPARE(manual.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    QVERIFY(QDateTime::fromString(manual.value(QStringLiteral("since")).toString(), Qt::ISODate)
                .isValid());
    // The agent's own words, gathered by the query: the console's address it came from.
    QVERIFY2(manual.value(QStringLiteral("why"))
                 .toString()
                 .startsWith(QStringLiteral("quarantined by the console at ")),
             qPrintable(manual.value(QStringLiteral("why")).toString()));
    const QJsonObject pending = records.at(1).toObject();
    QCOMPARE(pending.value(QStringLiteral("address")).toString(), address(Pending));
    QCOMPARE(pending.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("reason")).toString(), QStringLiteral("policy"));
    QCOMPARE(pending.value(QStringLiteral("policy")).toString(), QStringLiteral("Critical 2026"));
    QCOMPARE(pending.value(QStringLiteral("since")).toString(),
             QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(pending.value(QStringLiteral("graceEnds")).toString(),
             QStringLiteral("2026-12-04T10:00:00Z"));
    QCOMPARE(pending.value(QStringLiteral("missingCves")).toArray().size(), 2);
}

void TestCliQuarantineStatus::theReportAsCsv()
{
    const Run report = runCli(
        { QStringLiteral("quarantine-status"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QStringList lines = QString::fromUtf8(report.out)
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("name,address,state,reason,policy,since,graceEnds,missingCves,why"));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("ws21,%1,pending,policy,Critical 2026,"
                                                   "2026-12-01T10:00:00Z,2026-12-04T10:00:00Z,"
                                                   "CVE-2026-0001 CVE-2026-0002,")
                                        .arg(address(Pending))),
             qPrintable(lines.at(2)));
    // Bad usage is refused with the reason.
    const Run bad = runCli(
        { QStringLiteral("quarantine-status"), QStringLiteral("--format"), QStringLiteral("xml") });
    QCOMPARE(bad.exitCode, 2);
}

void TestCliQuarantineStatus::detectionsFromTheClientLogs()
{
    for (int round = 0; round < 2; ++round) { // the lines stay in the logs: stored once
        QCOMPARE(queried(Plain).value(QStringLiteral("status")).toString(),
                 QStringLiteral("managed-by-this-server"));
        const Run json = runCli({ QStringLiteral("detections") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray records = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(records.size(), 3);
        const QJsonObject eicar = records.at(0).toObject();
        QCOMPARE(eicar.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-12-01T10:59"));
        QCOMPARE(eicar.value(QStringLiteral("name")).toString(), QStringLiteral("ws22"));
        QCOMPARE(eicar.value(QStringLiteral("address")).toString(), address(Plain));
        QCOMPARE(eicar.value(QStringLiteral("threat")).toString(),
                 QStringLiteral("Eicar_test_file"));
        QCOMPARE(eicar.value(QStringLiteral("result")).toInt(), 1);
        QCOMPARE(eicar.value(QStringLiteral("resultText")).toString(),
                 QStringLiteral("Moved successfully"));
        QCOMPARE(eicar.value(QStringLiteral("scanType")).toInt(), 1);
        QCOMPARE(eicar.value(QStringLiteral("path")).toString(), QStringLiteral("C:\\eicar.com"));
        QCOMPARE(eicar.value(QStringLiteral("source")).toString(), QStringLiteral("virus"));
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("C:\\a<;>b.exe"));
        const QJsonObject web = records.at(2).toObject();
        QCOMPARE(web.value(QStringLiteral("source")).toString(), QStringLiteral("web"));
        QCOMPARE(web.value(QStringLiteral("threat")).toString(),
                 QStringLiteral("Hacking / Proxy Avoidance"));
        QVERIFY(web.value(QStringLiteral("result")).isNull());
    }
    const Run csv = runCli(
        { QStringLiteral("detections"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(QString::fromUtf8(csv.out)
                .remove(QChar(0xFEFF))
                .startsWith(QStringLiteral(
                    "time,name,address,threat,result,resultText,scanType,path,source\r\n")));
}

QTEST_GUILESS_MAIN(TestCliQuarantineStatus)
#include "tst_cliquarantinestatus.moc"
