#include "health/healthstore.h"
#include "postgresbackends.h"
#include "quarantine/quarantinereport.h"
#include "quarantine/quarantineroster.h"
#include "store/auditlog.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// Issue 14, point 1: who is quarantined, as the store knows it (docs/quarantine.md, "Where the
// state comes from"), on SQLite and a real PostgreSQL: each agent's newest report, then the
// commands sent since.
class TestQuarantineRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString skip = m_backends.skipReason(backend);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        m_dir = std::make_unique<QTemporaryDir>();
        auto target = m_backends.fresh(backend, m_dir->path());
        QVERIFY2(target.ok(), qPrintable(target.error()));
        auto opened = target->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = *opened;
        Clock::setInstance(std::make_shared<TestClock>(at("2026-12-03T12:00:00Z")));
    }
    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void anEmptyStoreHasNone();
    void theNewestReportOfEachAgentCounts();
    void commandsSinceTheReportShowAtOnce();
    void aCommandOlderThanTheReportChangesNothing();
    void writesTheReportRecord();

private:
    void report(const char *gatheredAt,
                const QVector<QPair<QString, std::optional<QuarantineState>>> &agents);
    void command(const QString &action, const char *when, const QString &address,
                 const QString &outcome);

    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
};

namespace {
QuarantineState pending()
{
    QuarantineState state;
    state.state = QuarantineState::State::Pending;
    state.reason = QuarantineState::Reason::Policy;
    state.policy = QStringLiteral("Critical 2026");
    state.since = at("2026-12-01T10:00:00Z");
    state.graceEnds = at("2026-12-04T10:00:00Z");
    state.missingCves = { QStringLiteral("CVE-2026-0001"), QStringLiteral("CVE-2026-0002") };
    return state;
}

QuarantineState manual(const char *since)
{
    QuarantineState state;
    state.since = at(since);
    state.why = QStringLiteral("quarantined by the console at 127.0.0.1");
    return state;
}
} // namespace

// One query's health: each agent reported, with this quarantine or none.
void TestQuarantineRoster::report(
    const char *gatheredAt, const QVector<QPair<QString, std::optional<QuarantineState>>> &agents)
{
    const Result<qint64> query
        = QueryStore(m_database).beginQuery("{}", QStringLiteral("osm-hq"), 1, at(gatheredAt));
    QVERIFY2(query, qPrintable(query.error()));
    QVector<HealthSnapshot> snapshots;
    for (const auto &agent : agents) {
        HealthSnapshot snapshot;
        snapshot.address = agent.first;
        snapshot.agentPort = 40000;
        snapshot.name = QStringLiteral("ws-") + agent.first.section(QLatin1Char('.'), 3);
        snapshot.gatheredAt = at(gatheredAt);
        snapshot.outcome = HealthSnapshot::Outcome::Reported;
        AgentStatus status = AgentStatus::healthyDefault();
        status.quarantine = agent.second;
        status.quarantined
            = agent.second && agent.second->state == QuarantineState::State::Quarantined;
        snapshot.status = status;
        snapshots.append(snapshot);
    }
    QVERIFY(HealthStore(m_database).append(*query, snapshots));
}

void TestQuarantineRoster::command(const QString &action, const char *when, const QString &address,
                                   const QString &outcome)
{
    AuditEntry entry;
    entry.at = at(when);
    entry.osUser = QStringLiteral("alice");
    entry.action = action;
    entry.targets = { { address, outcome, {} } };
    entry.phase = QLatin1String(AuditPhase::complete);
    const auto appended = AuditLog(m_database).append(entry);
    QVERIFY2(appended, qPrintable(appended.error()));
}

void TestQuarantineRoster::anEmptyStoreHasNone()
{
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(m_database).read();
    QVERIFY2(entries, qPrintable(entries.error()));
    QVERIFY(entries->isEmpty());
}

void TestQuarantineRoster::theNewestReportOfEachAgentCounts()
{
    report("2026-12-01T00:00:00Z",
           { { QStringLiteral("127.80.0.1"), manual("2026-11-30T09:00:00Z") },
             { QStringLiteral("127.80.0.2"), std::nullopt },
             { QStringLiteral("127.80.0.3"), pending() } });
    // Later: .1 was released (it says nothing of a quarantine any more), .2 quarantined.
    report("2026-12-02T00:00:00Z",
           { { QStringLiteral("127.80.0.1"), std::nullopt },
             { QStringLiteral("127.80.0.2"), manual("2026-12-01T18:00:00Z") } });
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(m_database).read();
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0),
             (QuarantineEntry { QStringLiteral("ws-2"), QStringLiteral("127.80.0.2"),
                                manual("2026-12-01T18:00:00Z") }));
    // .3 did not answer the second query: its last word stands.
    QCOMPARE(entries->at(1),
             (QuarantineEntry { QStringLiteral("ws-3"), QStringLiteral("127.80.0.3"), pending() }));
    QCOMPARE(QuarantineRoster::quarantinedAddresses(*entries),
             QSet<QString> { QStringLiteral("127.80.0.2") });
}

