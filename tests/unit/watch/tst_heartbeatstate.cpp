#include "testclock.h"
#include "watch/heartbeatstate.h"

#include <QTest>

#include <memory>

// The heartbeat state machine driven by a clock the test moves: online, offline after N missed
// heartbeats, the aging bands, missing after 30 days, online again; each transition gives its
// event once.
class TestHeartbeatState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneMissIsNotOffline();
    void nMissesMakeItOfflineOnce();
    void offlineAgesThroughTheBands();
    void thirtyDaysOfflineMakeItMissingOnce();
    void anAnswerBringsItBackOnlineOnce();
    void aMissingAgentThatAnswersIsOnline();
    void settingsChangeTheThresholds();

private:
    // One heartbeat at the clock's time.
    QVector<ComputerEvent> beat(bool answered);
    void advance(qint64 seconds) { m_clock->advance(seconds); }

    std::shared_ptr<TestClock> m_clock;
    AgentHeartbeat m_agent;
    HeartbeatSettings m_settings;
};

namespace {
const HeartbeatAnswer answered { true, QStringLiteral("answered"), {}, {} };
const HeartbeatAnswer silent {
    false, QStringLiteral("unreachable"), QStringLiteral("connection timed out"), {}
};
constexpr qint64 tenMinutes = 600;
constexpr qint64 day = 24 * 3600;
} // namespace

void TestHeartbeatState::init()
{
    m_clock = std::make_shared<TestClock>(at("2026-12-01T09:00:00Z"));
    Clock::setInstance(m_clock);
    m_agent = AgentHeartbeat();
    m_agent.address = QStringLiteral("10.0.0.5");
    m_agent.port = 21112;
    m_agent.name = QStringLiteral("ws05");
    m_settings = HeartbeatSettings();
}

void TestHeartbeatState::cleanup()
{
    Clock::setInstance(nullptr);
}

QVector<ComputerEvent> TestHeartbeatState::beat(bool isAnswered)
{
    return HeartbeatStateMachine::apply(m_agent, isAnswered ? answered : silent,
                                        Clock::instance().now(), m_settings);
}

void TestHeartbeatState::oneMissIsNotOffline()
{
    QVERIFY(beat(true).isEmpty());
    QCOMPARE(m_agent.lastContact, at("2026-12-01T09:00:00Z"));
    advance(tenMinutes);
    QVERIFY(beat(false).isEmpty());
    QCOMPARE(m_agent.state, HeartbeatState::Online);
    QCOMPARE(m_agent.missedHeartbeats, 1);
    QVERIFY(!m_agent.offlineSince.isValid());
    QCOMPARE(m_agent.outcome, QStringLiteral("unreachable"));
    QCOMPARE(m_agent.lastContact, at("2026-12-01T09:00:00Z"));
    QCOMPARE(m_agent.lastHeartbeat, at("2026-12-01T09:10:00Z"));
}

void TestHeartbeatState::nMissesMakeItOfflineOnce()
{
    beat(true);
    advance(tenMinutes);
    beat(false);
    advance(tenMinutes);
    const QVector<ComputerEvent> events = beat(false);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QLatin1String(EventKind::wentOffline));
    QCOMPARE(events[0].from, QStringLiteral("online"));
    QCOMPARE(events[0].to, QStringLiteral("offline"));
    QCOMPARE(events[0].name, QStringLiteral("ws05"));
    QCOMPARE(events[0].address, QStringLiteral("10.0.0.5"));
    QCOMPARE(events[0].at, at("2026-12-01T09:20:00Z"));
    QCOMPARE(events[0].detail, QStringLiteral("connection timed out"));
    QCOMPARE(m_agent.state, HeartbeatState::Offline);
    QCOMPARE(m_agent.offlineSince, at("2026-12-01T09:20:00Z"));
    QCOMPARE(m_agent.missedHeartbeats, 2);
    // Silent on: no second event.
    for (int i = 0; i < 5; ++i) {
        advance(tenMinutes);
        QVERIFY(beat(false).isEmpty());
    }
    QCOMPARE(m_agent.missedHeartbeats, 7);
    QCOMPARE(m_agent.offlineSince, at("2026-12-01T09:20:00Z"));
}

