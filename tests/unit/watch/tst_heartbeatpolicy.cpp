#include "testclock.h"
#include "watch/healthturns.h"
#include "watch/heartbeatduty.h"
#include "watch/heartbeatpolicy.h"

#include <QJsonDocument>
#include <QTest>

// The heartbeat settings per group (docs/watch.md, "Heartbeat settings"): the file's format and
// what it refuses, the first group that takes an agent deciding (overlaps said), "never
// offline", each group's interval by a moved clock, and a health indicator that turns to Needs
// attention giving its event once.
class TestHeartbeatPolicy : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultsAreTheIssues();
    void aFileReadsBackAsWritten();
    void aWrongFileIsRefusedNamingTheKey_data();
    void aWrongFileIsRefusedNamingTheKey();
    void theFirstGroupThatTakesAnAgentDecides();
    void neverOfflineCountsMissesButStaysOnline();
    void eachAgentIsAskedAtItsGroupsInterval();
    void needsAttentionIsOneEventPerTurn();
};

namespace {

QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const laptopsAndLab = R"({"heartbeatSettings": {
    "intervalMinutes": 10, "missesForOffline": 2,
    "agingBands": {"firstHours": 2, "secondHours": 36, "thirdDays": 10}, "missingAfterDays": 60,
    "groups": [
        {"name": "Laptops", "appliesTo": {"ipv4Ranges": ["127.0.10.0/24"]}, "neverOffline": true},
        {"name": "Lab", "appliesTo": {"ipv4Ranges": ["127.0.0.0/16"],
                                      "adContainers": ["OU=Lab,DC=corp,DC=example"]},
         "intervalMinutes": 30, "missesForOffline": 3}
    ]}})";

AgentHeartbeat agent(const char *address, const QString &adPath = {})
{
    AgentHeartbeat heartbeat;
    heartbeat.address = QLatin1String(address);
    heartbeat.port = 21112;
    heartbeat.name = QStringLiteral("ws-") + heartbeat.address;
    heartbeat.adPath = adPath;
    return heartbeat;
}

const HeartbeatAnswer silent {
    false, QStringLiteral("unreachable"), QStringLiteral("connection timed out"), {}
};

} // namespace

void TestHeartbeatPolicy::theDefaultsAreTheIssues()
{
    const HeartbeatPolicy policy;
    QCOMPARE(policy.defaults.interval.count(), 600);
    QCOMPARE(policy.defaults.missesForOffline, 2);
    QCOMPARE(policy.defaults.firstBand.count(), 3600);
    QCOMPARE(policy.defaults.secondBand.count(), 24 * 3600);
    QCOMPARE(policy.defaults.thirdBand.count(), 7 * 24 * 3600);
    QCOMPARE(policy.defaults.missingAfter.count(), 30 * 24 * 3600);
    QVERIFY(policy.groups.isEmpty());
    QCOMPARE(policy.problem(), QString());
    // An empty document section is the defaults.
    const Result<HeartbeatPolicy> empty
        = HeartbeatPolicy::fromJson(parsed(R"({"heartbeatSettings": {}})"));
    QVERIFY2(empty, qPrintable(empty.error()));
    QVERIFY(*empty == policy);
}

void TestHeartbeatPolicy::aFileReadsBackAsWritten()
{
    const Result<HeartbeatPolicy> policy = HeartbeatPolicy::fromJson(parsed(laptopsAndLab));
    QVERIFY2(policy, qPrintable(policy.error()));
    QCOMPARE(policy->defaults.firstBand.count(), 2 * 3600);
    QCOMPARE(policy->defaults.secondBand.count(), 36 * 3600);
    QCOMPARE(policy->defaults.thirdBand.count(), 10 * 24 * 3600);
    QCOMPARE(policy->defaults.missingAfter.count(), 60 * 24 * 3600);
    QCOMPARE(policy->groups.size(), 2);
    QVERIFY(policy->groups.at(0).neverOffline);
    // A group without its own interval or N takes the defaults'.
    QCOMPARE(policy->groups.at(0).interval.count(), 600);
    QCOMPARE(policy->groups.at(1).interval.count(), 1800);
    QCOMPARE(policy->groups.at(1).missesForOffline, 3);
    QCOMPARE(policy->shortestInterval().count(), 600);
    const Result<HeartbeatPolicy> again = HeartbeatPolicy::fromJson(policy->toJson());
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(*again == *policy);
}