void TestQuarantineRoster::commandsSinceTheReportShowAtOnce()
{
    report("2026-12-01T00:00:00Z",
           { { QStringLiteral("127.80.0.3"), pending() },
             { QStringLiteral("127.80.0.4"), manual("2026-11-30T09:00:00Z") } });
    command(QStringLiteral("quarantine"), "2026-12-02T08:00:00Z", QStringLiteral("127.80.0.3"),
            QStringLiteral("done"));
    command(QStringLiteral("quarantine"), "2026-12-02T08:00:00Z", QStringLiteral("127.80.0.9"),
            QStringLiteral("done"));
    command(QStringLiteral("quarantine"), "2026-12-02T08:00:00Z", QStringLiteral("127.80.0.10"),
            QStringLiteral("refused"));
    command(QStringLiteral("release"), "2026-12-02T09:00:00Z", QStringLiteral("127.80.0.4"),
            QStringLiteral("done"));
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(m_database).read();
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 3); // the refused one changed nothing
    const QuarantineEntry &three = entries->at(0);
    QCOMPARE(three.address, QStringLiteral("127.80.0.3"));
    QCOMPARE(three.name, QStringLiteral("ws-3"));
    QCOMPARE(three.quarantine.state, QuarantineState::State::Quarantined);
    QCOMPARE(three.quarantine.reason, QuarantineState::Reason::Manual);
    QCOMPARE(three.quarantine.since, at("2026-12-02T08:00:00Z"));
    QVERIFY(three.quarantine.missingCves.isEmpty());
    QVERIFY2(three.quarantine.why.contains(QStringLiteral("alice")),
             qPrintable(three.quarantine.why));
    const QuarantineEntry &four = entries->at(1);
    QCOMPARE(four.address, QStringLiteral("127.80.0.4"));
    QCOMPARE(four.quarantine.state, QuarantineState::State::Released);
    QCOMPARE(four.quarantine.since, at("2026-12-02T09:00:00Z"));
    const QuarantineEntry &nine = entries->at(2);
    QCOMPARE(nine.address, QStringLiteral("127.80.0.9"));
    QVERIFY(nine.name.isEmpty()); // no agent report names it yet
    QCOMPARE(nine.quarantine.state, QuarantineState::State::Quarantined);
}

void TestQuarantineRoster::aCommandOlderThanTheReportChangesNothing()
{
    command(QStringLiteral("quarantine"), "2026-11-30T08:00:00Z", QStringLiteral("127.80.0.5"),
            QStringLiteral("done"));
    report("2026-12-01T00:00:00Z", { { QStringLiteral("127.80.0.5"), std::nullopt } });
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(m_database).read();
    QVERIFY2(entries, qPrintable(entries.error()));
    QVERIFY(entries->isEmpty()); // the agent said since that it is not quarantined
}

void TestQuarantineRoster::writesTheReportRecord()
{
    const QJsonObject record = QuarantineReport::record(
        { QStringLiteral("ws-3"), QStringLiteral("127.80.0.3"), pending() });
    QCOMPARE(QStringList(record.keys()).size(), QuarantineReport::fields().size());
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(record.value(QStringLiteral("reason")).toString(), QStringLiteral("policy"));
    QCOMPARE(record.value(QStringLiteral("policy")).toString(), QStringLiteral("Critical 2026"));
    QCOMPARE(record.value(QStringLiteral("since")).toString(),
             QStringLiteral("2026-12-01T10:00:00Z"));
    QCOMPARE(record.value(QStringLiteral("graceEnds")).toString(),
             QStringLiteral("2026-12-04T10:00:00Z"));
    QCOMPARE(record.value(QStringLiteral("missingCves")).toArray(),
             (QJsonArray { QStringLiteral("CVE-2026-0001"), QStringLiteral("CVE-2026-0002") }));
    const QJsonObject manualRecord = QuarantineReport::record(
        { QString(), QStringLiteral("127.80.0.9"), manual("2026-12-02T08:00:00Z") });
    QCOMPARE(manualRecord.value(QStringLiteral("graceEnds")).toString(), QString());
    QCOMPARE(manualRecord.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
}

QTEST_GUILESS_MAIN(TestQuarantineRoster)
#include "tst_quarantineroster.moc"
