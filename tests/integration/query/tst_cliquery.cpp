#include "fleetprocess.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/querystore.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <csignal>

// osmgmt-cli query against a real fleet agent on loopback: every security status, the gate
// field, both output formats, the store, bad scopes and SIGINT.
class TestCliQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesEveryStatusWithGate();
    void classifiesWithoutGate();
    void writesCsv();
    void refusesBadScopes_data();
    void refusesBadScopes();
    void sigintKeepsWhatFinished();
    void sameResultsOnEveryThreadCountAndPoller();
    void refusesAnEndlessScopeFile();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    QString writeScope(const QString &name, bool gate, int timeoutMs = 2000,
                       const QString &range = {});
    Run runCli(const QStringList &arguments);
    QMap<QString, QJsonObject> byAddress(const QByteArray &json);

    QTemporaryDir m_dir;
    FleetProcess m_fleet;
    QString m_net;
    quint16 m_gatePort = 0;
    quint16 m_agentPort = 0;
};

namespace {
const QString thisServer = QStringLiteral("osm-test");

QJsonObject agent(quint16 port, const QString &server, const QString &behaviour = {})
{
    QJsonObject object { { QStringLiteral("port"), port },
                         { QStringLiteral("server"), server },
                         { QStringLiteral("version"), QStringLiteral("2.1.0") },
                         { QStringLiteral("domain"), QStringLiteral("Finance") } };
    if (!behaviour.isEmpty())
        object.insert(QStringLiteral("behaviour"), behaviour);
    return object;
}
} // namespace

void TestCliQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_net = FleetProcess::randomLoopbackNetwork();
    m_gatePort = FleetProcess::randomPort();
    do {
        m_agentPort = FleetProcess::randomPort();
    } while (m_agentPort == m_gatePort);
    const QJsonArray gate { m_gatePort };
    auto endpoint = [this](int host, const QString &name) {
        return QJsonObject { { QStringLiteral("address"), QString(m_net + QString::number(host)) },
                             { QStringLiteral("name"), name } };
    };
    QJsonArray endpoints;
    QJsonObject e = endpoint(1, QStringLiteral("ws-this"));
    e.insert(QStringLiteral("listen"), gate);
    e.insert(QStringLiteral("agent"), agent(m_agentPort, thisServer));
    endpoints.append(e);
    e = endpoint(2, QStringLiteral("ws-other"));
    e.insert(QStringLiteral("listen"), gate);
    e.insert(QStringLiteral("agent"), agent(m_agentPort, QStringLiteral("osm-branch")));
    endpoints.append(e);
    e = endpoint(3, QStringLiteral("ws-gate-only"));
    e.insert(QStringLiteral("listen"), gate);
    endpoints.append(e);
    endpoints.append(endpoint(4, QStringLiteral("ws-nothing")));
    for (const auto &[host, behaviour] :
         { std::pair { 5, "stall" }, std::pair { 6, "garbage" }, std::pair { 7, "close" } }) {
        e = endpoint(host, QString::fromLatin1(behaviour));
        e.insert(QStringLiteral("listen"), gate);
        e.insert(QStringLiteral("agent"),
                 agent(m_agentPort, thisServer, QString::fromLatin1(behaviour)));
        endpoints.append(e);
    }
    e = endpoint(8, QStringLiteral("ws-no-gate"));
    e.insert(QStringLiteral("agent"), agent(m_agentPort, thisServer));
    endpoints.append(e);
    // Agents prove they are this server's with an agent certificate of its CA (issue 15): the
    // fleet's agents of osm-test are registered with the test CA, and the CLI, whose data
    // folder is made here, finds that CA's certificate where the console keeps its own.
    m_fleet.registerAgents(thisServer, FleetProcess::testAuthority());
    const QString error = m_fleet.start({ { QStringLiteral("endpoints"), endpoints } });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
    Settings::identifyApplication();
    QVERIFY(QDir().mkpath(Settings::dataDirectory()));
    QFile ca(IdentityFiles::serverCertificate(Settings::dataDirectory()));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(FleetProcess::testAuthority().certificatePem());
}

