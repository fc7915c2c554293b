#include "agentlink/agentcommand.h"
#include "agentlink/agentexchange.h"
#include "fleet/fleet.h"
#include "fleet/fleetplayer.h"
#include "testclock.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// `"agent": { "silentAfterSeconds": N }` (docs/fleet-format.md, "Silent agents"): the agent
// answers until N seconds after the fleet started, by the fleet's clock, and then stalls every
// connection. The player runs in the test's event loop with a clock the test moves.
class TestFleetSilent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theFleetFileSaysWhen();
    void silentAfterItsTimeByTheFleetsClock();
    void zeroIsSilentFromTheStart();

private:
    // Asks the agent at `host` for status: whether it answered within the time limit.
    bool answers(int host);
    QHostAddress address(int host) const
    {
        return QHostAddress(QStringLiteral("127.63.%1.%2").arg(m_subnet).arg(host));
    }
    FleetEndpoint agent(int host, std::optional<qint64> silentAfter) const;

    std::shared_ptr<TestClock> m_clock;
    int m_subnet = QRandomGenerator::global()->bounded(256);
    quint16 m_port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
};

void TestFleetSilent::init()
{
    m_clock = std::make_shared<TestClock>(at("2026-12-01T09:00:00Z"));
    Clock::setInstance(m_clock);
}

void TestFleetSilent::cleanup()
{
    Clock::setInstance(nullptr);
}

FleetEndpoint TestFleetSilent::agent(int host, std::optional<qint64> silentAfter) const
{
    FleetEndpoint endpoint;
    endpoint.address = address(host);
    endpoint.name = QStringLiteral("ws%1").arg(host);
    FleetAgent played;
    played.port = m_port;
    played.identity = AgentIdentity { endpoint.name, QStringLiteral("osm-hq"),
                                      QStringLiteral("1.2.0"), QStringLiteral("Sales") };
    played.silentAfterSeconds = silentAfter;
    endpoint.agent = played;
    return endpoint;
}

bool TestFleetSilent::answers(int host)
{
    // A stalled connection is told apart by the time limit: generous for an answer on loopback.
    AgentExchange exchange(std::nullopt, 1500);
    QSignalSpy finished(&exchange, &AgentExchange::finished);
    exchange.start(address(host), m_port, statusRequest());
    if (!finished.wait(10000))
        qFatal("the exchange never finished");
    const auto outcome = finished.at(0).at(0).value<AgentExchange::Outcome>();
    return outcome.ending == AgentExchange::Ending::Replied;
}

void TestFleetSilent::theFleetFileSaysWhen()
{
    const auto fleetWith = [](const QByteArray &silent) {
        return parseFleet(R"({"endpoints": [{"address": "127.0.0.9", "agent": {"port": 21112,)"
                          R"( "silentAfterSeconds": )"
                          + silent + "}}]}");
    };
    const Result<Fleet> fleet = fleetWith("90");
    QVERIFY2(fleet, qPrintable(fleet.error()));
    QCOMPARE(fleet->endpoints[0].agent->silentAfterSeconds, std::optional<qint64>(90));
    const Result<Fleet> none
        = parseFleet(R"({"endpoints": [{"address": "127.0.0.9", "agent": {"port": 21112}}]})");
    QVERIFY2(none, qPrintable(none.error()));
    QVERIFY(!none->endpoints[0].agent->silentAfterSeconds);
    for (const QByteArray &bad : { QByteArray("-1"), QByteArray("1.5"), QByteArray("\"60\"") }) {
        const Result<Fleet> refused = fleetWith(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("endpoints[0].agent.silentAfterSeconds")),
                 qPrintable(refused.error()));
    }
}

void TestFleetSilent::silentAfterItsTimeByTheFleetsClock()
{
    FleetPlayer player(Fleet { { agent(1, 600), agent(2, std::nullopt) } });
    const Result<int> started = player.start();
    QVERIFY2(started, qPrintable(started.error()));
    QVERIFY(answers(1));
    m_clock->advance(599);
    QVERIFY(answers(1));
    m_clock->advance(1);
    QVERIFY(!answers(1));
    QVERIFY(answers(2)); // the others answer on
    m_clock->advance(24 * 3600);
    QVERIFY(!answers(1));
    QVERIFY(answers(2));
}

void TestFleetSilent::zeroIsSilentFromTheStart()
{
    FleetPlayer player(Fleet { { agent(1, 0) } });
    QVERIFY(player.start());
    QVERIFY(!answers(1));
}

QTEST_GUILESS_MAIN(TestFleetSilent)
#include "tst_fleetsilent.moc"
