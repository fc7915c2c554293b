#include "postgresbackends.h"
#include "quarantine/policystore.h"
#include "sampleendpoints.h"
#include "store/database.h"
#include "store/eventlog.h"
#include "store/heartbeatstore.h"
#include "store/querystore.h"
#include "testclock.h"
#include "watch/policyduty.h"

#include <QTemporaryDir>
#include <QtTest>

// The watcher's policy round (docs/policies.md, "The watcher's round") against a real store
// (SQLite and a real PostgreSQL), by a moved clock: facts from the agents' last heartbeats,
// standings and events written, and a command that is not done (here: no console certificate, so
// nothing can be sent) leaving the standing so that the next round tries again. The commands
// reaching real agents are tests/integration/quarantine/tst_clipolicies.
class TestPolicyDuty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init();
    void cleanup();
    void nothingIsOnNothingIsDone();
    void pendingFromTheHeartbeatsFacts();
    void aCommandNotDoneIsTriedAgain();
    void turningThePolicyOffClearsThePending();

private:
    void agents(const QVector<std::optional<QStringList>> &missing);
    void policy(bool enabled, int graceHours);
    Result<QString> round() { return PolicyDuty(PolicyJob {}).runRound(m_database); }
    QHash<QString, QVector<PolicyStanding>> standings();

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TestClock> m_clock;
    std::shared_ptr<Database> m_database;
};

namespace {
const QString cve = QStringLiteral("CVE-2026-0001");
QString addressOf(int i)
{
    return QStringLiteral("127.80.0.%1").arg(i + 1);
}
} // namespace

void TestPolicyDuty::init()
{
    QFETCH_GLOBAL(QString, backend);
    const QString skip = m_backends.skipReason(backend);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<TestClock>(at("2026-12-01T10:00:00Z"));
    Clock::setInstance(m_clock);
    auto target = m_backends.fresh(backend, m_dir->path());
    QVERIFY2(target.ok(), qPrintable(target.error()));
    const auto opened = target->open();
    QVERIFY2(opened, qPrintable(opened.error()));
    m_database = *opened;
}

void TestPolicyDuty::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

// Agents of this server (a completed query found them) whose last heartbeat said `missing`.
void TestPolicyDuty::agents(const QVector<std::optional<QStringList>> &missing)
{
    QVector<Endpoint> endpoints;
    for (int i = 0; i < missing.size(); ++i) {
        Endpoint endpoint = SampleEndpoints::make(addressOf(i), SecurityStatus::ManagedByThisServer,
                                                  QStringLiteral("ws-%1").arg(i + 1));
        endpoint.agentPort = 40000;
        endpoint.server = QStringLiteral("osm-hq");
        endpoints.append(endpoint);
    }
    QueryStore queries(m_database);
    const Result<qint64> id = queries.beginQuery("{}", QStringLiteral("osm-hq"),
                                                 quint64(endpoints.size()), m_clock->now());
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(queries.appendEndpoints(*id, endpoints));
    QVERIFY(queries.finishQuery(*id, QueryState::Completed, m_clock->now(), QString()));
    const HeartbeatStore heartbeats(m_database);
    const Result<HeartbeatStore::Roster> roster = heartbeats.roster();
    QVERIFY2(roster, qPrintable(roster.error()));
    QVector<AgentHealthRecord> health;
    for (int i = 0; i < missing.size(); ++i) {
        AgentHealthRecord record;
        record.address = addressOf(i);
        record.evaluatedAt = m_clock->now();
        record.missingCves = missing.at(i);
        health.append(record);
    }
    QVERIFY(heartbeats.saveRound(roster->agents, {}, {}, health));
}

void TestPolicyDuty::policy(bool enabled, int graceHours)
{
    QuarantinePolicy p;
    p.name = QStringLiteral("Critical 2026");
    p.enabled = enabled;
    p.cves = { cve };
    p.appliesTo.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.80.0.1-127.80.0.40")).value() };
    p.graceHours = graceHours;
    PolicyDocument document;
    document.policies = { p };
    QVERIFY(PolicyStore(m_database).save(document));
}

QHash<QString, QVector<PolicyStanding>> TestPolicyDuty::standings()
{
    const auto read = PolicyStore(m_database).standings();
    if (!read)
        qFatal("%s", qPrintable(read.error()));
    return *read;
}

void TestPolicyDuty::nothingIsOnNothingIsDone()
{
    agents({ QStringList { cve } });
    policy(false, 0);
    const Result<QString> done = round();
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(*done, QStringLiteral("no quarantine policy is on"));
    QVERIFY(standings().isEmpty());
}

void TestPolicyDuty::pendingFromTheHeartbeatsFacts()
{
    // ws-1 misses it, ws-2 is compliant, ws-3's agent does not say.
    agents({ QStringList { cve }, QStringList {}, std::nullopt });
    policy(true, 72);
    const Result<QString> done = round();
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY2(done->startsWith(QStringLiteral("3 computers evaluated: 1 pending")),
             qPrintable(*done));
    QVERIFY2(done->contains(QStringLiteral("1 agents did not report")), qPrintable(*done));
    const auto all = standings();
    QCOMPARE(all.size(), 1);
    const PolicyStanding standing = all.value(addressOf(0)).first();
    QCOMPARE(standing.firstFailing, at("2026-12-01T10:00:00Z"));
    QCOMPARE(standing.graceEnds, at("2026-12-04T10:00:00Z"));
    QCOMPARE(standing.name, QStringLiteral("ws-1"));
    const auto events = EventLog(m_database).read({ {}, QStringLiteral("policy-pending") });
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().address, addressOf(0));
    QCOMPARE(events->first().to, QStringLiteral("pending"));
}

void TestPolicyDuty::aCommandNotDoneIsTriedAgain()
{
    agents({ QStringList { cve } });
    policy(true, 1);
    QVERIFY(round());
    // The warning could not be sent: not marked warned, so the next round tries again.
    QVERIFY(!standings().value(addressOf(0)).first().warnedAt.isValid());
    m_clock->advance(2 * 3600);
    const Result<QString> done = round();
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY2(done->contains(QStringLiteral("0 quarantined")), qPrintable(*done));
    QVERIFY2(done->contains(QStringLiteral("2 commands not done")), qPrintable(*done));
    // The quarantine was not done either: still pending, still from the first time.
    const PolicyStanding standing = standings().value(addressOf(0)).first();
    QVERIFY(!standing.isQuarantined());
    QCOMPARE(standing.firstFailing, at("2026-12-01T10:00:00Z"));
    QVERIFY(EventLog(m_database).read({ {}, QStringLiteral("policy-quarantined") })->isEmpty());
}

void TestPolicyDuty::turningThePolicyOffClearsThePending()
{
    agents({ QStringList { cve } });
    policy(true, 72);
    QVERIFY(round());
    QCOMPARE(standings().size(), 1);
    policy(false, 72);
    const Result<QString> done = round();
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY(standings().isEmpty());
    // Pending only: nothing to release, so no command and no release event.
    QVERIFY(EventLog(m_database).read({ {}, QStringLiteral("policy-released") })->isEmpty());
}

QTEST_GUILESS_MAIN(TestPolicyDuty)
#include "tst_policyduty.moc"
