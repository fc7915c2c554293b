#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"
#include "fleetplayer.h"

#include <QRandomGenerator>
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
    endpoint.agent
        = FleetAgent { port, AgentBehaviour::Answer,
                       AgentIdentity { endpoint.name, QStringLiteral("osm-hq"),
                                       QStringLiteral("1.2.0"), QStringLiteral("Sales") } };
    return endpoint;
}

std::unique_ptr<QTcpSocket> connectTo(const QHostAddress &address, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(address, port);
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
        for (int i = 0; i < 40; ++i)
            sockets.push_back(connectTo(addresses.at(1 + i % 2), addresses.port));
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
        auto agent = connectTo(addresses.at(2), addresses.port);
        QTRY_COMPARE(agent->state(), QAbstractSocket::ConnectedState);
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
        QTcpSocket greedy;
        greedy.setReadBufferSize(1024); // leaves the answers in the kernel, then in the agent
        greedy.connectToHost(addresses.at(1), addresses.port);
        QTRY_COMPARE(player.sessionCount(), 1);
        QByteArray hellos;
        for (int i = 0; i < 100000; ++i)
            hellos += helloFrame();
        greedy.write(hellos);
        QTRY_COMPARE_WITH_TIMEOUT(player.sessionCount(), 0, 20000);
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
        auto agent = connectTo(QHostAddress(QHostAddress::LocalHostIPv6), addresses.port);
        agent->write(helloFrame());
        QTRY_VERIFY(agent->bytesAvailable() > 0);
        FrameDecoder decoder;
        decoder.append(agent->readAll());
        QCOMPARE(identityFromMessage(decoder.next().message)->name, QStringLiteral("ws001"));
    }
};

QTEST_GUILESS_MAIN(TestFleetPlayer)
#include "tst_fleetplayer.moc"
