// osmgmt-bench-policy [--agents N]
//
// A benchmark, not a test (issue 14: "one watcher cycle evaluating a policy over 10,000
// agents"): a SQLite store whose last completed query found N agents of this server, whose last
// heartbeats reported their missing CVEs (every other agent misses the policy's CVE), and one CVE
// compliance policy over all of them. It runs the watcher's policy round (PolicyDuty::runRound)
// twice, as the watcher's thread does: the first round turns N/2 computers pending (their
// standings and events written in one transaction), the second evaluates them again. No agent
// is contacted: the round has no console certificate, so its warnings are skipped (and counted)
// rather than sent, and since a warning not delivered is tried again, the second round rewrites
// the N/2 standings too. What is measured is the round's own work: reading the facts,
// evaluating, writing the standings. Prints each round's wall and CPU time and the peak RSS.
// docs/performance.md, "CVE compliance policies".
#include "quarantine/policystore.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/heartbeatstore.h"
#include "store/querystore.h"
#include "watch/policyduty.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

const QString thisServer = QStringLiteral("osm-bench");
const QString cve = QStringLiteral("CVE-2026-0001");

QString addressOf(int index)
{
    return QStringLiteral("127.90.%1.%2").arg(index / 250).arg(index % 250 + 1);
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

Result<Done> prepare(const std::shared_ptr<Database> &database, int agents)
{
    QVector<Endpoint> endpoints;
    for (int i = 0; i < agents; ++i) {
        Endpoint endpoint
            = SampleEndpoints::make(addressOf(i), SecurityStatus::ManagedByThisServer,
                                    QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0')));
        endpoint.agentPort = 40000;
        endpoint.server = thisServer;
        endpoints.append(endpoint);
    }
    QueryStore queries(database);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Result<qint64> id
        = queries.beginQuery("{}", thisServer, quint64(endpoints.size()), started);
    if (!id)
        return Result<Done>::failure(id.error());
    Result<Done> stored = queries.appendEndpoints(*id, endpoints);
    if (stored)
        stored = queries.finishQuery(*id, QueryState::Completed, started.addSecs(5), QString());
    if (!stored)
        return stored;
    // Their last heartbeats: every other one misses the CVE.
    const HeartbeatStore heartbeats(database);
    const Result<HeartbeatStore::Roster> roster = heartbeats.roster();
    if (!roster)
        return Result<Done>::failure(roster.error());
    QVector<AgentHealthRecord> health;
    for (int i = 0; i < roster->agents.size(); ++i) {
        AgentHealthRecord record;
        record.address = roster->agents.at(i).address;
        record.evaluatedAt = started.addSecs(30);
        record.missingCves = i % 2 == 0 ? QStringList { cve } : QStringList {};
        health.append(record);
    }
    stored = heartbeats.saveRound(roster->agents, {}, {}, health);
    if (!stored)
        return stored;
    QuarantinePolicy policy;
    policy.name = QStringLiteral("Critical 2026");
    policy.enabled = true;
    policy.cves = { cve };
    policy.appliesTo.ipv4Ranges
        = { Ipv4Range::parse(QStringLiteral("127.90.0.0-127.90.255.255")).value() };
    policy.graceHours = 72;
    PolicyDocument document;
    document.policies = { policy };
    return PolicyStore(database).save(document);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("How many agents (10000)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(agentsOption);
    parser.addHelpOption();
    parser.process(application);
    const int agents = parser.value(agentsOption).toInt();
    QTextStream out(stdout);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bench.sqlite"));
    const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
    if (!database) {
        out << database.error() << '\n';
        return 1;
    }
    const Result<Done> prepared = prepare(*database, agents);
    if (!prepared) {
        out << prepared.error() << '\n';
        return 1;
    }
    PolicyJob job;
    job.store.location = StoreLocation::sqlite(path);
    PolicyDuty duty(job);
    for (int round = 1; round <= 2; ++round) {
        QElapsedTimer wall;
        const double cpuBefore = cpuSeconds();
        wall.start();
        const Result<QString> done = duty.runRound(*database);
        const qint64 ms = wall.elapsed();
        out << "round " << round << ": " << ms << " ms wall, "
            << QString::number(cpuSeconds() - cpuBefore, 'f', 2)
            << " s CPU: " << (done ? done.value() : done.error()) << '\n';
        out.flush();
        if (!done)
            return 1;
    }
    const Result<QHash<QString, QVector<PolicyStanding>>> standings
        = PolicyStore(*database).standings();
    const int pending = standings ? int(standings->size()) : -1;
    out << "standings stored: " << pending << "; peak RSS " << peakRssMiB() << " MiB\n";
    return pending == agents / 2 + agents % 2 ? 0 : 1;
}
