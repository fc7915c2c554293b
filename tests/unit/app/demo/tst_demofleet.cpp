#include "demo/demofleet.h"
#include "fleet/fleet.h"
#include "identity/certificateauthority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString thisServer = QStringLiteral("osm-tokyo");
constexpr quint16 gatePort = 20135;
constexpr quint16 agentPort = 21112;

Fleet parsedDemo()
{
    const QJsonObject json = demoFleet(thisServer, gatePort, agentPort);
    const Result<Fleet> fleet = parseFleet(QJsonDocument(json).toJson());
    if (!fleet)
        qFatal("the demo fleet does not parse: %s", qPrintable(fleet.error()));
    return *fleet;
}

// What a console would classify each endpoint as, from the fleet alone.
QString roleOf(const FleetEndpoint &endpoint)
{
    if (!endpoint.agent)
        return endpoint.listen.isEmpty() ? QStringLiteral("nothing") : QStringLiteral("gate only");
    if (endpoint.agent->behaviour != AgentBehaviour::Answer)
        return toKey(endpoint.agent->behaviour);
    return endpoint.agent->identity.server;
}
} // namespace

class TestDemoFleet : public QObject
{
    Q_OBJECT

private slots:
    void isTheSameEveryTime()
    {
        QCOMPARE(demoFleet(thisServer, gatePort, agentPort),
                 demoFleet(thisServer, gatePort, agentPort));
    }

    void coversLoopbackAddressesOneToTwoHundredFifty()
    {
        const Fleet fleet = parsedDemo();
        QCOMPARE(fleet.endpoints.size(), 250);
        for (int i = 0; i < fleet.endpoints.size(); ++i) {
            const QHostAddress &address = fleet.endpoints.at(i).address;
            QVERIFY(address.isLoopback());
            QCOMPARE(address, QHostAddress(QStringLiteral("127.77.0.%1").arg(i + 1)));
        }
    }

    void namesAreUniqueAndReadable()
    {
        static const QRegularExpression hostName(QStringLiteral("^[a-z]+(-[a-z]+)*-\\d{3}$"));
        QSet<QString> names;
        for (const FleetEndpoint &endpoint : parsedDemo().endpoints) {
            QVERIFY2(hostName.match(endpoint.name).hasMatch(), qPrintable(endpoint.name));
            QVERIFY2(!names.contains(endpoint.name), qPrintable(endpoint.name));
            names.insert(endpoint.name);
        }
        QVERIFY(names.contains(QStringLiteral("tokyo-ws-001")));
    }

    void everyStatusInBelievableProportions()
    {
        QHash<QString, int> count;
        for (const FleetEndpoint &endpoint : parsedDemo().endpoints)
            ++count[roleOf(endpoint)];
        QCOMPARE(count.value(thisServer), 150);
        QCOMPARE(count.value(QStringLiteral("osm-branch-osaka")), 26);
        QCOMPARE(count.value(QStringLiteral("osm-legacy")), 14);
        QCOMPARE(count.value(QStringLiteral("gate only")), 32);
        QCOMPARE(count.value(QStringLiteral("nothing")), 18);
        QCOMPARE(count.value(QStringLiteral("stall")), 4);
        QCOMPARE(count.value(QStringLiteral("garbage")), 3);
        QCOMPARE(count.value(QStringLiteral("close")), 3);
    }

    void rolesAreMixedAcrossTheRange()
    {
        // Shuffled, not in blocks: the first fifty addresses already hold most kinds of host.
        QSet<QString> roles;
        const Fleet fleet = parsedDemo();
        for (int i = 0; i < 50; ++i)
            roles.insert(roleOf(fleet.endpoints.at(i)));
        QVERIFY2(roles.size() >= 5, qPrintable(QStringList(roles.values()).join(QLatin1Char(','))));
    }

