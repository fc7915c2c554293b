// osmgmt-bench-health [--queries Q] [--agents N]: the health flipbook over Q x N stored
// snapshots (issue 12; default 10 queries of 10,000 agents: 100,000 snapshots). Writes them to a
// fresh SQLite store (varied statuses: stopped services, old definitions, no firewall, absent
// data; each evaluated as it is stored), then, in a real Summary page (offscreen), prints for
// opening the page, reading it again, and reading it after a settings change (every stored
// state evaluated again): when the newest query's states were read, the group's numbers shown,
// its history shown, the statuses read, and the longest time the GUI thread did not answer its
// event loop (a 5 ms timer); then what the store's own reads cost on this thread. Release build.
#include "health/healthstates.h"
#include "health/healthstore.h"
#include "health/healthsummarypage.h"
#include "healthsession.h"
#include "results/resultstable.h"
#include "store/database.h"
#include "store/querystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>
#include <ctime>

namespace {

QString loadAverage()
{
    double load[3] = {};
    return getloadavg(load, 3) == 3 ? QString::number(load[0], 'f', 1) : QStringLiteral("?");
}

// The longest gap between two turns of the GUI thread's event loop, sampled every 5 ms: in wall
// time, and in the GUI thread's own CPU time. On a loaded machine the wall gap includes the time
// the thread waited for a core; the CPU gap is the work the GUI thread did in one turn.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_clock.restart());
            const qint64 cpu = threadCpuUs();
            m_worstCpuUs = std::max(m_worstCpuUs, cpu - m_lastCpuUs);
            m_lastCpuUs = cpu;
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstCpuUs = 0;
        m_lastCpuUs = threadCpuUs();
        m_clock.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }
    qint64 worstCpu() const { return m_worstCpuUs / 1000; }

private:
    static qint64 threadCpuUs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    qint64 m_worstCpuUs = 0;
    qint64 m_lastCpuUs = 0;
};

QString addressOf(int agent)
{
    return QStringLiteral("10.%1.%2.%3").arg(agent >> 16).arg((agent >> 8) & 255).arg(agent & 255);
}