void TestHeartbeatState::offlineAgesThroughTheBands()
{
    beat(false);
    beat(false);
    const auto age = [this] {
        return HeartbeatStateMachine::offlineAge(m_agent, Clock::instance().now(), m_settings);
    };
    QCOMPARE(age(), OfflineAge::UnderFirstBand);
    advance(3599);
    QCOMPARE(age(), OfflineAge::UnderFirstBand);
    advance(1);
    QCOMPARE(age(), OfflineAge::UnderSecondBand);
    advance(day - 3600);
    QCOMPARE(age(), OfflineAge::UnderThirdBand);
    advance(6 * day);
    QCOMPARE(age(), OfflineAge::Longer);
    QCOMPARE(toKey(*age()), QStringLiteral("longer"));
    // Only Offline agents age.
    beat(true);
    QVERIFY(!age());
}

void TestHeartbeatState::thirtyDaysOfflineMakeItMissingOnce()
{
    beat(false);
    beat(false);
    QCOMPARE(m_agent.state, HeartbeatState::Offline);
    advance(30 * day - 1);
    QVERIFY(beat(false).isEmpty());
    QCOMPARE(m_agent.state, HeartbeatState::Offline);
    advance(1);
    const QVector<ComputerEvent> events = beat(false);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QLatin1String(EventKind::wentMissing));
    QCOMPARE(events[0].from, QStringLiteral("offline"));
    QCOMPARE(events[0].to, QStringLiteral("missing"));
    QCOMPARE(m_agent.state, HeartbeatState::Missing);
    QVERIFY(!HeartbeatStateMachine::offlineAge(m_agent, Clock::instance().now(), m_settings));
    advance(day);
    QVERIFY(beat(false).isEmpty());
    QCOMPARE(m_agent.state, HeartbeatState::Missing);
    QCOMPARE(m_agent.offlineSince, at("2026-12-01T09:00:00Z"));
}

void TestHeartbeatState::anAnswerBringsItBackOnlineOnce()
{
    beat(false);
    beat(false);
    advance(tenMinutes);
    const QVector<ComputerEvent> events = beat(true);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QLatin1String(EventKind::cameOnline));
    QCOMPARE(events[0].from, QStringLiteral("offline"));
    QCOMPARE(events[0].to, QStringLiteral("online"));
    QCOMPARE(m_agent.state, HeartbeatState::Online);
    QCOMPARE(m_agent.missedHeartbeats, 0);
    QVERIFY(!m_agent.offlineSince.isValid());
    QCOMPARE(m_agent.lastContact, at("2026-12-01T09:10:00Z"));
    QVERIFY(beat(true).isEmpty());
    // Offline again takes N new misses.
    QVERIFY(beat(false).isEmpty());
    QCOMPARE(beat(false).size(), 1);
}

void TestHeartbeatState::aMissingAgentThatAnswersIsOnline()
{
    beat(false);
    beat(false);
    advance(31 * day);
    QCOMPARE(beat(false).size(), 1);
    const QVector<ComputerEvent> events = beat(true);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QLatin1String(EventKind::cameOnline));
    QCOMPARE(events[0].from, QStringLiteral("missing"));
    QCOMPARE(events[0].to, QStringLiteral("online"));
}

void TestHeartbeatState::settingsChangeTheThresholds()
{
    m_settings.missesForOffline = 3;
    m_settings.missingAfter = std::chrono::seconds(day);
    m_settings.firstBand = std::chrono::seconds(60);
    beat(false);
    beat(false);
    QCOMPARE(m_agent.state, HeartbeatState::Online);
    QCOMPARE(beat(false).size(), 1);
    advance(60);
    QCOMPARE(HeartbeatStateMachine::offlineAge(m_agent, Clock::instance().now(), m_settings),
             OfflineAge::UnderSecondBand);
    advance(day);
    QCOMPARE(beat(false).size(), 1);
    QCOMPARE(m_agent.state, HeartbeatState::Missing);
}

QTEST_GUILESS_MAIN(TestHeartbeatState)
#include "tst_heartbeatstate.moc"
