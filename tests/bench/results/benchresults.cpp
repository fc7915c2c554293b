// osmgmt-bench-results [--rows N] [--db FILE]: the results page at a million endpoints
// (issue 6, point 5). Generates a store of N endpoints (default 1,000,000) in a child process,
// unless FILE already holds one, then opens it in a real ResultsPage (offscreen) and prints:
// open time, median wildcard search, sort by a column, CSV export, peak RSS, and the longest
// time the GUI thread did not answer its event loop. Build it in Release.
#include "querysession.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "store/querystore.h"
#include "store/resultsreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdlib>
#include <ctime>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList servers
    = { QStringLiteral("osm-hq"), QStringLiteral("osm-branch-1"), QStringLiteral("osm-branch-2") };

Endpoint syntheticEndpoint(int i)
{
    Endpoint e;
    e.address = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
    e.name = QStringLiteral("ws-%1").arg((quint64(i) * 7919) % 1000003, 7, 10, QLatin1Char('0'));
    e.status = SecurityStatuses::all[size_t(i) % SecurityStatuses::all.size()];
    e.gate = i % 3 ? GateResult::Connected : GateResult::Timeout;
    if (e.status == SecurityStatus::ManagedByThisServer
        || e.status == SecurityStatus::ManagedByAnotherServer) {
        e.server
            = e.status == SecurityStatus::ManagedByThisServer ? servers[0] : servers[1 + i % 2];
        e.agentPort = 21112;
        e.agentVersion = QStringLiteral("2.%1.0").arg(i % 4);
        e.domain = QStringLiteral("Domain %1").arg(i % 20);
        e.ports = { PortObservation { 21112, PortOutcome::Agent, {} } };
    } else {
        e.ports = { PortObservation { 21112, PortOutcome::Refused, QStringLiteral("refused") } };
    }
    if (i % 4 == 0)
        e.adPath = QStringLiteral("CN=%1,OU=Site%2,DC=corp,DC=example").arg(e.name).arg(i % 50);
    e.detail = QStringLiteral("classified by the benchmark");
    return e;
}

int generate(const QString &path, int rows)
{
    auto database = Database::openSqlite(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    QueryStore store(database.value());
    const auto id
        = store.beginQuery("{}", servers[0], quint64(rows), QDateTime::currentDateTimeUtc());
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error()));
        return 1;
    }
    for (int first = 0; first < rows; first += 5000) {
        QVector<Endpoint> batch;
        for (int i = first; i < std::min(rows, first + 5000); ++i)
            batch.append(syntheticEndpoint(i));
        const QString error = store.appendEndpoints(*id, batch).error();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    store.finishQuery(*id, QueryState::Completed, QDateTime::currentDateTimeUtc()).error();
    return 0;
}

// CPU time of the whole process (every thread), in milliseconds.
qint64 processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// The machine's load: the figures are wall-clock times, inflated on a shared machine.
QString loadAverage()
{
    double load[3] = {};
    return getloadavg(load, 3) == 3 ? QString::number(load[0], 'f', 1) : QStringLiteral("?");
}