QString TestCliQuery::writeScope(const QString &name, bool gate, int timeoutMs,
                                 const QString &range)
{
    const QJsonObject scope {
        { QStringLiteral("ipv4Ranges"),
          QJsonArray { range.isEmpty() ? m_net + QStringLiteral("1-") + m_net + QStringLiteral("10")
                                       : range } },
        { QStringLiteral("ipv6Prefixes"), QJsonArray {} },
        { QStringLiteral("ports"), QJsonArray { m_agentPort } },
        { QStringLiteral("unreachableCheck"),
          QJsonObject { { QStringLiteral("enabled"), gate },
                        { QStringLiteral("port"), m_gatePort } } },
        { QStringLiteral("timeoutMs"), timeoutMs },
    };
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(scope).toJson());
    return path;
}

TestCliQuery::Run TestCliQuery::runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(TestEnvironment::cliProgram(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QMap<QString, QJsonObject> TestCliQuery::byAddress(const QByteArray &json)
{
    QMap<QString, QJsonObject> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        result.insert(value[QLatin1String("address")].toString(), value.toObject());
    return result;
}

void TestCliQuery::classifiesEveryStatusWithGate()
{
    const QString db = m_dir.filePath(QStringLiteral("gate.sqlite"));
    const Run run = runCli({ QStringLiteral("query"), QStringLiteral("--scope"),
                             writeScope(QStringLiteral("gate.json"), true),
                             QStringLiteral("--server-name"), thisServer, QStringLiteral("--db"),
                             db, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto results = byAddress(run.out);
    QCOMPARE(results.size(), 10);
    struct Expected
    {
        int host;
        const char *status;
        const char *gate;
        const char *name;
    };
    const Expected expected[] = {
        { 1, "managed-by-this-server", "connected", "ws-this" },
        { 2, "managed-by-another-server", "connected", "ws-other" },
        { 3, "no-client-installed", "connected", "" },
        { 4, "unreachable", "refused", "" },
        { 5, "no-client-installed", "connected", "" },
        { 6, "no-client-installed", "connected", "" },
        { 7, "no-client-installed", "connected", "" },
        { 8, "unreachable", "refused", "" },
        { 9, "unreachable", "refused", "" },
        { 10, "unreachable", "refused", "" },
    };
    for (const Expected &row : expected) {
        const QJsonObject endpoint = results.value(m_net + QString::number(row.host));
        QCOMPARE(endpoint[QLatin1String("status")].toString(), QLatin1String(row.status));
        QCOMPARE(endpoint[QLatin1String("gate")].toString(), QLatin1String(row.gate));
        QCOMPARE(endpoint[QLatin1String("name")].toString(), QLatin1String(row.name));
    }
    const QJsonObject other = results.value(m_net + QStringLiteral("2"));
    QCOMPARE(other[QLatin1String("server")].toString(), QStringLiteral("osm-branch"));
    QCOMPARE(other[QLatin1String("agentVersion")].toString(), QStringLiteral("2.1.0"));
    QCOMPARE(other[QLatin1String("domain")].toString(), QStringLiteral("Finance"));
    // The broken handshakes keep what went wrong.
    auto portOutcome = [&](int host) {
        return results
            .value(m_net
                   + QString::number(host))[QLatin1String("ports")][0][QLatin1String("outcome")]
            .toString();
    };
    QCOMPARE(portOutcome(5), QStringLiteral("stalled"));
    QCOMPARE(portOutcome(6), QStringLiteral("garbage"));
    QCOMPARE(portOutcome(7), QStringLiteral("closed"));
    QCOMPARE(portOutcome(3), QStringLiteral("refused"));

    // The store holds the query, completed, with every endpoint.
    auto database = Database::openSqlite(db);
    QVERIFY2(database, qPrintable(database.error()));
    QueryStore store(database.value());
    const auto latest = store.latestQuery();
    QVERIFY(latest && latest.value());
    QCOMPARE(latest.value()->state, QueryState::Completed);
    QCOMPARE(latest.value()->endpointCount, qint64(10));
    QCOMPARE(latest.value()->serverName, thisServer);
    const auto counts = store.statusCounts(latest.value()->id);
    QVERIFY(counts);
    QCOMPARE(counts.value().value(SecurityStatus::Unreachable), qint64(4));
    QCOMPARE(counts.value().value(SecurityStatus::NoClientInstalled), qint64(4));
}

void TestCliQuery::classifiesWithoutGate()
{
    const Run run = runCli({ QStringLiteral("query"), QStringLiteral("--scope"),
                             writeScope(QStringLiteral("nogate.json"), false),
                             QStringLiteral("--server-name"), thisServer, QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("nogate.sqlite")) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto results = byAddress(run.out);
    QCOMPARE(results.size(), 10);
    auto status = [&](int host) {
        return results.value(m_net + QString::number(host))[QLatin1String("status")].toString();
    };
    auto gate = [&](int host) {
        return results.value(m_net + QString::number(host))[QLatin1String("gate")].toString();
    };
    QCOMPARE(status(8), QStringLiteral("managed-by-this-server"));
    QCOMPARE(gate(8), QStringLiteral("skipped"));
    // Loopback refuses at once: the host answered, so it is up without a client.
    QCOMPARE(status(4), QStringLiteral("no-client-installed"));
    QCOMPARE(status(1), QStringLiteral("managed-by-this-server"));
    QCOMPARE(status(2), QStringLiteral("managed-by-another-server"));
}

void TestCliQuery::writesCsv()
{
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const Run run = runCli(
        { QStringLiteral("query"), QStringLiteral("--scope"),
          writeScope(QStringLiteral("csv.json"), true), QStringLiteral("--server-name"), thisServer,
          QStringLiteral("--db"), m_dir.filePath(QStringLiteral("csv.sqlite")),
          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 12); // header, ten rows, and the empty tail after the last CRLF
    QVERIFY(lines.first().startsWith("Name,IP address,Security status"));
    QVERIFY(
        bytes.contains(QByteArray("ws-other," + m_net.toLatin1() + "2,managed-by-another-server")));
}

void TestCliQuery::refusesBadScopes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ipv6 length") << QByteArray(R"({"ipv6Prefixes":["fd00::/111"],"ports":[1]})")
                                 << QStringLiteral("111 is below 112");
    QTest::newRow("port range") << QByteArray(R"({"ipv4Ranges":["127.0.0.1"],"ports":[70000]})")
                                << QStringLiteral("70000");
    QTest::newRow("malformed range") << QByteArray(R"({"ipv4Ranges":["127.0.0.300"],"ports":[1]})")
                                     << QStringLiteral("127.0.0.300");
    QTest::newRow("not json") << QByteArray("{ports: [") << QStringLiteral("JSON");
    QTest::newRow("no ports") << QByteArray(R"({"ipv4Ranges":["127.0.0.1"],"ports":[]})")
                              << QStringLiteral("port");
    // Issue 18, point 3: the limits, named in the error.
    QByteArray ports;
    for (int port = 1; port <= 65; ++port)
        ports += (port > 1 ? "," : "") + QByteArray::number(port);
    QTest::newRow("65 ports") << QByteArray(R"({"ipv4Ranges":["127.0.0.1"],"ports":[)" + ports
                                            + "]}")
                              << QStringLiteral("ports; at most 64");
    QByteArray ranges;
    for (int i = 0; i < 17; ++i)
        ranges += (i > 0 ? "," : "") + QByteArray("\"127.") + QByteArray::number(100 + i)
            + ".0.0/16\"";
    QTest::newRow("17 /16s") << QByteArray(R"({"ports":[1],"ipv4Ranges":[)" + ranges + "]}")
                             << QStringLiteral("probe/maxAddresses");
}

void TestCliQuery::refusesBadScopes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const Run run
        = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), path, QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("bad.sqlite")) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(reason, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliQuery::sigintKeepsWhatFinished()
{
    // Stalled agents hold the query for the whole (long) timeout; the unreachable ones finish
    // at once. SIGINT must stop it, keep those, and mark the query cancelled.
    const QString db = m_dir.filePath(QStringLiteral("sigint.sqlite"));
    QProcess process;
    process.start(TestEnvironment::cliProgram(),
                  { QStringLiteral("query"), QStringLiteral("--scope"),
                    writeScope(QStringLiteral("sigint.json"), true, 30000),
                    QStringLiteral("--server-name"), thisServer, QStringLiteral("--db"), db });
    QVERIFY(process.waitForStarted());
    // The stalled endpoint is the only one left once the others are stored.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto database = Database::openSqlite(db);
            if (!database)
                return false;
            const auto latest = QueryStore(database.value()).latestQuery();
            return latest && latest.value() && latest.value()->endpointCount >= 9;
        }(),
        20000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 130);
    const auto results = byAddress(process.readAllStandardOutput());
    QCOMPARE(results.size(), 9);
    QVERIFY(!results.contains(m_net + QStringLiteral("5")));
    auto database = Database::openSqlite(db);
    QVERIFY(database);
    const auto latest = QueryStore(database.value()).latestQuery();
    QVERIFY(latest && latest.value());
    QCOMPARE(latest.value()->state, QueryState::Cancelled);
    QCOMPARE(latest.value()->endpointCount, qint64(9));
}

// Issue 18, points 1 and 2: the engine threads' merged results, and those of the portable
// poller, are the first query's, every field of every address (the output is in address order).
void TestCliQuery::sameResultsOnEveryThreadCountAndPoller()
{
    const QString scope
        = writeScope(QStringLiteral("threads.json"), true, 2000, m_net + QStringLiteral("0/24"));
    QByteArray first;
    const QList<QStringList> engines { { QStringLiteral("--threads"), QStringLiteral("1") },
                                       { QStringLiteral("--threads"), QStringLiteral("3") },
                                       { QStringLiteral("--threads"), QStringLiteral("3"),
                                         QStringLiteral("--poller"), QStringLiteral("poll") },
                                       { QStringLiteral("--threads"), QStringLiteral("1"),
                                         QStringLiteral("--poller"), QStringLiteral("poll") } };
    for (const QStringList &engine : engines) {
        const Run run = runCli(QStringList { QStringLiteral("query"), QStringLiteral("--scope"),
                                             scope, QStringLiteral("--server-name"), thisServer,
                                             QStringLiteral("--db"),
                                             m_dir.filePath(QStringLiteral("threads.sqlite")) }
                               + engine);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(byAddress(run.out).size(), 256);
        QCOMPARE(byAddress(run.out).value(m_net + QLatin1Char('1'))[QLatin1String("status")],
                 QStringLiteral("managed-by-this-server"));
        if (first.isEmpty()) {
            first = run.out;
            continue;
        }
        // A peer that closes mid-handshake is seen as a reset or as an end of stream, as the
        // timing falls (tst_probetls): its words are left out, its outcome is not.
        const auto comparable = [](QMap<QString, QJsonObject> endpoints) {
            for (QJsonObject &endpoint : endpoints) {
                QJsonArray ports = endpoint[QLatin1String("ports")].toArray();
                bool closed = false;
                for (QJsonValueRef port : ports) {
                    QJsonObject object = port.toObject();
                    closed = closed || object[QLatin1String("outcome")] == QStringLiteral("closed");
                    if (object[QLatin1String("outcome")] == QStringLiteral("closed"))
                        object.remove(QLatin1String("detail"));
                    port = object;
                }
                endpoint[QLatin1String("ports")] = ports;
                if (closed)
                    endpoint.remove(QLatin1String("detail"));
            }
            return endpoints;
        };
        const auto expected = comparable(byAddress(first));
        const auto found = comparable(byAddress(run.out));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(
                found.value(it.key()) == it.value(),
                qPrintable(
                    engine.join(QLatin1Char(' ')) + QStringLiteral(": ")
                    + QString::fromUtf8(
                        QJsonDocument(found.value(it.key())).toJson(QJsonDocument::Compact))
                    + QStringLiteral(" != ")
                    + QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))));
        }
    }
    const Run wrong = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), scope,
                               QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")),
                               QStringLiteral("--poller"), QStringLiteral("kqueue") });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("--poller must be one of: epoll, poll")),
             qPrintable(wrong.err));
}

// Issue 18, point 3: a scope "file" that never ends is refused after 4 MiB, not read forever.
void TestCliQuery::refusesAnEndlessScopeFile()
{
    const Run run
        = runCli({ QStringLiteral("query"), QStringLiteral("--scope"), QStringLiteral("/dev/zero"),
                   QStringLiteral("--db"), m_dir.filePath(QStringLiteral("zero.sqlite")) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("/dev/zero is larger than")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cliquery.moc"
