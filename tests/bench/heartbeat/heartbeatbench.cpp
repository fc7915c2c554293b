// osmgmt-bench-heartbeat [--agents N]
//
// A benchmark, not a test (issue 13: "10,000 agents per cycle must not stall the GUI"): a fleet
// of N agents of this server (osmgmt-agent --fleet, on a random loopback /16, OSMGMT_AGENT), a
// store whose last query found them all, and the console's parts that heartbeats touch: the
// main window showing that query's N computers in the client tree, the watcher running one
// heartbeat round on its own thread, and the heartbeat session handing the N states to the tree.
// A 5 ms timer on the GUI thread measures the longest time the GUI thread could not run it: for
// five seconds of the idle console first (what the machine's load alone costs), then during the
// round and while the states reach the tree.
// Prints the round's wall time and outcome, this process's CPU time and peak RSS, the fleet's
// CPU time, and the worst GUI stall, then exits. docs/performance.md, "Heartbeats".
#include "clienttreemodel.h"
#include "fleetprocess.h"
#include "heartbeatsession.h"
#include "mainwindow.h"
#include "querysession.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/querystore.h"
#include "watch/heartbeatduty.h"
#include "watch/watcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

namespace {

const QString thisServer = QStringLiteral("osm-bench");

// The phases a stall is counted in: the idle console before the round (the machine's own floor:
// a loaded machine delays any process), the round, the states reaching the tree.
enum Phase { Idle, Round, Shown, PhaseCount };

struct Measurements
{
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 worstStall[PhaseCount] = {};
    int stallsOver50[PhaseCount] = {};
    Phase phase = Idle;
    int ticks = 0;
    qint64 roundStarted = 0;
    qint64 roundMs = 0;
    qint64 marksShownMs = 0;
    QString roundText;
};

QString addressOf(int block, int index)
{
    return QStringLiteral("127.%1.%2.%3").arg(block).arg(index / 250).arg(index % 250 + 1);
}

QJsonObject fleetOf(int agents, int block, quint16 port)
{
    QJsonArray endpoints;
    for (int i = 0; i < agents; ++i)
        endpoints.append(QJsonObject {
            { QStringLiteral("address"), addressOf(block, i) },
            { QStringLiteral("name"), QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0')) },
            { QStringLiteral("agent"),
              QJsonObject { { QStringLiteral("port"), int(port) },
                            { QStringLiteral("server"), thisServer },
                            { QStringLiteral("version"), QStringLiteral("1.2.0") } } } });
    return QJsonObject { { QStringLiteral("endpoints"), endpoints } };
}

// The last completed query of the store: every agent of the fleet, Managed by this server.
QString storeQuery(const QString &path, int agents, int block, quint16 port)
{
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    if (!database)
        return database.error();
    QVector<Endpoint> endpoints;
    for (int i = 0; i < agents; ++i) {
        Endpoint endpoint
            = SampleEndpoints::make(addressOf(block, i), SecurityStatus::ManagedByThisServer,
                                    QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0')));
        endpoint.agentPort = port;
        endpoint.server = thisServer;
        endpoints.append(endpoint);
    }
    QueryStore queries(database.value());
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Result<qint64> id
        = queries.beginQuery("{}", thisServer, quint64(endpoints.size()), started);
    if (!id)
        return id.error();
    Result<Done> stored = queries.appendEndpoints(*id, endpoints);
    if (stored)
        stored = queries.finishQuery(*id, QueryState::Completed, started.addSecs(5), QString());
    return stored ? QString() : stored.error();
}

double cpuSeconds(const rusage &usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc/PID/stat (fields 14 and 15, in clock ticks).
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    return (fields.value(11).toDouble() + fields.value(12).toDouble())
        / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Agents in the fleet (default 10000)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"),
        QStringLiteral("Heartbeats in flight at once (default: the console's, HeartbeatJob)."),
        QStringLiteral("N"), QString::number(HeartbeatJob {}.parallel));
    parser.addOption(agentsOption);
    parser.addOption(parallelOption);
    parser.addHelpOption();
    parser.process(application);
    const int agents = std::clamp(parser.value(agentsOption).toInt(), 1, 60000);
    HeartbeatJob job;
    job.parallel = std::clamp(parser.value(parallelOption).toInt(), 1, 4096);
    QTextStream out(stdout);

    QTemporaryDir directory;
    const int block = 100 + QRandomGenerator::global()->bounded(150);
    const quint16 port = FleetProcess::randomPort();
    const QString storePath = directory.filePath(QStringLiteral("bench.sqlite"));
    if (const QString error = storeQuery(storePath, agents, block, port); !error.isEmpty()) {
        out << "osmgmt-bench-heartbeat: cannot store the query: " << error << '\n';
        return 1;
    }
    FleetProcess fleet;
    // The fleet stands for N other computers: in a session of its own, so that the kernel's
    // autogroups schedule it apart from the console, as agents elsewhere would be; and at nice 19,
    // so that on the console's machine it takes only the CPU left over.
    fleet.process().setChildProcessModifier([] {
        ::setsid();
        ::setpriority(PRIO_PROCESS, 0, 19);
    });
    if (const QString error = fleet.start(fleetOf(agents, block, port)); !error.isEmpty()) {
        out << "osmgmt-bench-heartbeat: the fleet did not start: " << error << '\n';
        return 1;
    }

    // The console: its window on the query of N computers, the heartbeat states in its tree.
    QuerySession session(storePath, thisServer);
    MainWindow window(&session, directory.filePath(QStringLiteral("scope.json")));
    window.show();
    const StoreConnection store { StoreLocation::sqlite(storePath), {} };
    HeartbeatSession heartbeats([store] { return store.open(); });
    QObject::connect(&heartbeats, &HeartbeatSession::read, session.clientTree(),
                     &ClientTreeModel::setHeartbeats);
    // The console's watcher: the heartbeat duty on the watcher's own thread, as app/main.cpp has
    // it (without the keychain's certificate: the agents give their reduced answer).
    Watcher watcher(store, { std::make_shared<HeartbeatDuty>(job) }, Watcher::defaultLease);

    Measurements m;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&m] {
        const qint64 now = m.clock.elapsed();
        const qint64 stall = now - m.lastTick - 5;
        m.worstStall[m.phase] = std::max(m.worstStall[m.phase], stall);
        m.stallsOver50[m.phase] += stall > 50 ? 1 : 0;
        m.lastTick = now;
        ++m.ticks;
    });
    rusage before {};
    double fleetBefore = 0;
    QObject::connect(&watcher, &Watcher::roundDone, [&](const RoundReport &round) {
        if (round.duty != QLatin1String("heartbeat"))
            return;
        m.roundMs = m.clock.elapsed() - m.roundStarted;
        m.roundText = round.text;
        m.phase = Shown;
        heartbeats.refresh(); // the states to the tree now rather than within the minute
    });
    QObject::connect(&heartbeats, &HeartbeatSession::read, [&] {
        if (m.roundMs == 0)
            return;
        // One more tick after the tree took the states, so a stall there is measured.
        QTimer::singleShot(50, &application, [&] {
            m.marksShownMs = m.clock.elapsed() - m.roundStarted;
            rusage after {};
            getrusage(RUSAGE_SELF, &after);
            const double fleetCpu = processCpuSeconds(fleet.process().processId()) - fleetBefore;
            out << "agents               " << agents << '\n'
                << "in flight at once    " << job.parallel << '\n'
                << "round                " << m.roundText << '\n'
                << "round wall seconds   " << QString::number(m.roundMs / 1000.0, 'f', 2) << '\n'
                << "states shown seconds " << QString::number(m.marksShownMs / 1000.0, 'f', 2)
                << '\n'
                << "console CPU seconds  "
                << QString::number(cpuSeconds(after) - cpuSeconds(before), 'f', 2) << '\n'
                << "console peak RSS MiB " << after.ru_maxrss / 1024 << '\n'
                << "fleet CPU seconds    " << QString::number(fleetCpu, 'f', 2) << '\n'
                << "worst GUI stall ms   idle " << m.worstStall[Idle] << ", round "
                << m.worstStall[Round] << ", states shown " << m.worstStall[Shown] << '\n'
                << "stalls over 50 ms    idle " << m.stallsOver50[Idle] << ", round "
                << m.stallsOver50[Round] << ", states shown " << m.stallsOver50[Shown] << '\n'
                << "timer ticks          " << m.ticks << '\n';
            out.flush();
            watcher.stop();
            application.quit();
        });
    });
    // The window shows the N computers first; then the idle floor for five seconds, then the
    // measured part: one heartbeat round.
    QObject::connect(&session, &QuerySession::storedRowsLoaded, &application, [&] {
        QTimer::singleShot(200, &application, [&] {
            m.clock.start();
            ticker.start();
            QTimer::singleShot(5000, &application, [&] {
                getrusage(RUSAGE_SELF, &before);
                fleetBefore = processCpuSeconds(fleet.process().processId());
                m.phase = Round;
                m.roundStarted = m.clock.elapsed();
                watcher.start();
            });
        });
    });
    session.loadLastQuery();
    return application.exec();
}