void TestHeartbeatPolicy::aWrongFileIsRefusedNamingTheKey_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown key") << R"({"heartbeatSettings": {"interval": 5}})"
                                 << "heartbeatSettings.interval: unknown key";
    QTest::newRow("interval zero") << R"({"heartbeatSettings": {"intervalMinutes": 0}})"
                                   << "heartbeatSettings.intervalMinutes: not a whole number";
    QTest::newRow("interval fraction") << R"({"heartbeatSettings": {"intervalMinutes": 1.5}})"
                                       << "heartbeatSettings.intervalMinutes: not a whole number";
    QTest::newRow("bands out of order")
        << R"({"heartbeatSettings": {"agingBands": {"firstHours": 30, "secondHours": 24}}})"
        << "heartbeatSettings.agingBands: the aging bands must grow";
    QTest::newRow("third band past missing")
        << R"({"heartbeatSettings": {"agingBands": {"thirdDays": 40}}})"
        << "heartbeatSettings.agingBands: the aging bands must grow";
    QTest::newRow("group without targets")
        << R"({"heartbeatSettings": {"groups": [{"name": "All"}]}})"
        << "heartbeatSettings.groups[0].appliesTo: a group must name the computers";
    QTest::newRow("group bad range")
        << R"({"heartbeatSettings": {"groups": [{"name": "A", "appliesTo": {"ipv4Ranges": ["x"]}}]}})"
        << "heartbeatSettings.groups[0].appliesTo.ipv4Ranges[0]";
    QTest::newRow("group duplicate name")
        << R"({"heartbeatSettings": {"groups": [
               {"name": "A", "appliesTo": {"computers": ["ws1"]}},
               {"name": "a", "appliesTo": {"computers": ["ws2"]}}]}})"
        << "heartbeatSettings.groups[1].name: \"a\" names another group already";
    QTest::newRow("never offline not a flag")
        << R"({"heartbeatSettings": {"groups": [
               {"name": "A", "appliesTo": {"computers": ["ws1"]}, "neverOffline": "yes"}]}})"
        << "heartbeatSettings.groups[0].neverOffline: not true or false";
    QTest::newRow("other document") << R"({"healthSettings": []})"
                                    << "healthSettings: unknown key";
}

void TestHeartbeatPolicy::aWrongFileIsRefusedNamingTheKey()
{
    QFETCH(QString, json);
    QFETCH(QString, named);
    const Result<HeartbeatPolicy> policy
        = HeartbeatPolicy::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!policy);
    QVERIFY2(policy.error().startsWith(named), qPrintable(policy.error()));
}

void TestHeartbeatPolicy::theFirstGroupThatTakesAnAgentDecides()
{
    const HeartbeatPolicy policy = HeartbeatPolicy::fromJson(parsed(laptopsAndLab)).value();
    QString group;
    QStringList conflicts;
    // In both groups' ranges: the first, Laptops, applies; the overlap is said.
    HeartbeatSettings settings
        = policy.settingsFor({ QStringLiteral("127.0.10.5"), {}, {} }, &group, &conflicts);
    QCOMPARE(group, QStringLiteral("Laptops"));
    QCOMPARE(conflicts, (QStringList { QStringLiteral("Laptops"), QStringLiteral("Lab") }));
    QVERIFY(settings.neverOffline);
    // Only in Lab, by its AD container: Lab's interval and N, the common bands.
    settings = policy.settingsFor({ QStringLiteral("192.0.2.7"), QStringLiteral("lab7"),
                                    QStringLiteral("CN=LAB7,OU=Lab,DC=corp,DC=example") },
                                  &group, &conflicts);
    QCOMPARE(group, QStringLiteral("Lab"));
    QVERIFY(conflicts.isEmpty());
    QCOMPARE(settings.interval.count(), 1800);
    QCOMPARE(settings.missesForOffline, 3);
    QVERIFY(!settings.neverOffline);
    QCOMPARE(settings.missingAfter.count(), 60 * 24 * 3600);
    // In no group: the defaults.
    settings = policy.settingsFor({ QStringLiteral("192.0.2.8"), {}, {} }, &group, &conflicts);
    QCOMPARE(group, QString());
    QCOMPARE(settings.interval.count(), 600);
    QCOMPARE(settings.missesForOffline, 2);
}