// The longest gap between two turns of the GUI thread's event loop, sampled every 5 ms.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_worst = std::max(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// Milliseconds from `act` until the view shows its result.
qint64 timeUntilUpdated(ResultsFilterModel *view, const std::function<void()> &act)
{
    QSignalSpy updated(view, &ResultsFilterModel::updated);
    QElapsedTimer timer;
    timer.start();
    act();
    while (view->isUpdating())
        updated.wait(60000);
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Endpoints."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Store file (kept)."),
                                QStringLiteral("FILE"));
    QCommandLineOption generateOption(QStringLiteral("generate"), QStringLiteral("internal"));
    parser.addOptions({ rowsOption, dbOption, generateOption });
    parser.process(application);
    const int rows = parser.value(rowsOption).toInt();
    QTemporaryDir dir;
    const QString db = parser.isSet(dbOption) ? parser.value(dbOption)
                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(generateOption))
        return generate(db, rows);
    QTextStream out(stdout);
    if (!QFileInfo::exists(db)) {
        // In a child, so that this process's peak RSS is the results page's alone.
        QElapsedTimer timer;
        timer.start();
        const int code = QProcess::execute(application.applicationFilePath(),
                                           { QStringLiteral("--generate"), QStringLiteral("--rows"),
                                             QString::number(rows), QStringLiteral("--db"), db });
        if (code != 0)
            return 1;
        out << "generated store     " << rows << " endpoints in " << timer.elapsed() << " ms\n";
    }

    // The console's own path: QuerySession::loadLastQuery() reads on a worker (its own
    // connection) in chunks; the first chunk replaces the model's table, the others are
    // appended, and the client tree follows a slice per event-loop turn.
    QuerySession session(db, servers[0]);
    ResultsPage page(&session);
    page.resize(1200, 800);
    page.show();
    ResultsFilterModel *view = page.view();
    out << "load average        " << loadAverage() << " (2 cores)\n";
    StallWatch stalls;
    stalls.start();

    QElapsedTimer openTimer;
    openTimer.start();
    qint64 firstRows = -1;
    QObject::connect(view, &ResultsFilterModel::updated, view, [&] {
        if (firstRows < 0 && view->rowCount() > 0)
            firstRows = openTimer.elapsed();
    });
    QSignalSpy loaded(&session, &QuerySession::storedRowsLoaded);
    QSignalSpy lastQuery(&session, &QuerySession::lastQueryChanged);
    const qint64 cpuStart = threadCpuMs();
    const qint64 processCpuStart = processCpuMs();
    session.loadLastQuery();
    while (lastQuery.isEmpty())
        lastQuery.wait(60000);
    const qint64 readMs = openTimer.elapsed();
    const qint64 total = session.lastQuery() ? session.lastQuery()->endpointCount : 0;
    while (session.results()->rowCount() < total || view->isUpdating()
           || view->rowCount() < session.results()->rowCount())
        QSignalSpy(view, &ResultsFilterModel::updated).wait(1000);
    const qint64 allRows = openTimer.elapsed();
    const qint64 guiCpuMs = threadCpuMs() - cpuStart;
    const qint64 allCpuMs = processCpuMs() - processCpuStart;
    const qint64 stallOpening = stalls.worst();
    stalls.start();
    while (loaded.isEmpty())
        loaded.wait(60000);
    const qint64 treeMs = openTimer.elapsed();
    out << "rows shown          " << view->rowCount() << '\n';
    out << "worst GUI stall     " << stallOpening << " ms while opening the results, "
        << stalls.worst() << " ms while the client tree follows\n";
    stalls.start();
    out << "open                first rows shown after " << firstRows << " ms; all "
        << view->rowCount() << " after " << allRows << " ms (store read " << readMs
        << " ms; CPU: GUI thread " << guiCpuMs << " ms, all threads " << allCpuMs
        << " ms); client tree complete after " << treeMs << " ms\n";

    std::vector<qint64> searches;
    int matches = 0;
    for (const char *pattern :
         { "*123*", "ws-09*", "*77", "ws-0012345", "*4*2*", "ws-1*", "*00*" }) {
        searches.push_back(timeUntilUpdated(view, [&] {
            page.setSearchText(QString::fromLatin1(pattern));
            QMetaObject::invokeMethod(page.findChild<QObject *>(QStringLiteral("searchBox")),
                                      "returnPressed");
        }));
        matches += view->rowCount();
    }
    std::sort(searches.begin(), searches.end());
    out << "wildcard search     median " << searches[searches.size() / 2] << " ms, worst "
        << searches.back() << " ms (" << searches.size() << " patterns, " << matches
        << " matches)\n";
    page.setSearchText({});
    timeUntilUpdated(view, [&] {
        QMetaObject::invokeMethod(page.findChild<QObject *>(QStringLiteral("searchBox")),
                                  "returnPressed");
    });

    for (int column : { int(ResultsModel::NameColumn), int(ResultsModel::ServerColumn),
                        int(ResultsModel::StatusColumn) }) {
        const qint64 first
            = timeUntilUpdated(view, [&] { view->sort(column, Qt::AscendingOrder); });
        const qint64 back
            = timeUntilUpdated(view, [&] { view->sort(column, Qt::DescendingOrder); });
        out << "sort by column " << column << "    " << first << " ms (descending then " << back
            << " ms)\n";
    }

    out << "worst GUI stall     " << stalls.worst() << " ms while searching and sorting\n";
    stalls.start();
    QSignalSpy exported(&page, &ResultsPage::exported);
    QElapsedTimer exportTimer;
    exportTimer.start();
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    page.exportTo(csv, ResultsFormat::Csv, ResultsPage::ExportRows::Shown, HeaderLanguage::English);
    exported.wait(120000);
    out << "CSV export          " << exportTimer.elapsed() << " ms, "
        << QFileInfo(csv).size() / (1024 * 1024) << " MB, " << view->rowCount() << " rows\n";

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS            " << usage.ru_maxrss / 1024 << " MB\n";
    out << "worst GUI stall     " << stalls.worst() << " ms while exporting\n";
    out << "load average        " << loadAverage() << '\n';
    return 0;
}
