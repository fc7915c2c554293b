#include "postgresserver.h"
#include "sampleendpoints.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/eventlog.h"
#include "store/heartbeatstore.h"
#include "store/querystore.h"
#include "testclock.h"
#include "watch/heartbeatduty.h"
#include "watch/heartbeatpolicystore.h"
#include "watch/watchcycle.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Which agents a heartbeat round asks (the last completed query's agents of this server, those
// moved here since, those already watched) and what a round leaves in the store: the states and
// each transition's event once, with a clock the test moves. On SQLite, and on PostgreSQL as
// tst_heartbeatstore_postgres (OSMGMT_TEST_STORE=postgres; skipped, exit 77, without it).
class TestHeartbeatStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rosterIsTheLastQuerysAgentsOfThisServer();
    void roundsStoreStatesAndEachEventOnce();
    void agentsMovedHereSinceTheQueryJoin();
    void aMoveCountsFromJustAfterTheQueryEnded();
    void anAgentFoundAsAnothersIsDroppedAndASilentOneStays();
    void eventsAreReadBySinceAndKind();
    void settingsAreTheStoresAndAudited();
    void changedSettingsApplyAtTheNextCycle();
    void lastHealthIsKeptPerAgentAndDroppedWithIt();

private:
    // One round where the agents at `silent` do not answer; the events it stored.
    QVector<ComputerEvent> round(const QStringList &silent);
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QVector<AgentHeartbeat> stored() const;
    // A completed query of `endpoints` (started at `startedAt`, ended five seconds later).
    void storeCompletedQuery(const QVector<Endpoint> &endpoints, const QDateTime &startedAt);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    std::shared_ptr<TestClock> m_clock;
    std::shared_ptr<Database> m_store;
};

namespace {
using S = SecurityStatus;

QVector<Endpoint> firstQuery()
{
    return { SampleEndpoints::make(QStringLiteral("10.0.0.1"), S::ManagedByThisServer,
                                   QStringLiteral("ws01")),
             SampleEndpoints::make(QStringLiteral("10.0.0.2"), S::ManagedByThisServer,
                                   QStringLiteral("ws02")),
             SampleEndpoints::make(QStringLiteral("10.0.0.3"), S::ManagedByAnotherServer,
                                   QStringLiteral("ws03")),
             SampleEndpoints::make(QStringLiteral("10.0.0.4"), S::NoClientInstalled,
                                   QStringLiteral("ws04")) };
}

QStringList addresses(const QVector<AgentHeartbeat> &agents)
{
    QStringList list;
    for (const AgentHeartbeat &agent : agents)
        list << agent.address;
    return list;
}
} // namespace

void TestHeartbeatStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qgetenv("OSMGMT_TEST_STORE") != "postgres")
        return;
    m_postgres = std::make_unique<PostgresServer>();
    const QString error = m_postgres->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHeartbeatStore::init()
{
    m_clock = std::make_shared<TestClock>(at("2026-12-01T09:00:00Z"));
    Clock::setInstance(m_clock);
    Result<std::shared_ptr<Database>> opened = Result<std::shared_ptr<Database>>::failure({});
    if (m_postgres) {
        const Result<QString> name = m_postgres->createDatabase();
        QVERIFY2(name, qPrintable(name.error()));
        opened = m_postgres->open(name.value());
    } else {
        QFile::remove(path());
        opened = Database::openSqlite(path());
    }
    QVERIFY2(opened, qPrintable(opened.error()));
    m_store = opened.value();
    storeCompletedQuery(firstQuery(), at("2026-12-01T08:00:00Z"));
}

void TestHeartbeatStore::storeCompletedQuery(const QVector<Endpoint> &endpoints,
                                             const QDateTime &startedAt)
{
    QueryStore queries(m_store);
    const qint64 id
        = queries.beginQuery("{}", QStringLiteral("osm-hq"), quint64(endpoints.size()), startedAt)
              .value();
    if (!queries.appendEndpoints(id, endpoints).error().isEmpty()
        || !queries.finishQuery(id, QueryState::Completed, startedAt.addSecs(5), QString())
                .error()
                .isEmpty())
        qFatal("cannot store the query");
}

