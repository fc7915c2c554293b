// osmgmt-bench-overview [--queries N] [--rows N] [--runs N]: the overview's figures (issue 17).
// 1. Stores N completed queries (default 1,000, over the last 83 days, three scopes, 20
//    endpoints each) in a fresh SQLite file, then opens the overview on it the way the console
//    does (OverviewSession reads on a worker, the real OverviewPage paints, offscreen): prints
//    the time from the request to the page painted with coverage and trends, and the longest
//    time the GUI thread did not answer its event loop meanwhile.
// 2. Fills a results model with --rows endpoints (default 1,000,000: sixteen full IPv4 /16s)
//    and times the subnet map of one /16: finding the blocks, reading the block's cells from the
//    column store, the per-/24 table, the image, and one paint of the map. Every row is also an
//    AD computer, 1,024 to a container (the worst case), and coverage per AD container over all
//    the rows is timed alone.
// Build it in Release; it asserts nothing, it measures.
#include "common/clock.h"
#include "containercoveragemodel.h"
#include "overview/overviewpage.h"
#include "overview/subnetmapview.h"
#include "overview/subnetpage.h"
#include "overviewsession.h"
#include "querysession.h"
#include "resultsmodel.h"
#include "scope/scopefile.h"
#include "store/database.h"
#include "store/querystore.h"
#include "subnetmap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

// CPU time of the whole process (every thread), in ms: on a shared machine the wall time says
// how busy the others are, the CPU time what this work costs.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

QByteArray scopeJson(int which)
{
    Scope scope;
    scope.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("10.%1.0.0/24").arg(which)).value() };
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    return scopeToJson(scope);
}

void storeQueries(const QString &path, int queries)
{
    const auto database = Database::openSqlite(path);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime now = Clock::instance().now();
    for (int q = 0; q < queries; ++q) {
        const QDateTime startedAt = now.addSecs(-qint64(queries - q) * 2 * 3600);
        const qint64 id
            = store.beginQuery(scopeJson(q % 3), QStringLiteral("osm-hq"), 254, startedAt).value();
        QVector<Endpoint> endpoints;
        for (int i = 0; i < 20; ++i) {
            Endpoint e;
            e.address = QStringLiteral("10.%1.0.%2").arg(q % 3).arg(i + 1);
            e.name = QStringLiteral("pc-%1").arg(i);
            // Protection grows over the queries, as a rollout would.
            e.status = i < 5 + (15 * q) / queries ? SecurityStatus::ManagedByThisServer
                                                  : SecurityStatuses::all[size_t(1 + i % 4)];
            endpoints << e;
        }
        if (!store.appendEndpoints(id, endpoints)
            || !store.finishQuery(id, QueryState::Completed, startedAt.addSecs(20), QString()))
            qFatal("cannot store query %d", q);
    }
}

// The longest gap between two turns of the event loop, sampled every 5 ms.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void benchOverview(int queries, int runs)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    QElapsedTimer timer;
    timer.start();
    storeQueries(path, queries);
    std::printf("stored %d queries in %lld ms\n", queries, qint64(timer.elapsed()));
    {
        const double cpu = cpuMs();
        timer.restart();
        const auto database = Database::openSqlite(path);
        const auto read = QueryStore(database.value()).queries();
        std::printf("the store read alone (open, every query with its counts): %lld ms, %.0f ms "
                    "CPU, %lld queries\n",
                    qint64(timer.elapsed()), cpuMs() - cpu, qint64(read.value().size()));
    }
    QuerySession session(path, QStringLiteral("osm-hq"));
    for (int run = 0; run < runs; ++run) {
        StallWatch stalls;
        const double cpu = cpuMs();
        timer.restart();
        OverviewSession overview(&session, [path] { return Database::openSqlite(path); });
        OverviewPage page(&overview);
        page.resize(1400, 860);
        page.show();
        QSignalSpy refreshed(&overview, &OverviewSession::refreshed);
        overview.refresh();
        if (!refreshed.wait(30000))
            qFatal("the overview did not read the store");
        page.repaint();
        const qint64 open = timer.elapsed();
        std::printf("overview + trends over %d queries (%d in the trend): %lld ms (%.0f ms CPU), "
                    "longest GUI stall %lld ms\n",
                    queries, overview.trends()->rowCount(), open, cpuMs() - cpu, stalls.longest());
        // Again on the page already shown: what a query's end costs (no widgets to make).
        const double again = cpuMs();
        timer.restart();
        overview.refresh();
        if (!refreshed.wait(30000))
            qFatal("the overview did not read the store");
        page.repaint();
        std::printf("  read again into the open page: %lld ms (%.0f ms CPU)\n",
                    qint64(timer.elapsed()), cpuMs() - again);
    }
}

void benchSubnetMap(int rows, int runs)
{
    auto table = std::make_shared<ResultsTable>();
    table->reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Endpoint e;
        e.address = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
        e.name = QStringLiteral("ws-%1").arg(i);
        e.status = SecurityStatuses::all[size_t((i * 7) >> 9) % SecurityStatuses::all.size()];
        e.adPath = QStringLiteral("CN=ws-%1,OU=Floor%2,OU=Site%3,DC=corp,DC=example,DC=test")
                       .arg(i)
                       .arg((i >> 10) & 31)
                       .arg(i >> 15);
        table->append(e);
    }
    ResultsModel results;
    results.setTable(table);
    SubnetMap map(&results);
    SubnetPage page(&map);
    page.resize(1400, 860);
    page.show();
    std::vector<qint64> times;
    const double cpu = cpuMs();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        map.setBlock(map.blocks().at(run % map.blocks().size())); // cells, table, image
        page.view()->repaint();
        times.push_back(timer.nsecsElapsed() / 1000);
    }
    const double cpuEach = (cpuMs() - cpu) / runs;
    QElapsedTimer timer;
    timer.start();
    map.update(); // the blocks of every row, then the first block
    const qint64 update = timer.nsecsElapsed() / 1000;
    ContainerCoverageModel containers;
    const double containerCpu = cpuMs();
    timer.restart();
    containers.setTable(*results.snapshot());
    const qint64 containerTime = timer.nsecsElapsed() / 1000;
    const double containerCpuMs = cpuMs() - containerCpu;
    std::sort(times.begin(), times.end());
    std::printf(
        "subnet map of a /16 among %d rows (%lld blocks, %lld computers in it): median %.1f "
        "ms, worst %.1f ms (%.1f ms CPU each); finding the blocks and the containers too: %.1f "
        "ms\n",
        rows, qint64(map.blocks().size()), qint64(map.grid().found()),
        double(times[times.size() / 2]) / 1000.0, double(times.back()) / 1000.0, cpuEach,
        double(update) / 1000.0);
    std::printf("coverage per AD container of %d rows (%d containers): %.1f ms (%.1f ms CPU)\n",
                rows, containers.rowCount(), double(containerTime) / 1000.0, containerCpuMs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Stored queries."), QStringLiteral("N"),
                                           QStringLiteral("1000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Results rows for the subnet map."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({ queriesOption, rowsOption, runsOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    benchOverview(parser.value(queriesOption).toInt(), runs);
    benchSubnetMap(std::max(1, parser.value(rowsOption).toInt()), runs * 2);
    return 0;
}
