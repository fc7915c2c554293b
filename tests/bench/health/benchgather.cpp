// osmgmt-bench-gather [--agents N] [--cancel-after K]: gathering health from a fleet of N agents
// of this server (issue 12; default 10,000), osmgmt-agent's fleet mode on loopback over real
// TLS. Starts the fleet, registers every agent to a test CA (as `osmgmt-cli register` does, at
// most FleetProcess::registrationsAtOnce at a time), then times HealthGatherer asking each for
// its status over mutual TLS (32 at once, the query's bound), and prints how many reported, the
// rate, the most connections to the agents' port seen open at once (read from /proc/net/tcp
// every 100 ms: the gatherer's bound, seen from outside), and the peak memory of this process
// and of the fleet. With --cancel-after K the gathering is cancelled after K reports: it prints
// how long finished() took after the cancel, how many were skipped, and how long until no
// connection to the agents was left. Build it in Release.
#include "fleetprocess.h"
#include "health/healthgatherer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <cstdlib>

namespace {

// Connections from this machine to `port` that are open now (ESTABLISHED or being set up), as
// the kernel lists them: the client ends only (remote port `port`). The file is not one atomic
// snapshot (it is made in pieces while sockets come and go), so a connection it lists twice is
// counted once.
int connectionsTo(quint16 port)
{
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted
        = QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QSet<QByteArray> open;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const QByteArray &remote = fields.at(2);
        const QByteArray &state = fields.at(3);
        // 01 ESTABLISHED, 02 SYN_SENT.
        if (remote.endsWith(wanted) && (state == "01" || state == "02"))
            open.insert(fields.at(1) + '>' + remote);
    }
    return int(open.size());
}

// VmHWM of process `pid` in KiB (the peak resident set), or -1.
qint64 peakKiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 ownPeakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString loadAverage()
{
    double load[3] = {};
    return getloadavg(load, 3) == 3 ? QString::number(load[0], 'f', 1) : QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption cancelOption(QStringLiteral("cancel-after"),
                                          QStringLiteral("Cancel after K reports."),
                                          QStringLiteral("K"), QStringLiteral("0"));
    parser.addOptions({ agentsOption, cancelOption });
    parser.process(app);
    const int agents = parser.value(agentsOption).toInt();
    const int cancelAfter = parser.value(cancelOption).toInt();
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
    const qint64 registeredMs = starting.elapsed();
    out << agents << " agents listening and registered (" << FleetProcess::registrationsAtOnce
        << " at once) in " << registeredMs
        << " ms: " << (registeredMs ? qint64(agents) * 1000 / registeredMs : 0) << " agents/s\n";
    out.flush();
    const Result<IssuedCertificate> console = FleetProcess::testAuthority().issue(
        QStringLiteral("bench console"), CertificateUse::Client, 1);
    const AgentTls::Credentials credentials { console->certificate, console->key };
    const HealthGatherer::Options options { 32, 10000, 256 };
    HealthGatherer gatherer([credentials] { return Result<AgentTls::Credentials>(credentials); },
                            options);
    int reported = 0;
    int other = 0;
    QElapsedTimer sinceCancel;
    QObject::connect(
        &gatherer, &HealthGatherer::snapshotsGathered, [&](const QVector<HealthSnapshot> &batch) {
            for (const HealthSnapshot &snapshot : batch)
                ++(snapshot.outcome == HealthSnapshot::Outcome::Reported ? reported : other);
            if (cancelAfter > 0 && reported >= cancelAfter && !sinceCancel.isValid()) {
                sinceCancel.start();
                gatherer.cancel();
            }
        });
    int mostOpen = 0;
    QTimer sampling;
    sampling.setInterval(100);
    QObject::connect(&sampling, &QTimer::timeout,
                     [&] { mostOpen = std::max(mostOpen, connectionsTo(port)); });
    sampling.start();
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
    sampling.stop();
    out << "gathered " << reported << " reports (" << other << " without) from " << agents
        << " agents in " << ms << " ms: " << (ms ? qint64(reported) * 1000 / ms : 0)
        << " agents/s; at most " << mostOpen << " connections open at once (bound "
        << options.parallel << "); load average " << loadAverage() << '\n';
    if (sinceCancel.isValid()) {
        const qint64 finishedMs = sinceCancel.elapsed();
        QElapsedTimer closing;
        closing.start();
        while (connectionsTo(port) > 0 && closing.elapsed() < 30000)
            QTest::qWait(10);
        out << "cancelled after " << reported << " reports: finished " << finishedMs
            << " ms after the cancel, " << other << " not asked or dropped, no connection left "
            << finishedMs + closing.elapsed() << " ms after the cancel\n";
    }
    out << "peak memory: this process " << ownPeakKiB() / 1024 << " MiB, the fleet "
        << peakKiB(fleet.process().processId()) / 1024 << " MiB\n";
    return 0;
}