void TestHeartbeatStore::cleanup()
{
    m_store.reset();
    Clock::setInstance(nullptr);
}

QVector<AgentHeartbeat> TestHeartbeatStore::stored() const
{
    const Result<QVector<AgentHeartbeat>> agents = HeartbeatStore(m_store).agents();
    if (!agents)
        qFatal("%s", qPrintable(agents.error()));
    return agents.value();
}

QVector<ComputerEvent> TestHeartbeatStore::round(const QStringList &silent)
{
    const HeartbeatStore store(m_store);
    const Result<HeartbeatStore::Roster> roster = store.roster();
    if (!roster)
        qFatal("%s", qPrintable(roster.error()));
    QVector<AgentHeartbeat> agents = roster->agents;
    QVector<std::optional<HeartbeatAnswer>> answers;
    for (const AgentHeartbeat &agent : agents)
        answers.append(silent.contains(agent.address)
                           ? HeartbeatAnswer { false,
                                               QStringLiteral("unreachable"),
                                               QStringLiteral("timed out"),
                                               {} }
                           : HeartbeatAnswer { true, QStringLiteral("answered"), {}, {} });
    const QVector<ComputerEvent> events
        = HeartbeatDuty::applyAnswers(agents, answers, Clock::instance().now(), HeartbeatPolicy());
    const QString error = store.saveRound(agents, roster->dropped, events).error();
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return events;
}

