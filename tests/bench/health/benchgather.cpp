// osmgmt-bench-gather [--agents N]: gathering health from a fleet of N agents of this server
// (issue 12; default 10,000), osmgmt-agent's fleet mode on loopback. Starts the fleet, registers
// every agent to a test CA (as `osmgmt-cli register` does), then times HealthGatherer asking
// each for its status over mutual TLS (32 at once, the query's bound), and prints how many
// reported and the rate. Build it in Release.
#include "fleetprocess.h"
#include "health/healthgatherer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTextStream>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(agentsOption);
    parser.process(app);
    const int agents = parser.value(agentsOption).toInt();
    QTextStream out(stdout);
    const QString server = QStringLiteral("osm-hq");
    const quint16 port = FleetProcess::randomPort();
    const int second = 100 + int(port % 100); // 127.<second>.x.y: away from the demo's 127.77
    QJsonArray endpoints;
    QVector<Endpoint> targets;
    for (int i = 0; i < agents; ++i) {
        const QString address
            = QStringLiteral("127.%1.%2.%3").arg(second).arg(i / 250).arg(i % 250 + 1);
        endpoints.append(QJsonObject { { QStringLiteral("address"), address },
                                       { QStringLiteral("agent"),
                                         QJsonObject { { QStringLiteral("port"), int(port) },
                                                       { QStringLiteral("server"), server } } } });
        Endpoint endpoint;
        endpoint.address = address;
        endpoint.agentPort = port;
        endpoint.status = SecurityStatus::ManagedByThisServer;
        targets.append(endpoint);
    }
    FleetProcess fleet;
    fleet.registerAgents(server, FleetProcess::testAuthority());
    QElapsedTimer starting;
    starting.start();
    const QString error = fleet.start(QJsonObject { { QStringLiteral("endpoints"), endpoints } });
    if (!error.isEmpty()) {
        out << "the fleet did not start: " << error << '\n';
        return 1;
    }
    out << agents << " agents listening and registered in " << starting.elapsed() << " ms\n";
    out.flush();
    const Result<IssuedCertificate> console = FleetProcess::testAuthority().issue(
        QStringLiteral("bench console"), CertificateUse::Client, 1);
    const AgentTls::Credentials credentials { console->certificate, console->key };
    HealthGatherer gatherer([credentials] { return Result<AgentTls::Credentials>(credentials); },
                            HealthGatherer::Options { 32, 10000, 256 });
    int reported = 0;
    int other = 0;
    QObject::connect(
        &gatherer, &HealthGatherer::snapshotsGathered, [&](const QVector<HealthSnapshot> &batch) {
            for (const HealthSnapshot &snapshot : batch)
                ++(snapshot.outcome == HealthSnapshot::Outcome::Reported ? reported : other);
        });
    QSignalSpy finished(&gatherer, &HealthGatherer::finished);
    QElapsedTimer gathering;
    gathering.start();
    gatherer.add(targets);
    gatherer.finishAdding();
    if (!finished.wait(3600 * 1000)) {
        out << "the gathering did not finish\n";
        return 1;
    }
    const qint64 ms = gathering.elapsed();
    double load[3] = {};
    getloadavg(load, 3);
    out << "gathered " << reported << " reports (" << other << " without) from " << agents
        << " agents in " << ms << " ms: " << (ms ? qint64(reported) * 1000 / ms : 0)
        << " agents/s; load average " << QString::number(load[0], 'f', 1) << '\n';
    return 0;
}
