#include "fleetprocess.h"
#include "health/healthgatherer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

// Gathering from a registered fleet larger than both bounds (issue 12): the fleet's agents are
// registered over real mutual TLS at most FleetProcess::registrationsAtOnce at a time (all at
// once, a fleet of 1,000 closed connections), and every one then reports its health to the
// gatherer. The 10,000-agent figure is tests/bench/health/benchgather.cpp's.
class TestFleetGathering : public QObject
{
    Q_OBJECT

private slots:
    void everyAgentRegisteredInBoundedBatchesReports()
    {
        qRegisterMetaType<QVector<HealthSnapshot>>();
        constexpr int agents = 3 * FleetProcess::registrationsAtOnce + 5;
        const QString network = FleetProcess::randomLoopbackNetwork();
        const quint16 port = FleetProcess::randomPort();
        QJsonArray endpoints;
        QVector<Endpoint> targets;
        for (int i = 1; i <= agents; ++i) {
            const QString address = network + QString::number(i);
            endpoints.append(QJsonObject {
                { QStringLiteral("address"), address },
                { QStringLiteral("agent"),
                  QJsonObject { { QStringLiteral("port"), int(port) },
                                { QStringLiteral("server"), QStringLiteral("osm-hq") } } } });
            Endpoint endpoint;
            endpoint.address = address;
            endpoint.agentPort = port;
            endpoint.status = SecurityStatus::ManagedByThisServer;
            targets.append(endpoint);
        }
        FleetProcess fleet;
        fleet.registerAgents(QStringLiteral("osm-hq"), FleetProcess::testAuthority());
        const QString error
            = fleet.start(QJsonObject { { QStringLiteral("endpoints"), endpoints } });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Bounded, and in parallel up to the bound.
        QCOMPARE(fleet.mostRegistrationsInFlight(), FleetProcess::registrationsAtOnce);

        const Result<IssuedCertificate> console = FleetProcess::testAuthority().issue(
            QStringLiteral("test console"), CertificateUse::Client, 1);
        QVERIFY2(console.ok(), qPrintable(console.error()));
        const AgentTls::Credentials credentials { console->certificate, console->key };
        HealthGatherer gatherer(
            [credentials] { return Result<AgentTls::Credentials>(credentials); },
            HealthGatherer::Options { 8, 10000, 16 });
        QVector<HealthSnapshot> gathered;
        connect(&gatherer, &HealthGatherer::snapshotsGathered,
                [&](const QVector<HealthSnapshot> &batch) { gathered += batch; });
        QSignalSpy finished(&gatherer, &HealthGatherer::finished);
        gatherer.add(targets);
        gatherer.finishAdding();
        QVERIFY(finished.wait(120000));
        QCOMPARE(gathered.size(), agents);
        for (const HealthSnapshot &snapshot : std::as_const(gathered))
            QVERIFY2(snapshot.outcome == HealthSnapshot::Outcome::Reported,
                     qPrintable(snapshot.address + QStringLiteral(": ") + snapshot.detail));
    }
};

QTEST_GUILESS_MAIN(TestFleetGathering)
#include "tst_fleetgathering.moc"
