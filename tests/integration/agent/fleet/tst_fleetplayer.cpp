#include "agentlink/agenttls.h"
#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"
#include "agentstate.h"
#include "fleet/fleetplayer.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

// FleetPlayer in the test's own event loop, on 127.62.0.0/16 (loopback only): every socket
// here is asynchronous, since a blocking wait would also stop the player.
namespace {

struct Addresses
{
    int subnet = QRandomGenerator::global()->bounded(256);
    quint16 port = quint16(QRandomGenerator::global()->bounded(20000, 60000));

    QHostAddress at(int host) const
    {
        return QHostAddress(QStringLiteral("127.62.%1.%2").arg(subnet).arg(host));
    }
};

FleetEndpoint gateOnly(const QHostAddress &address, quint16 port)
{
    FleetEndpoint endpoint;
    endpoint.address = address;
    endpoint.name = QStringLiteral("gate");
    endpoint.listen = { port };
    return endpoint;
}

FleetEndpoint answering(const QHostAddress &address, quint16 port)
{
    FleetEndpoint endpoint;
    endpoint.address = address;
    endpoint.name = QStringLiteral("ws001");
    FleetAgent agent;
    agent.port = port;
    agent.identity = AgentIdentity { endpoint.name, QStringLiteral("osm-hq"),
                                     QStringLiteral("1.2.0"), QStringLiteral("Sales") };
    endpoint.agent = agent;
    return endpoint;
}

std::unique_ptr<QTcpSocket> connectTo(const QHostAddress &address, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(address, port);
    return socket;
}

// Agents that answer speak TLS; what is written before the handshake ends waits for it.
std::unique_ptr<QSslSocket> connectEncrypted(const QHostAddress &address, quint16 port)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(AgentTls::clientConfiguration(std::nullopt));
    socket->connectToHostEncrypted(address.toString(), port);
    return socket;
}

} // namespace

class TestFleetPlayer : public QObject
{
    Q_OBJECT

private slots:
    void sessionsEndWhenThePeerCloses()
    {
        Addresses addresses;
        FleetPlayer player(Fleet { { gateOnly(addresses.at(1), addresses.port),
                                     answering(addresses.at(2), addresses.port) } });
        const Result<int> started = player.start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(*started, 2);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 40; ++i) {
            if (i % 2 == 0)
                sockets.push_back(connectTo(addresses.at(1), addresses.port));
            else
                sockets.push_back(connectEncrypted(addresses.at(2), addresses.port));
        }
        QTRY_COMPARE(player.sessionCount(), 40);
        sockets.clear();
        QTRY_COMPARE(player.sessionCount(), 0);
    }

    void idleConnectionsAreClosedByTheEndpoint()
    {
        Addresses addresses;
        FleetPlayer player(Fleet { { gateOnly(addresses.at(1), addresses.port),
                                     answering(addresses.at(2), addresses.port) } });
        player.setIdleLimit(300);
        QVERIFY(player.start().ok());
        auto silent = connectTo(addresses.at(1), addresses.port);
        auto agent = connectEncrypted(addresses.at(2), addresses.port);
        QTRY_VERIFY(agent->isEncrypted());
        agent->write(helloFrame());
        QTRY_VERIFY(agent->bytesAvailable() > 0);
        FrameDecoder decoder;
        decoder.append(agent->readAll());
        QCOMPARE(identityFromMessage(decoder.next().message)->domain, QStringLiteral("Sales"));
        QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(agent->state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE(player.sessionCount(), 0);
    }

    void aPeerThatNeverReadsIsDropped()
    {
        Addresses addresses;
        FleetPlayer player(Fleet { { answering(addresses.at(1), addresses.port) } });
        QVERIFY(player.start().ok());
        QSslSocket greedy;
        greedy.setSslConfiguration(AgentTls::clientConfiguration(std::nullopt));
        greedy.setReadBufferSize(1024); // leaves the answers in the kernel, then in the agent
        greedy.connectToHostEncrypted(addresses.at(1).toString(), addresses.port);
        QTRY_COMPARE(player.sessionCount(), 1);
        QByteArray hellos;
        for (int i = 0; i < 100000; ++i)
            hellos += helloFrame();
        greedy.write(hellos);
        QTRY_COMPARE_WITH_TIMEOUT(player.sessionCount(), 0, 20000);
    }

    void quarantineClosesTheOtherPortsAndKeepsTheAgentPort()
    {
        Addresses addresses;
        FleetEndpoint endpoint = answering(addresses.at(1), addresses.port);
        const quint16 gatePort = quint16(addresses.port == 20000 ? 20001 : addresses.port - 1);
        endpoint.listen = { gatePort };
        FleetPlayer player(Fleet { { endpoint } });
        QVERIFY(player.start().ok());
        AgentState *state = player.agentAt(addresses.at(1));
        QVERIFY(state);
        QVERIFY(!player.agentAt(addresses.at(2)));
        auto gateAnswers = [&] {
            auto socket = connectTo(addresses.at(1), gatePort);
            QSignalSpy refused(socket.get(), &QTcpSocket::errorOccurred);
            QSignalSpy connected(socket.get(), &QTcpSocket::connected);
            if (!QTest::qWaitFor([&] { return !refused.isEmpty() || !connected.isEmpty(); }, 5000))
                return QStringLiteral("neither");
            return connected.isEmpty() ? QStringLiteral("refused") : QStringLiteral("connected");
        };
        QCOMPARE(gateAnswers(), QStringLiteral("connected"));
        QVERIFY(state->setQuarantined(true));
        QCOMPARE(gateAnswers(), QStringLiteral("refused"));
        auto agent = connectEncrypted(addresses.at(1), addresses.port);
        QTRY_VERIFY(agent->isEncrypted()); // the management channel stays open
        QVERIFY(state->setQuarantined(false));
        QCOMPARE(gateAnswers(), QStringLiteral("connected"));
    }

    void aFailedStartLeavesNothingListening()
    {
        Addresses addresses;
        QTcpServer occupier;
        QVERIFY(occupier.listen(addresses.at(9), 0));
        FleetPlayer player(Fleet { { gateOnly(addresses.at(1), addresses.port),
                                     gateOnly(addresses.at(9), occupier.serverPort()) } });
        const Result<int> started = player.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QStringLiteral("%1 port %2")
                                              .arg(addresses.at(9).toString())
                                              .arg(occupier.serverPort())),
                 qPrintable(started.error()));
        QTcpServer again;
        QVERIFY2(again.listen(addresses.at(1), addresses.port), qPrintable(again.errorString()));
    }

    void playsIpv6Loopback()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no ::1");
        probe.close();
        Addresses addresses;
        FleetPlayer player(
            Fleet { { answering(QHostAddress(QHostAddress::LocalHostIPv6), addresses.port) } });
        const Result<int> started = player.start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        auto agent = connectEncrypted(QHostAddress(QHostAddress::LocalHostIPv6), addresses.port);
        agent->write(helloFrame());
        QTRY_VERIFY(agent->bytesAvailable() > 0);
        FrameDecoder decoder;
        decoder.append(agent->readAll());
        QCOMPARE(identityFromMessage(decoder.next().message)->name, QStringLiteral("ws001"));
    }
};

QTEST_GUILESS_MAIN(TestFleetPlayer)
#include "tst_fleetplayer.moc"