    void agentsOfThisServerSpanSeveralDomainsAndVersions()
    {
        QSet<QString> domains;
        QSet<QString> versions;
        for (const FleetEndpoint &endpoint : parsedDemo().endpoints) {
            if (!endpoint.agent || endpoint.agent->identity.server != thisServer)
                continue;
            domains.insert(endpoint.agent->identity.domain);
            versions.insert(endpoint.agent->identity.version);
            QCOMPARE(endpoint.agent->identity.name, endpoint.name);
        }
        QVERIFY(domains.contains(QStringLiteral("Finance")));
        QVERIFY(domains.contains(QStringLiteral("Engineering")));
        QVERIFY(domains.contains(QStringLiteral("Sales")));
        QVERIFY(versions.size() >= 2);
    }

    void threeAgentsOfThisServerAreInTroubleTheRestHealthy()
    {
        // Heartbeats, events and Diagnose connection have something to show at the first start
        // (docs/watch.md, "The demo").
        const QDate today(2026, 12, 3);
        const Result<Fleet> fleet
            = parseFleet(QJsonDocument(demoFleet(thisServer, gatePort, agentPort, today)).toJson());
        QVERIFY2(fleet, qPrintable(fleet.error()));
        int silent = 0, skewed = 0, stopped = 0, healthy = 0;
        for (const FleetEndpoint &endpoint : fleet->endpoints) {
            if (!endpoint.agent || endpoint.agent->identity.server != thisServer)
                continue;
            const FleetAgent &agent = *endpoint.agent;
            QCOMPARE(agent.status.lastScan, QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC));
            QCOMPARE(agent.status.patternDate, QStringLiteral("20261202"));
            const bool serviceStopped
                = std::any_of(agent.status.services.cbegin(), agent.status.services.cend(),
                              [](const ServiceState &service) { return !service.running; });
            if (agent.silentAfterSeconds) {
                QCOMPARE(*agent.silentAfterSeconds, 60);
                ++silent;
            } else if (agent.clockSkewSeconds != 0) {
                QVERIFY(qAbs(agent.clockSkewSeconds) > 5 * 60); // beyond TLS's tolerance
                ++skewed;
            } else if (serviceStopped) {
                ++stopped;
            } else {
                ++healthy;
            }
        }
        QCOMPARE(silent, 1);
        QCOMPARE(skewed, 1);
        QCOMPARE(stopped, 1);
        QCOMPARE(healthy, 147);
    }

    void usesTheGivenPorts()
    {
        for (const FleetEndpoint &endpoint : parsedDemo().endpoints) {
            QVERIFY(endpoint.listen.isEmpty() || endpoint.listen == QVector<quint16> { gatePort });
            if (endpoint.agent) {
                QCOMPARE(endpoint.agent->port, agentPort);
                QVERIFY2(!endpoint.listen.isEmpty(), "every agent host has its gate port open");
            }
        }
    }

    void agentsOfThisServerPinItsCaWhenGiven()
    {
        QTemporaryDir dir;
        // A CA certificate: the demo's console gives the path of its own.
        const Result<CertificateAuthority> ca = CertificateAuthority::create(thisServer);
        QVERIFY2(ca.ok(), qPrintable(ca.error()));
        QFile file(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ca->certificatePem());
        file.close();
        const QJsonObject json
            = withServerCa(demoFleet(thisServer, gatePort, agentPort), thisServer, file.fileName());
        const Result<Fleet> fleet = parseFleet(QJsonDocument(json).toJson());
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        int pinned = 0;
        for (const FleetEndpoint &endpoint : fleet->endpoints) {
            if (!endpoint.agent)
                continue;
            QCOMPARE(bool(endpoint.agent->ca), endpoint.agent->identity.server == thisServer);
            pinned += endpoint.agent->ca ? 1 : 0;
        }
        QCOMPARE(pinned, 150);
        // Without it, the demo fleet pins nothing: commands are refused.
        for (const FleetEndpoint &endpoint : parsedDemo().endpoints)
            QVERIFY(!endpoint.agent || !endpoint.agent->ca);
    }

    void scopeCoversTheFleetAndFourEmptyAddresses()
    {
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "ipv4Ranges": ["127.77.0.1-127.77.0.254"], "ipv6Prefixes": [], "ports": [21112],
            "unreachableCheck": {"enabled": true, "port": 20135},
            "activeDirectory": {"onDemand": true, "objects": []}, "timeoutMs": 4000 })")
                                         .object();
        QCOMPARE(demoScope(gatePort, agentPort), expected);
    }
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