void TestHeartbeatPolicy::neverOfflineCountsMissesButStaysOnline()
{
    const HeartbeatPolicy policy = HeartbeatPolicy::fromJson(parsed(laptopsAndLab)).value();
    TestClock clock(at("2026-12-01T09:00:00Z"));
    QVector<AgentHeartbeat> agents { agent("127.0.10.5"), agent("192.0.2.8") };
    QVector<ComputerEvent> events;
    for (int round = 0; round < 5; ++round) {
        events += HeartbeatDuty::applyAnswers(agents, { silent, silent }, clock.now(), policy);
        clock.advance(600);
    }
    // The laptop: five misses counted, still Online, no event.
    QCOMPARE(agents.at(0).missedHeartbeats, 5);
    QCOMPARE(agents.at(0).state, HeartbeatState::Online);
    // The other: Offline after the defaults' two misses, one event.
    QCOMPARE(agents.at(1).state, HeartbeatState::Offline);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).address, QStringLiteral("192.0.2.8"));
    QCOMPARE(events.at(0).kind, QLatin1String(EventKind::wentOffline));
}

void TestHeartbeatPolicy::eachAgentIsAskedAtItsGroupsInterval()
{
    const HeartbeatPolicy policy = HeartbeatPolicy::fromJson(parsed(laptopsAndLab)).value();
    const QDateTime start = at("2026-12-01T09:00:00Z");
    AgentHeartbeat lab = agent("127.0.20.1"); // Lab: every 30 minutes
    AgentHeartbeat other = agent("192.0.2.8"); // the defaults: every 10 minutes
    QVERIFY(HeartbeatDuty::isDue(lab, start, policy)); // never asked
    lab.lastHeartbeat = start;
    other.lastHeartbeat = start;
    // The duty runs every 10 minutes (the shortest), each round a little late.
    const QDateTime second = start.addSecs(600 + 4);
    QVERIFY(HeartbeatDuty::isDue(other, second, policy));
    QVERIFY(!HeartbeatDuty::isDue(lab, second, policy));
    QVERIFY(!HeartbeatDuty::isDue(lab, start.addSecs(1200 + 8), policy));
    // The third round after, even a few seconds early against Lab's 30 minutes, asks it.
    QVERIFY(HeartbeatDuty::isDue(lab, start.addSecs(1800 - 3), policy));
    // A clock set back asks at once rather than waiting for it to catch up.
    QVERIFY(HeartbeatDuty::isDue(lab, start.addSecs(-60), policy));
}

void TestHeartbeatPolicy::needsAttentionIsOneEventPerTurn()
{
    const HealthTurns turns { HealthSettingsList() };
    const QDateTime now = at("2026-12-01T09:00:00Z");
    const AgentHeartbeat computer = agent("127.0.0.9");
    AgentStatus healthy = AgentStatus::healthyDefault();
    healthy.lastScan = now.addDays(-1);
    healthy.patternDate = now.addDays(-1).toString(QStringLiteral("yyyyMMdd"));
    AgentStatus stopped = healthy;
    stopped.services[0].running = false;

    HealthTurn first = turns.evaluate(computer, healthy, std::nullopt, now);
    QVERIFY2(first.events.isEmpty(), qPrintable(first.events.value(0).detail));
    QCOMPARE(first.record.indicators.value(QStringLiteral("service")), QStringLiteral("healthy"));
    // The service stops: one event, from healthy to needs-attention, naming the service.
    HealthTurn second = turns.evaluate(computer, stopped, first.record, now.addSecs(600));
    QCOMPARE(second.events.size(), 1);
    const ComputerEvent &event = second.events.at(0);
    QCOMPARE(event.kind, QLatin1String(EventKind::needsAttention));
    QCOMPARE(event.from, QStringLiteral("healthy"));
    QCOMPARE(event.to, QStringLiteral("needs-attention"));
    QCOMPARE(event.address, QStringLiteral("127.0.0.9"));
    QVERIFY2(event.detail.contains(stopped.services[0].name), qPrintable(event.detail));
    // Still stopped at the next heartbeat: no second event.
    HealthTurn third = turns.evaluate(computer, stopped, second.record, now.addSecs(1200));
    QVERIFY(third.events.isEmpty());
    // Started, then stopped again: a new turn, a new event.
    HealthTurn fourth = turns.evaluate(computer, healthy, third.record, now.addSecs(1800));
    QVERIFY(fourth.events.isEmpty());
    HealthTurn fifth = turns.evaluate(computer, stopped, fourth.record, now.addSecs(2400));
    QCOMPARE(fifth.events.size(), 1);
    // An agent first seen already needing attention: one event, from no-data.
    HealthTurn unseen = turns.evaluate(agent("127.0.0.10"), stopped, std::nullopt, now);
    QCOMPARE(unseen.events.size(), 1);
    QCOMPARE(unseen.events.at(0).from, QStringLiteral("no-data"));
}

QTEST_GUILESS_MAIN(TestHeartbeatPolicy)
#include "tst_heartbeatpolicy.moc"