void TestHeartbeatStore::rosterIsTheLastQuerysAgentsOfThisServer()
{
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(m_store).roster();
    QVERIFY2(roster, qPrintable(roster.error()));
    QCOMPARE(addresses(roster->agents),
             QStringList({ QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") }));
    QCOMPARE(roster->agents[0].name, QStringLiteral("ws01"));
    QCOMPARE(roster->agents[0].port, quint16(21112));
    QCOMPARE(roster->agents[0].state, HeartbeatState::Online);
    QVERIFY(roster->dropped.isEmpty());
    QVERIFY(stored().isEmpty()); // nothing is written before a round
}

void TestHeartbeatStore::roundsStoreStatesAndEachEventOnce()
{
    const QStringList silent { QStringLiteral("10.0.0.2") };
    QVERIFY(round(silent).isEmpty());
    m_clock->advance(600);
    QCOMPARE(round(silent).size(), 1);
    m_clock->advance(600);
    QVERIFY(round(silent).isEmpty());
    QVector<AgentHeartbeat> agents = stored();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents[0].state, HeartbeatState::Online);
    QCOMPARE(agents[0].lastContact, at("2026-12-01T09:20:00Z"));
    QCOMPARE(agents[1].state, HeartbeatState::Offline);
    QCOMPARE(agents[1].missedHeartbeats, 3);
    QCOMPARE(agents[1].offlineSince, at("2026-12-01T09:10:00Z"));
    QVERIFY(!agents[1].lastContact.isValid());
    QCOMPARE(agents[1].outcome, QStringLiteral("unreachable"));
    QCOMPARE(agents[1].outcomeDetail, QStringLiteral("timed out"));

    m_clock->advance(30 * 24 * 3600);
    QCOMPARE(round(silent).size(), 1); // went missing
    QVERIFY(round(silent).isEmpty());
    m_clock->advance(600);
    QCOMPARE(round({}).size(), 1); // came online

    const Result<QVector<ComputerEvent>> events = EventLog(m_store).read({});
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 3);
    QStringList kinds;
    for (const ComputerEvent &event : *events) {
        kinds << event.kind;
        QCOMPARE(event.address, QStringLiteral("10.0.0.2"));
        QCOMPARE(event.name, QStringLiteral("ws02"));
    }
    QCOMPARE(kinds,
             QStringList({ QStringLiteral("went-offline"), QStringLiteral("went-missing"),
                           QStringLiteral("came-online") }));
    QCOMPARE(events->at(0).at, at("2026-12-01T09:10:00Z"));
    QCOMPARE(events->at(2).from, QStringLiteral("missing"));
    QCOMPARE(events->at(2).to, QStringLiteral("online"));
}

void TestHeartbeatStore::agentsMovedHereSinceTheQueryJoin()
{
    AuditEntry move;
    move.at = at("2026-12-01T08:30:00Z");
    move.osUser = QStringLiteral("admin");
    move.action = QStringLiteral("move");
    move.phase = QLatin1String(AuditPhase::intent);
    move.targets = { { QStringLiteral("10.0.0.3"), QStringLiteral("pending"), {} },
                     { QStringLiteral("10.0.0.4"), QStringLiteral("pending"), {} } };
    const Result<qint64> intent = AuditLog(m_store).append(move);
    QVERIFY2(intent, qPrintable(intent.error()));
    move.phase = QLatin1String(AuditPhase::outcome);
    move.intentId = intent.value();
    move.targets = { { QStringLiteral("10.0.0.3"), QStringLiteral("done"), {} },
                     { QStringLiteral("10.0.0.4"), QStringLiteral("refused"), {} } };
    const Result<qint64> outcome = AuditLog(m_store).append(move);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(m_store).roster();
    QVERIFY2(roster, qPrintable(roster.error()));
    QCOMPARE(addresses(roster->agents),
             QStringList({ QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                           QStringLiteral("10.0.0.3") }));

    // A move before the last query is that query's business: it saw the agent elsewhere.
    storeCompletedQuery(firstQuery(), at("2026-12-01T08:45:00Z"));
    const Result<HeartbeatStore::Roster> later = HeartbeatStore(m_store).roster();
    QVERIFY2(later, qPrintable(later.error()));
    QCOMPARE(addresses(later->agents),
             QStringList({ QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") }));
}

void TestHeartbeatStore::aMoveCountsFromJustAfterTheQueryEnded()
{
    // The query ends at 08:45:05.500; the SQL keeps that whole second, the times decide within it.
    storeCompletedQuery(firstQuery(), at("2026-12-01T08:45:00.500Z"));
    const auto moveDone = [this](const char *when, const QString &address) {
        AuditEntry move;
        move.at = at(when);
        move.osUser = QStringLiteral("admin");
        move.action = QStringLiteral("move");
        move.targets = { { address, QStringLiteral("done"), {} } };
        const Result<qint64> appended = AuditLog(m_store).append(move);
        QVERIFY2(appended, qPrintable(appended.error()));
    };
    const QString ws03 = QStringLiteral("10.0.0.3"); // seen managed by another server
    moveDone("2026-12-01T08:45:04.900Z", ws03); // the second before
    moveDone("2026-12-01T08:45:05.400Z", ws03); // that second, before the end
    moveDone("2026-12-01T08:45:05.500Z", ws03); // as it ended
    const Result<HeartbeatStore::Roster> before = HeartbeatStore(m_store).roster();
    QVERIFY2(before, qPrintable(before.error()));
    QCOMPARE(addresses(before->agents),
             QStringList({ QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") }));
    moveDone("2026-12-01T08:45:05.600Z", ws03); // just after
    const Result<HeartbeatStore::Roster> after = HeartbeatStore(m_store).roster();
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(addresses(after->agents),
             QStringList({ QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), ws03 }));
}

void TestHeartbeatStore::anAgentFoundAsAnothersIsDroppedAndASilentOneStays()
{
    round({ QStringLiteral("10.0.0.2") });
    round({ QStringLiteral("10.0.0.2") });
    // The next query: ws01 answers as another server's; ws02 is unreachable, not found at all.
    storeCompletedQuery({ SampleEndpoints::make(QStringLiteral("10.0.0.1"),
                                                S::ManagedByAnotherServer, QStringLiteral("ws01")),
                          SampleEndpoints::make(QStringLiteral("10.0.0.2"), S::Unreachable,
                                                QStringLiteral("ws02")) },
                        at("2026-12-01T10:00:00Z"));
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(m_store).roster();
    QVERIFY2(roster, qPrintable(roster.error()));
    QCOMPARE(addresses(roster->agents), QStringList({ QStringLiteral("10.0.0.2") }));
    QCOMPARE(roster->agents[0].state, HeartbeatState::Offline); // the stored state goes on
    QCOMPARE(roster->dropped, QStringList({ QStringLiteral("10.0.0.1") }));
    round({ QStringLiteral("10.0.0.2") });
    QCOMPARE(addresses(stored()), QStringList({ QStringLiteral("10.0.0.2") }));
}

void TestHeartbeatStore::eventsAreReadBySinceAndKind()
{
    const QStringList silent { QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") };
    round(silent);
    round(silent); // two went-offline at 09:00
    m_clock->advance(3600);
    round({ QStringLiteral("10.0.0.2") }); // ws01 came online at 10:00
    const EventLog log(m_store);
    QCOMPARE(log.read({})->size(), 3);
    const auto since = log.read({ at("2026-12-01T09:30:00Z"), {}, 0 });
    QVERIFY2(since, qPrintable(since.error()));
    QCOMPARE(since->size(), 1);
    QCOMPARE(since->at(0).kind, QStringLiteral("came-online"));
    const auto offline = log.read({ {}, QStringLiteral("went-offline"), 0 });
    QCOMPARE(offline->size(), 2);
    const auto newest = log.read({ {}, {}, 1 });
    QCOMPARE(newest->size(), 1);
    QCOMPARE(newest->at(0).kind, QStringLiteral("came-online"));
    QVERIFY(log.append({ ComputerEvent { 0,
                                         at("2026-12-01T11:00:00Z"),
                                         QLatin1String(EventKind::statusChanged),
                                         QStringLiteral("ws04"),
                                         QStringLiteral("10.0.0.4"),
                                         QStringLiteral("no-client-installed"),
                                         QStringLiteral("managed-by-this-server"),
                                         {} } })
                .ok());
    QCOMPARE(log.read({ {}, QStringLiteral("status-changed"), 0 })->size(), 1);
}

namespace {
// Loopback agents without an agent port: a round asks them without a packet sent (no port is
// "unreachable" at once), so the duty itself runs here.
QVector<Endpoint> silentLoopbackAgents()
{
    QVector<Endpoint> endpoints {
        SampleEndpoints::make(QStringLiteral("127.0.0.1"), S::ManagedByThisServer,
                              QStringLiteral("desk1")),
        SampleEndpoints::make(QStringLiteral("127.0.10.5"), S::ManagedByThisServer,
                              QStringLiteral("laptop5")),
    };
    for (Endpoint &endpoint : endpoints)
        endpoint.agentPort = 0;
    return endpoints;
}

HeartbeatPolicy laptopsNeverOffline(std::chrono::seconds interval)
{
    HeartbeatPolicy policy;
    policy.defaults.interval = interval;
    HeartbeatGroup laptops;
    laptops.name = QStringLiteral("Laptops");
    laptops.appliesTo.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.0.10.0/24")).value() };
    laptops.interval = interval;
    laptops.neverOffline = true;
    policy.groups = { laptops };
    return policy;
}
} // namespace

void TestHeartbeatStore::settingsAreTheStoresAndAudited()
{
    HeartbeatPolicyStore settings(m_store);
    // None saved: the defaults, no group.
    QVERIFY(settings.load().value() == HeartbeatPolicy());
    const HeartbeatPolicy policy = laptopsNeverOffline(std::chrono::minutes(5));
    const Result<Done> saved = settings.save(policy, QStringLiteral("imported from test.json"));
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(settings.load().value() == policy);
    // Bands out of order are refused, and nothing changes.
    HeartbeatPolicy wrong = policy;
    wrong.defaults.secondBand = std::chrono::minutes(30);
    QVERIFY(!settings.save(wrong, QStringLiteral("test")));
    QVERIFY(settings.load().value() == policy);
    // Settings already there are not replaced by saveIfNone.
    QCOMPARE(settings.saveIfNone(HeartbeatPolicy(), QStringLiteral("demo")).value(), false);
    QVERIFY(settings.load().value() == policy);
    AuditFilter filter;
    filter.action = HeartbeatPolicyStore::auditAction();
    const Result<QVector<AuditEntry>> audited = AuditLog(m_store).search(filter);
    QVERIFY2(audited, qPrintable(audited.error()));
    QCOMPARE(audited->size(), 1);
    QCOMPARE(audited->at(0).detail, QStringLiteral("imported from test.json; 1 groups"));
    QCOMPARE(audited->at(0).osUser, AuditLog::currentOsUser());
}

void TestHeartbeatStore::changedSettingsApplyAtTheNextCycle()
{
    m_clock->advance(3600);
    storeCompletedQuery(silentLoopbackAgents(), m_clock->now());
    auto duty = std::make_shared<HeartbeatDuty>(HeartbeatJob {});
    WatchCycle cycle({ duty }, StoreLease(QStringLiteral("watcher-a"), std::chrono::seconds(60)));
    m_clock->advance(60);
    QCOMPARE(cycle.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 1);
    // The defaults' 10 minutes: nothing two minutes later.
    m_clock->advance(120);
    QCOMPARE(cycle.run(m_store, WatchCycle::Mode::DueDuties).rounds.size(), 0);
    // The administrator sets 1 minute and a never-offline group while the watcher runs.
    QVERIFY(HeartbeatPolicyStore(m_store).save(laptopsNeverOffline(std::chrono::minutes(1)),
                                               QStringLiteral("changed in the console")));
    m_clock->advance(10);
    const CycleReport report = cycle.run(m_store, WatchCycle::Mode::DueDuties);
    QCOMPARE(report.rounds.size(), 1);
    QVERIFY2(report.rounds.at(0).ok, qPrintable(report.rounds.at(0).text));
    QCOMPARE(duty->interval().count(), 60);
    // Two misses each: the desktop is Offline, the laptop of the never-offline group is not.
    const QVector<AgentHeartbeat> agents = stored();
    QCOMPARE(agents.size(), 2);
    for (const AgentHeartbeat &agent : agents) {
        QCOMPARE(agent.missedHeartbeats, 2);
        QCOMPARE(agent.state,
                 agent.address == QLatin1String("127.0.0.1") ? HeartbeatState::Offline
                                                             : HeartbeatState::Online);
    }
    const Result<QVector<ComputerEvent>> events = EventLog(m_store).read(EventFilter {});
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->at(0).address, QStringLiteral("127.0.0.1"));
}

void TestHeartbeatStore::lastHealthIsKeptPerAgentAndDroppedWithIt()
{
    const HeartbeatStore heartbeats(m_store);
    QVector<AgentHeartbeat> agents = heartbeats.roster().value().agents;
    QCOMPARE(agents.size(), 2);
    AgentHealthRecord record;
    record.address = QStringLiteral("10.0.0.1");
    record.indicators = { { QStringLiteral("service"), QStringLiteral("needs-attention") },
                          { QStringLiteral("firewall"), QStringLiteral("healthy") } };
    record.evaluatedAt = m_clock->now();
    QVERIFY(heartbeats.saveRound(agents, {}, {}, { record }));
    Result<QHash<QString, AgentHealthRecord>> health = heartbeats.lastHealth();
    QVERIFY2(health, qPrintable(health.error()));
    QCOMPARE(health->size(), 1);
    QCOMPARE(health->value(QStringLiteral("10.0.0.1")).indicators, record.indicators);
    QCOMPARE(health->value(QStringLiteral("10.0.0.1")).evaluatedAt, record.evaluatedAt);
    // Dropped from the agents of this server: its health goes with it.
    QVERIFY(heartbeats.saveRound({}, { QStringLiteral("10.0.0.1") }, {}));
    QVERIFY(heartbeats.lastHealth().value().isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (qgetenv("OSMGMT_TEST_STORE") == "postgres") {
        // Without PostgreSQL the PostgreSQL run is a skip (77), not a pass.
        const QString unavailable = PostgresServer::unavailableReason();
        if (!unavailable.isEmpty()) {
            fprintf(stderr, "SKIP: %s\n", qPrintable(unavailable));
            return 77;
        }
    }
    TestHeartbeatStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_heartbeatstore.moc"
