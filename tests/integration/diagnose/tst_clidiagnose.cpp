#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "storedquery.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `osmgmt-cli diagnose` (docs/cli.md) against a real fleet: the JSON a script reads, the text a
// person reads (agent text printable), the exit codes. Runs under with-keyring.sh: the CLI finds
// this server's CA where the console keeps it, and presents a certificate it issues.
namespace {
const QString thisServer = QStringLiteral("osm-hq");
enum Host { Healthy = 1, Skewed = 2, Hostile = 3, GateOnly = 4 };
} // namespace

class TestCliDiagnose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonOfAHealthyAgent();
    void jsonNamesASkewedClock();
    void textShowsAgentWordsOnlyPrintable();
    void theStoreTellsThatTheAgentAnsweredBefore();
    void badOptionsAreRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QString address(int host) const { return m_net + QString::number(host); }
    QString target(int host) const
    {
        return address(host) + QLatin1Char(':') + QString::number(m_agentPort);
    }

    QTemporaryDir m_directory;
    QString m_net;
    quint16 m_agentPort = 0;
    quint16 m_gatePort = 0;
    FleetProcess m_fleet;
};

void TestCliDiagnose::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_directory.isValid());
    Settings::identifyApplication();
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()), thisServer);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_net = FleetProcess::randomLoopbackNetwork();
    m_agentPort = FleetProcess::randomPort();
    m_gatePort = quint16(m_agentPort == 59999 ? 20000 : m_agentPort + 1);
    auto endpoint = [this](int host, const QJsonObject &status) {
        QJsonObject entry { { QStringLiteral("address"), address(host) },
                            { QStringLiteral("listen"), QJsonArray { m_gatePort } } };
        if (host != GateOnly)
            entry.insert(QStringLiteral("agent"),
                         QJsonObject { { QStringLiteral("port"), m_agentPort },
                                       { QStringLiteral("server"), thisServer },
                                       { QStringLiteral("version"), QStringLiteral("1.2.0") },
                                       { QStringLiteral("status"), status } });
        return entry;
    };
    const QJsonArray endpoints {
        endpoint(Healthy, {}),
        endpoint(Skewed, { { QStringLiteral("clockSkewSeconds"), 86400 } }),
        // A service whose name carries an escape sequence that would recolour a terminal.
        endpoint(Hostile,
                 { { QStringLiteral("services"),
                     QJsonObject {
                         { QStringLiteral("evil\x1b[31mred"), QStringLiteral("stopped") } } } }),
        endpoint(GateOnly, {}),
    };
    m_fleet.registerAgents(thisServer, identity->authority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TestCliDiagnose::Run TestCliDiagnose::runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(TestEnvironment::cliProgram(),
              QStringList { QStringLiteral("diagnose") } + arguments
                  + QStringList { QStringLiteral("--server-name"), thisServer,
                                  QStringLiteral("--db"),
                                  m_directory.filePath(QStringLiteral("osmgmt.sqlite")),
                                  QStringLiteral("--timeout"), QStringLiteral("3000") });
    if (!cli.waitForStarted() || !cli.waitForFinished(60000))
        qFatal("osmgmt-cli diagnose did not run");
    return Run { cli.exitCode(), cli.readAllStandardOutput(),
                 QString::fromUtf8(cli.readAllStandardError()) };
}

void TestCliDiagnose::jsonOfAHealthyAgent()
{
    const Run run = runCli({ QStringLiteral("--address"), target(Healthy),
                             QStringLiteral("--gate-port"), QString::number(m_gatePort),
                             QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("address")).toString(), target(Healthy));
    QVERIFY(json.value(QStringLiteral("likelyCause")).isNull());
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QStringList names;
    for (const QJsonValue &step : steps) {
        const QJsonObject object = step.toObject();
        names << object.value(QStringLiteral("step")).toString();
        QCOMPARE(object.keys(),
                 (QStringList { QStringLiteral("cause"), QStringLiteral("outcome"),
                                QStringLiteral("remedy"), QStringLiteral("seen"),
                                QStringLiteral("step") }));
        QVERIFY2(object.value(QStringLiteral("outcome")).toString() != QLatin1String("failed"),
                 qPrintable(object.value(QStringLiteral("seen")).toString()));
    }
    QCOMPARE(names.join(QLatin1Char(',')),
             QStringLiteral("name,port,tls,certificate,clock,agent,quarantine,gate"));
    // This console's certificate was presented and accepted: the whole report came.
    QCOMPARE(steps.at(5).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("ok"));
}

void TestCliDiagnose::jsonNamesASkewedClock()
{
    const Run run = runCli({ QStringLiteral("--address"), address(Skewed), QStringLiteral("--port"),
                             QString::number(m_agentPort), QStringLiteral("--format"),
                             QStringLiteral("json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(json.value(QStringLiteral("likelyCause"))
                 .toString()
                 .startsWith(QLatin1String("The agent's system time is wrong (")),
             run.out.constData());
    const QJsonObject clock = json.value(QStringLiteral("steps")).toArray().at(4).toObject();
    QCOMPARE(clock.value(QStringLiteral("step")).toString(), QStringLiteral("clock"));
    QCOMPARE(clock.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    // A day ahead (a loaded machine may take a second to answer: 23 h 59 min is as right).
    const QString seen = clock.value(QStringLiteral("seen")).toString();
    QVERIFY2(seen.contains(QLatin1String(", 1 d ahead"))
                 || seen.contains(QLatin1String(", 23 h 59 min ahead")),
             qPrintable(seen));
    QVERIFY(!clock.value(QStringLiteral("remedy")).toString().isEmpty());
}

void TestCliDiagnose::textShowsAgentWordsOnlyPrintable()
{
    const Run run = runCli({ QStringLiteral("--address"), target(Hostile) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains('\x1b'), run.out.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("evil\uFFFD[31mred")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Likely cause: A service of the agent is stopped")));
    QVERIFY(text.contains(QLatin1String("remedy: Start the service")));
}

void TestCliDiagnose::theStoreTellsThatTheAgentAnsweredBefore()
{
    Endpoint answered;
    answered.address = address(GateOnly);
    answered.status = SecurityStatus::ManagedByThisServer;
    answered.agentPort = m_agentPort;
    answered.server = thisServer;
    storeCompletedQuery(m_directory.filePath(QStringLiteral("osmgmt.sqlite")), { answered },
                        QDateTime::currentDateTimeUtc().addSecs(-3600));
    const Run run = runCli({ QStringLiteral("--address"), target(GateOnly),
                             QStringLiteral("--gate-port"), QString::number(m_gatePort),
                             QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("likelyCause")).toString(),
             QStringLiteral("The agent's process is not running: the computer is up, but "
                            "nothing listens on the agent port"));
}

void TestCliDiagnose::badOptionsAreRefused()
{
    Run run = runCli({ QStringLiteral("--address"), target(Healthy), QStringLiteral("--format"),
                       QStringLiteral("xml") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--format")));
    run = runCli({ QStringLiteral("--port"), QString::number(m_agentPort) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--address")));
    run = runCli({ QStringLiteral("--address"), QStringLiteral("[::1:80") });
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_clidiagnose.moc"