// One agent's report in one query: most healthy, some with a stopped service, old definitions,
// no firewall component or data they do not report, changing from query to query.
HealthSnapshot snapshotOf(int agent, int query, const QDateTime &at)
{
    HealthSnapshot snapshot;
    snapshot.address = addressOf(agent);
    snapshot.agentPort = 21112;
    snapshot.name = QStringLiteral("ws-%1").arg(agent, 6, 10, QLatin1Char('0'));
    snapshot.gatheredAt = at;
    snapshot.outcome = HealthSnapshot::Outcome::Reported;
    AgentStatus status = AgentStatus::healthyDefault();
    status.lastScan = at.addDays(-1);
    status.patternDate = at.addDays(-1).date().toString(QStringLiteral("yyyyMMdd"));
    switch ((agent + query) % 10) {
    case 1:
        status.services[1].running = false;
        break;
    case 2:
        status.patternDate = at.addDays(-30).date().toString(QStringLiteral("yyyyMMdd"));
        break;
    case 3:
        status.firewall = FirewallState::Absent;
        break;
    case 4:
        status.antivirusOn.reset();
        status.lastScan = {};
        break;
    default:
        break;
    }
    snapshot.status = status;
    return snapshot;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries."),
                                           QStringLiteral("Q"), QStringLiteral("10"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Agents per query."), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    parser.addOptions({ queriesOption, agentsOption });
    parser.process(app);
    const int queries = parser.value(queriesOption).toInt();
    const int agents = parser.value(agentsOption).toInt();
    QTextStream out(stdout);

    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("bench.sqlite"));
    const auto open = [file] { return Database::openSqlite(file); };
    {
        const std::shared_ptr<Database> database = open().value();
        QElapsedTimer writing;
        writing.start();
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-queries);
        for (int query = 0; query < queries; ++query) {
            const QDateTime at = start.addDays(query);
            const qint64 id = QueryStore(database)
                                  .beginQuery("{}", QStringLiteral("osm-hq"), quint64(agents), at)
                                  .value();
            QVector<HealthSnapshot> snapshots;
            snapshots.reserve(agents);
            for (int agent = 0; agent < agents; ++agent)
                snapshots.append(snapshotOf(agent, query, at));
            const Result<Done> appended = HealthStore(database).append(id, snapshots);
            if (!appended) {
                out << appended.error() << '\n';
                return 1;
            }
        }
        out << "stored " << queries * agents << " snapshots (" << queries << " queries x " << agents
            << " agents) in " << writing.elapsed() << " ms\n";
    }
    auto table = std::make_shared<ResultsTable>();
    for (int agent = 0; agent < agents; ++agent) {
        Endpoint endpoint;
        endpoint.address = addressOf(agent);
        endpoint.status = SecurityStatus::ManagedByThisServer;
        endpoint.agentPort = 21112;
        table->append(endpoint);
    }
    ComputerBook book { table, {} };
    for (qsizetype row = 0; row < table->size(); ++row)
        book.rows.append(row);

    HealthSession session(
        open, [] { return Result<AgentTls::Credentials>::failure(QStringLiteral("not needed")); });
    HealthSummaryPage page(&session);
    page.resize(1100, 800);
    page.show();
    StallWatch stalls;
    stalls.start();
    QSignalSpy loaded(&session, &HealthSession::loaded);
    QSignalSpy shown(&page, &HealthSummaryPage::summaryShown);
    QSignalSpy historyShown(&page, &HealthSummaryPage::historyShown);
    // Opens the page (or, with the session loaded, reads the store again) and times what
    // follows: the states read, the numbers shown, the history shown, the statuses read.
    const auto open_ = [&](const char *what, bool reload) {
        loaded.clear();
        shown.clear();
        historyShown.clear();
        stalls.start();
        QElapsedTimer opening;
        opening.start();
        if (reload)
            session.load();
        else
            page.setGroup(QStringLiteral("osm-hq"), book); // asks the session to read the store
        if (!loaded.wait(300000))
            return false;
        const qint64 read = opening.elapsed();
        // The page may have shown the group before the data came: wait for the numbers counted
        // after the read.
        while (shown.count() < (reload ? 1 : 2) && shown.wait(300000)) { }
        const qint64 numbers = opening.elapsed();
        while (historyShown.isEmpty() && historyShown.wait(300000)) { }
        const qint64 history = opening.elapsed();
        while (!session.data().statusesRead && loaded.wait(300000)) { }
        const qint64 statuses = opening.elapsed();
        QTest::qWait(200);
        out << what << ": states of the newest query read in " << read
            << " ms (worker), numbers shown in " << numbers << " ms, history shown in " << history
            << " ms, statuses read in " << statuses << " ms; longest GUI stall " << stalls.worst()
            << " ms (wall), " << stalls.worstCpu() << " ms of the GUI thread's CPU; load average "
            << loadAverage() << '\n';
        out.flush();
        return true;
    };
    if (!open_("summary page opened", false)) {
        out << "the health was not read\n";
        return 1;
    }
    out << "the summary over " << page.summary().computers
        << " computers: " << page.summary().needsAttention.size() << " need attention, history of "
        << page.summary().history.size() << " queries" << page.summary().historyError << '\n';
    if (!open_("read again (nothing to re-evaluate)", true))
        return 1;

    // The settings change: every stored state is stale; the newest query is evaluated again
    // before the page shows it, the past queries after.
    {
        const std::shared_ptr<Database> database = open().value();
        HealthSettings lab;
        lab.name = QStringLiteral("Lab");
        lab.virusDefinitionsWithinDays = 40;
        lab.appliesTo.computers = { QStringLiteral("ws-000007") };
        HealthStore(database)
            .saveSettings(HealthSettingsList({ HealthSettings::defaults(), lab }))
            .value();
    }
    QSignalSpy evaluatedAgain(&session, &HealthSession::loaded);
    QElapsedTimer reevaluating;
    reevaluating.start();
    if (!open_("after a settings change", true))
        return 1;
    // The past queries' states: loaded() once more when they are done.
    while (evaluatedAgain.count() < 3 && evaluatedAgain.wait(600000)) { }
    out << "every stored state evaluated again in " << reevaluating.elapsed()
        << " ms (background); longest GUI stall " << stalls.worst() << " ms (wall), "
        << stalls.worstCpu() << " ms of the GUI thread's CPU\n";

    // Where the time goes, on this thread: the group's history counted by the store, and one
    // query's statuses read (SQL and each status's JSON) against evaluated.
    const std::shared_ptr<Database> database = open().value();
    QVector<QString> group;
    for (int agent = 0; agent < agents; ++agent)
        group.append(addressOf(agent));
    QElapsedTimer counting;
    counting.start();
    const QVector<HealthHistoryPoint> history
        = HealthStates(database).history(HealthSession::historyQueries, group).value();
    const qint64 countMs = counting.elapsed();
    counting.restart();
    const QVector<HealthRow> rows = HealthStates(database).rowsOf(session.data().queryId).value();
    out << "the store: the history of " << group.size() << " computers over " << history.size()
        << " queries counted in " << countMs << " ms; the newest query's " << rows.size()
        << " states read in " << counting.elapsed() << " ms\n";
    QElapsedTimer reading;
    reading.start();
    const QVector<HealthSnapshot> snapshots
        = HealthStore(database).snapshots(session.data().queryId).value();
    const qint64 readMs = reading.elapsed();
    QElapsedTimer evaluating;
    evaluating.start();
    const HealthEvaluation evaluation(session.data().settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int attention = 0;
    for (const HealthSnapshot &snapshot : snapshots)
        attention += evaluation.evaluate(snapshot.target(), snapshot.status, now).overall
            == HealthState::NeedsAttention;
    out << "one query of " << snapshots.size() << " statuses: read " << readMs << " ms, evaluated "
        << evaluating.elapsed() << " ms (" << attention << " need attention)\n";
    return 0;
}
