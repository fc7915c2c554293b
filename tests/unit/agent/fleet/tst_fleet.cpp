#include "agentlink/agenttls.h"
#include "agentstate.h"
#include "fleet/fleet.h"
#include "identity/certificateauthority.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// The example of docs/fleet-format.md.
const QByteArray documentedFleet = R"({ "endpoints": [
  { "address": "127.20.0.5", "name": "ws005", "listen": [135],
    "agent": { "port": 21112, "server": "osm-hq", "version": "1.2.0", "domain": "Finance" } },
  { "address": "127.20.0.6", "name": "ws006", "listen": [135] },
  { "address": "127.20.0.7", "name": "ws007" },
  { "address": "127.20.0.8", "listen": [135], "agent": { "port": 21112, "behaviour": "stall" } },
  { "address": "127.20.0.9", "listen": [135], "agent": { "port": 21112, "behaviour": "garbage" } } ] })";

// A fleet of one entry, for errors in that entry.
QByteArray oneEntry(const char *entry)
{
    return QByteArray(R"({"endpoints": [{"address": "127.20.0.1"}, )") + entry + "]}";
}
Result<AgentTls::Credentials> makeCa()
{
    const Result<CertificateAuthority> ca = CertificateAuthority::create(QStringLiteral("osm-hq"));
    if (!ca)
        return Result<AgentTls::Credentials>::failure(ca.error());
    return AgentTls::Credentials { ca->certificate(), {} };
}
} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample()
    {
        const Result<Fleet> fleet = parseFleet(documentedFleet);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->endpoints.size(), 5);
        QCOMPARE(fleet->listenerCount(), 7);

        const FleetEndpoint &ws005 = fleet->endpoints.at(0);
        QCOMPARE(ws005.address, QHostAddress(QStringLiteral("127.20.0.5")));
        QCOMPARE(ws005.name, QStringLiteral("ws005"));
        QCOMPARE(ws005.listen, QVector<quint16> { 135 });
        QVERIFY(ws005.agent.has_value());
        QCOMPARE(ws005.agent->port, quint16(21112));
        QCOMPARE(ws005.agent->behaviour, AgentBehaviour::Answer);
        const AgentIdentity expected { QStringLiteral("ws005"), QStringLiteral("osm-hq"),
                                       QStringLiteral("1.2.0"), QStringLiteral("Finance") };
        QCOMPARE(ws005.agent->identity, expected);

        QVERIFY(!fleet->endpoints.at(1).agent.has_value());
        QVERIFY(fleet->endpoints.at(2).listen.isEmpty());
        QVERIFY(!fleet->endpoints.at(2).agent.has_value());
        QVERIFY(fleet->endpoints.at(3).name.isEmpty());
        QCOMPARE(fleet->endpoints.at(3).agent->behaviour, AgentBehaviour::Stall);
        QCOMPARE(fleet->endpoints.at(4).agent->behaviour, AgentBehaviour::Garbage);
    }

    void parsesIpv6AndEveryBehaviour()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": [
            {"address": "::1", "agent": {"port": 1, "behaviour": "close"}},
            {"address": "127.0.0.2", "agent": {"port": 65535, "behaviour": "answer"}},
            {"address": "127.0.0.3", "agent": {"port": 2, "behaviour": "stall"}},
            {"address": "127.0.0.4", "agent": {"port": 3, "behaviour": "garbage"}}]})");
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->endpoints.at(0).address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(fleet->endpoints.at(0).agent->behaviour, AgentBehaviour::Close);
        QCOMPARE(fleet->endpoints.at(1).agent->port, quint16(65535));
        QCOMPARE(fleet->endpoints.at(1).agent->behaviour, AgentBehaviour::Answer);
    }

    void failCommandsNameTheCommandsThatFail()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": [
            {"address": "127.0.0.2", "agent": {"port": 1, "failCommands": {
                "quarantine": "nftables is not available", "start-service": "no systemd"}}},
            {"address": "127.0.0.3", "agent": {"port": 1}}]})");
        QVERIFY2(fleet, qPrintable(fleet.error()));
        const QHash<QString, QString> failing = fleet->endpoints.at(0).agent->failCommands;
        QCOMPARE(failing.size(), 2);
        QCOMPARE(failing.value(QStringLiteral("quarantine")),
                 QStringLiteral("nftables is not available"));
        QCOMPARE(failing.value(QStringLiteral("start-service")), QStringLiteral("no systemd"));
        QVERIFY(fleet->endpoints.at(1).agent->failCommands.isEmpty());
    }

    void emptyFleetIsValid()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": []})");
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->listenerCount(), 0);
    }

    void behaviourKeysRoundTrip()
    {
        for (AgentBehaviour behaviour : { AgentBehaviour::Answer, AgentBehaviour::Stall,
                                          AgentBehaviour::Garbage, AgentBehaviour::Close })
            QCOMPARE(agentBehaviourFromKey(toKey(behaviour)), behaviour);
        QCOMPARE(agentBehaviourFromKey(QStringLiteral("Answer")), std::nullopt);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"endpoints\": [")
                                  << QStringLiteral("not valid JSON at offset");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no endpoints")
            << QByteArray("{}") << QStringLiteral("endpoints: missing or not an array");
        QTest::newRow("endpoints object") << QByteArray(R"({"endpoints": {}})")
                                          << QStringLiteral("endpoints: missing or not an array");
        QTest::newRow("unknown top key") << QByteArray(R"({"endpoints": [], "hosts": []})")
                                         << QStringLiteral("hosts: unknown key");
        QTest::newRow("entry not object")
            << oneEntry("42") << QStringLiteral("endpoints[1]: not an object");
        QTest::newRow("missing address")
            << oneEntry(R"({"name": "ws"})") << QStringLiteral("endpoints[1].address: missing");
        QTest::newRow("address 300")
            << QByteArray(R"({"endpoints": [{"address": "127.0.0.1"}, {"address": "127.0.0.2"},
                 {"address": "127.0.0.3"}, {"address": "127.0.0.300"}]})")
            << QStringLiteral("endpoints[3].address: \"127.0.0.300\" is not an IP address");
        QTest::newRow("short address")
            << oneEntry(R"({"address": "127.1"})")
            << QStringLiteral("endpoints[1].address: \"127.1\" is not an IP address");
        QTest::newRow("host name")
            << oneEntry(R"({"address": "ws005"})")
            << QStringLiteral("endpoints[1].address: \"ws005\" is not an IP address");
        QTest::newRow("address number")
            << oneEntry(R"({"address": 2130706433})")
            << QStringLiteral("endpoints[1].address: 2130706433 is not an IP address");
        QTest::newRow("bad IPv6") << oneEntry(R"({"address": "::1::2"})")
                                  << QStringLiteral(
                                         "endpoints[1].address: \"::1::2\" is not an IP address");
        QTest::newRow("duplicate address")
            << oneEntry(R"({"address": "127.20.0.1", "listen": [136]})")
            << QStringLiteral("endpoints[1].address: 127.20.0.1 is already endpoints[0]");
        QTest::newRow("duplicate IPv6 spelling")
            << QByteArray(R"({"endpoints": [{"address": "::1"}, {"address": "0:0::1"}]})")
            << QStringLiteral("endpoints[1].address: ::1 is already endpoints[0]");
        QTest::newRow("name not string") << oneEntry(R"({"address": "127.0.0.2", "name": 5})")
                                         << QStringLiteral("endpoints[1].name: 5 is not a string");
        QTest::newRow("listen not array")
            << oneEntry(R"({"address": "127.0.0.2", "listen": 135})")
            << QStringLiteral("endpoints[1].listen: not an array of ports");
        QTest::newRow("port 0") << oneEntry(R"({"address": "127.0.0.2", "listen": [135, 0]})")
                                << QStringLiteral(
                                       "endpoints[1].listen[1]: 0 is not a port (1-65535)");
        QTest::newRow("port 65536")
            << oneEntry(R"({"address": "127.0.0.2", "listen": [65536]})")
            << QStringLiteral("endpoints[1].listen[0]: 65536 is not a port (1-65535)");
        QTest::newRow("port fraction")
            << oneEntry(R"({"address": "127.0.0.2", "listen": [135.5]})")
            << QStringLiteral("endpoints[1].listen[0]: 135.5 is not a port (1-65535)");
        QTest::newRow("port string")
            << oneEntry(R"({"address": "127.0.0.2", "listen": ["135"]})")
            << QStringLiteral("endpoints[1].listen[0]: \"135\" is not a port (1-65535)");
        QTest::newRow("port twice")
            << oneEntry(R"({"address": "127.0.0.2", "listen": [135, 135]})")
            << QStringLiteral("endpoints[1].listen[1]: port 135 is listed twice");
        QTest::newRow("agent port also listened")
            << oneEntry(R"({"address": "127.0.0.2", "listen": [135], "agent": {"port": 135}})")
            << QStringLiteral("endpoints[1].agent.port: 127.0.0.2 port 135 is also in listen");
        QTest::newRow("agent not object") << oneEntry(R"({"address": "127.0.0.2", "agent": 21112})")
                                          << QStringLiteral("endpoints[1].agent: not an object");
        QTest::newRow("agent without port") << oneEntry(R"({"address": "127.0.0.2", "agent": {}})")
                                            << QStringLiteral("endpoints[1].agent.port: missing");
        QTest::newRow("agent port range")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": -1}})")
            << QStringLiteral("endpoints[1].agent.port: -1 is not a port (1-65535)");
        QTest::newRow("unknown behaviour")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "behaviour": "dance"}})")
            << QStringLiteral("endpoints[1].agent.behaviour: \"dance\" is not a behaviour (answer, "
                              "stall, garbage, close)");
        QTest::newRow("behaviour not string")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "behaviour": true}})")
            << QStringLiteral("endpoints[1].agent.behaviour: true is not a behaviour (answer, "
                              "stall, garbage, close)");
        QTest::newRow("American spelling")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "behavior": "stall"}})")
            << QStringLiteral("endpoints[1].agent.behavior: unknown key");
        QTest::newRow("failCommands not object")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "failCommands": []}})")
            << QStringLiteral("endpoints[1].agent.failCommands: not an object");
        QTest::newRow("failCommands of a command that cannot fail")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1,
                             "failCommands": {"move": "no"}}})")
            << QStringLiteral("endpoints[1].agent.failCommands.move: not a command that can "
                              "fail (quarantine, release, start-service)");
        QTest::newRow("failCommands without a reason")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1,
                             "failCommands": {"quarantine": " "}}})")
            << QStringLiteral("endpoints[1].agent.failCommands.quarantine: not a reason (a "
                              "non-empty string)");
        QTest::newRow("server not string")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "server": null}})")
            << QStringLiteral("endpoints[1].agent.server: null is not a string");
        QTest::newRow("unknown entry key") << oneEntry(R"({"address": "127.0.0.2", "ports": [1]})")
                                           << QStringLiteral("endpoints[1].ports: unknown key");
        QTest::newRow("servers not object") << QByteArray(R"({"endpoints": [], "servers": []})")
                                            << QStringLiteral("servers: not an object");
        QTest::newRow("server without ca")
            << QByteArray(R"({"endpoints": [], "servers": {"osm-hq": {}}})")
            << QStringLiteral("servers.osm-hq.ca: not a file name");
        QTest::newRow("server unknown key")
            << QByteArray(R"({"endpoints": [], "servers": {"osm-hq": {"cert": "x"}}})")
            << QStringLiteral("servers.osm-hq.cert: unknown key");
        QTest::newRow("ca file missing")
            << QByteArray(
                   R"({"endpoints": [], "servers": {"osm-hq": {"ca": "/nonexistent/ca.pem"}}})")
            << QStringLiteral("servers.osm-hq.ca: cannot read /nonexistent/ca.pem");
        QTest::newRow("agent ca missing")
            << oneEntry(
                   R"({"address": "127.0.0.2", "agent": {"port": 1, "ca": "/nonexistent.pem"}})")
            << QStringLiteral("endpoints[1].agent.ca: cannot read /nonexistent.pem");
        QTest::newRow("status not object")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "status": 3}})")
            << QStringLiteral("endpoints[1].agent.status: not an object");
        QTest::newRow("status unknown key")
            << oneEntry(R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"av": 1}}})")
            << QStringLiteral("endpoints[1].agent.status.av: unknown key");
        QTest::newRow("service state") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"services": {"ntrtscan": "off"}}}})")
                                       << QStringLiteral(
                                              "endpoints[1].agent.status.services.ntrtscan: not "
                                              "\"running\" or \"stopped\"");
        QTest::newRow("pattern not hex") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"patterns": {"Virus Pattern File": "5.397.00"}}}})")
                                         << QStringLiteral(
                                                "endpoints[1].agent.status.patterns.Virus Pattern "
                                                "File: \"5.397.00\" is not a hexadecimal DWORD");
        QTest::newRow("firewall") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"firewall": true}}})")
                                  << QStringLiteral("endpoints[1].agent.status.firewall: not "
                                                    "\"on\", \"off\" or \"absent\"");
        QTest::newRow("pattern date") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"patternDate": "2026-11-20"}}})")
                                      << QStringLiteral("endpoints[1].agent.status.patternDate: "
                                                        "not a date YYYYMMDD");
        QTest::newRow("last scan") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"lastScan": "yesterday"}}})")
                                   << QStringLiteral("endpoints[1].agent.status.lastScan: not an "
                                                     "ISO 8601 time");
        QTest::newRow("antivirus") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"antivirus": true}}})")
                                   << QStringLiteral("endpoints[1].agent.status.antivirus: not "
                                                     "\"on\" or \"off\"");
        QTest::newRow("file version") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"fileVersions": {"TmListen.exe": "8.0"}}}})")
                                      << QStringLiteral("endpoints[1].agent.status.fileVersions."
                                                        "TmListen.exe: not a version R.R.H.BBBB");
        QTest::newRow("missing CVE not an identifier") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"missingCves": ["CVE-2026-0001", "MS17-010"]}}})")
                                                       << QStringLiteral(
                                                              "endpoints[1].agent.status."
                                                              "missingCves: status.missingCves[1]");
        QTest::newRow("unreported unknown") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"unreported": ["mood"]}}})")
                                            << QStringLiteral("endpoints[1].agent.status."
                                                              "unreported[0]: not a field");
        QTest::newRow("unreported and given") << oneEntry(
            R"({"address": "127.0.0.2", "agent": {"port": 1, "status": {"lastScan": "2026-11-01T02:00:00Z", "unreported": ["lastScan"]}}})")
                                              << QStringLiteral(
                                                     "endpoints[1].agent.status."
                                                     "unreported[0]: \"lastScan\" is also given");
    }

    // The health keys (docs/fleet-format.md): real-time protection, a client without the
    // firewall component, file versions, NoProgramUpgrade, and data the agent does not report.
    void statusPlaysHealth()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": [{"address": "127.0.0.2",
            "agent": {"port": 1, "status": {"antivirus": "off", "firewall": "absent",
              "noProgramUpgrade": true, "fileVersions": {"TmListen.exe": "8.0.0.1300", "Extra.exe": "1.2.3.4"},
              "unreported": ["lastScan", "patternDate", "services"]}}}]})");
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const AgentStatus &status = fleet->endpoints.first().agent->status;
        QCOMPARE(status.antivirusOn, std::optional<bool>(false));
        QVERIFY(status.firewall == FirewallState::Absent);
        QCOMPARE(status.noProgramUpgrade, std::optional<bool>(true));
        QCOMPARE(status.fileVersions.first().version, QStringLiteral("8.0.0.1300"));
        QCOMPARE(status.fileVersions.last(),
                 (FileVersion { QStringLiteral("Extra.exe"), QStringLiteral("1.2.3.4") }));
        QVERIFY(!status.lastScan.isValid());
        QVERIFY(status.patternDate.isEmpty());
        QVERIFY(status.services.isEmpty());
        QVERIFY(!status.patterns.isEmpty());
    }
    void registrationPinsTheServersCa()
    {
        QTemporaryDir dir;
        const Result<AgentTls::Credentials> ca = makeCa();
        QVERIFY2(ca.ok(), qPrintable(ca.error()));
        QFile file(dir.filePath(QStringLiteral("hq.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ca->certificate.toPem());
        file.close();
        // Relative to the fleet file's folder; agents of another server pin nothing.
        const QByteArray json = R"({"servers": {"osm-hq": {"ca": "hq.pem"}}, "endpoints": [
            {"address": "127.0.0.2", "agent": {"port": 1, "server": "osm-hq"}},
            {"address": "127.0.0.3", "agent": {"port": 1, "server": "osm-other"}},
            {"address": "127.0.0.4", "agent": {"port": 1, "server": "osm-other", "ca": "hq.pem"}}]})";
        const Result<Fleet> fleet = parseFleet(json, dir.path());
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->endpoints.at(0).agent->ca, std::optional(ca->certificate));
        QVERIFY(!fleet->endpoints.at(1).agent->ca);
        QCOMPARE(fleet->endpoints.at(2).agent->ca, std::optional(ca->certificate));
    }

    void aCertificateThatIsNoCaIsRefused()
    {
        QTemporaryDir dir;
        const Result<AgentTls::Credentials> leaf = AgentTls::makeSelfSigned(QStringLiteral("x"));
        QVERIFY(leaf.ok());
        QFile file(dir.filePath(QStringLiteral("leaf.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(leaf->certificate.toPem());
        file.close();
        const Result<Fleet> fleet
            = parseFleet(R"({"endpoints": [], "servers": {"a": {"ca": "leaf.pem"}}})", dir.path());
        QVERIFY(!fleet.ok());
        QVERIFY2(fleet.error().endsWith(QStringLiteral("the certificate is not a CA certificate")),
                 qPrintable(fleet.error()));
    }

    // Issue 14, point 4: the CVEs an agent plays missing; without the key it does not say, and a
    // `warn` is recorded as the status's last warning.
    void statusPlaysMissingCvesAndRecordsWarnings()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": [
            {"address": "127.0.0.2", "agent": {"port": 1, "status": {"missingCves": ["cve-2026-0001"]}}},
            {"address": "127.0.0.3", "agent": {"port": 1, "status": {"missingCves": []}}},
            {"address": "127.0.0.4", "agent": {"port": 1}}]})");
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->endpoints.at(0).agent->status.missingCves,
                 QStringList { QStringLiteral("CVE-2026-0001") });
        QCOMPARE(fleet->endpoints.at(1).agent->status.missingCves, QStringList {});
        QVERIFY(!fleet->endpoints.at(2).agent->status.missingCves);
        AgentState state({ QStringLiteral("ws2"), QStringLiteral("osm-hq"), QStringLiteral("1.2.0"),
                           QStringLiteral("Lab") },
                         std::nullopt, fleet->endpoints.at(0).agent->status);
        QSignalSpy warned(&state, &AgentState::userWarned);
        state.warnUser(QStringLiteral("Install the updates."));
        QCOMPARE(warned.size(), 1);
        QVERIFY(state.status().lastWarning);
        QCOMPARE(state.status().lastWarning->message, QStringLiteral("Install the updates."));
    }

    void statusChangesAHealthyDefault()
    {
        const Result<Fleet> fleet = parseFleet(R"({"endpoints": [{"address": "127.0.0.2",
            "agent": {"port": 1, "status": {"services": {"ntrtscan": "stopped", "extra": "running"},
              "patterns": {"Virus Pattern File": "0x0008D9F4"}, "components": {"Virus Scan Engine": "9.1"},
              "firewall": "off", "patternDate": "20261101", "lastScan": "2026-11-01T02:00:00Z",
              "quarantined": true}}}]})");
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const AgentStatus &status = fleet->endpoints.first().agent->status;
        AgentStatus expected = AgentStatus::healthyDefault();
        expected.services[1].running = false;
        expected.services.append({ QStringLiteral("extra"), QStringLiteral("extra"), true });
        expected.patterns[0].raw = 0x0008D9F4;
        expected.components[0].version = QStringLiteral("9.1");
        expected.firewall = FirewallState::Off;
        expected.patternDate = QStringLiteral("20261101");
        expected.lastScan = QDateTime(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
        expected.quarantined = true;
        // By whom is not said: a quarantine of unknown origin, in words (issue 14).
        expected.quarantine = QuarantineState {};
        expected.quarantine->why = QStringLiteral("quarantined in the fleet file");
        QCOMPARE(status, expected);
        QCOMPARE(status.patterns[0].decoded(), QStringLiteral("5.800.84"));
        // Without "status", an agent is healthy.
        QCOMPARE(parseFleet(documentedFleet)->endpoints.first().agent->status,
                 AgentStatus::healthyDefault());
    }

    // Issue 13, point 6: an agent whose clock is off, for Diagnose connection.
    void aClockSkewIsPlayed()
    {
        const Result<Fleet> fleet = parseFleet(oneEntry(
            R"({"address": "127.20.0.2", "agent": {"port": 1, "status": {"clockSkewSeconds": -7200}}})"));
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QCOMPARE(fleet->endpoints.last().agent->clockSkewSeconds, qint64(-7200));
        QCOMPARE(fleet->endpoints.last().agent->status, AgentStatus::healthyDefault());
        QCOMPARE(parseFleet(documentedFleet)->endpoints.first().agent->clockSkewSeconds, qint64(0));
        for (const char *bad : { "1.5", "\"1\"", "1e12" }) {
            const QByteArray entry = QByteArray(R"({"address": "127.20.0.2", "agent": {"port": 1,
                "status": {"clockSkewSeconds": )")
                + bad + "}}}";
            QCOMPARE(parseFleet(oneEntry(entry.constData())).error(),
                     QStringLiteral("endpoints[1].agent.status.clockSkewSeconds: not a whole "
                                    "number of seconds within a century"));
        }
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<Fleet> fleet = parseFleet(json);
        QVERIFY(!fleet.ok());
        QVERIFY2(fleet.error().startsWith(error), qPrintable(fleet.error()));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
