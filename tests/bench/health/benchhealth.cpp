// osmgmt-bench-health [--queries Q] [--agents N]: the health flipbook over Q x N stored
// snapshots (issue 12; default 10 queries of 10,000 agents: 100,000 snapshots). Writes them to a
// fresh SQLite store (varied statuses: stopped services, old definitions, no firewall, absent
// data), then, in a real Summary page (offscreen), prints: the time to read and evaluate every
// snapshot (HealthSession::load, on its worker), the time from asking for the Summary page to
// its numbers shown, the summary's own cost on the GUI thread for the whole group, and the
// longest time the GUI thread did not answer its event loop. Build it in Release.
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

namespace {

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
    QElapsedTimer opening;
    opening.start();
    page.setGroup(QStringLiteral("osm-hq"), book); // asks the session to read the store
    if (!loaded.wait(120000)) {
        out << "the health was not read\n";
        return 1;
    }
    const qint64 read = opening.elapsed();
    shown.clear(); // the page showed the empty group before the data came
    if (!shown.wait(120000)) {
        out << "the summary was not shown\n";
        return 1;
    }
    const qint64 opened = opening.elapsed();
    // Then the history of the past queries, read after the newest one.
    while (loaded.count() < 2 && loaded.wait(120000)) { }
    const qint64 history = opening.elapsed();
    shown.clear();
    shown.wait(120000); // the page counts the group again, with its history
    QElapsedTimer summarising;
    summarising.start();
    const HealthSummary summary = HealthSummary::of(session.data(), [&] {
        QVector<QString> addresses;
        for (int agent = 0; agent < agents; ++agent)
            addresses.append(addressOf(agent));
        return addresses;
    }());
    const qint64 summaryMs = summarising.elapsed();
    QTest::qWait(100);
    out << "summary page over " << agents << " computers, " << queries * agents
        << " stored snapshots: newest query read and evaluated in " << read
        << " ms (worker), shown in " << opened << " ms, with its history of past queries in "
        << history << " ms; the summary itself " << summaryMs << " ms (counted on a worker); "
        << summary.needsAttention.size() << " need attention, history of " << summary.history.size()
        << " queries; longest GUI stall " << stalls.worst() << " ms; load average " << loadAverage()
        << '\n';
    // Where the time goes, for one query of `agents` snapshots on this thread: reading (SQL and
    // each status's JSON) against evaluating.
    const std::shared_ptr<Database> database = open().value();
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
    out << "one query of " << snapshots.size() << " snapshots: read " << readMs << " ms, evaluated "
        << evaluating.elapsed() << " ms (" << attention << " need attention)\n";
    return 0;
}
