#include "agentlink/agentframe.h"
#include "agentlink/framedecoder.h"
#include "agentlink/handshake.h"

#include <QtTest>

namespace {
const AgentIdentity ws005 { QStringLiteral("ws005"), QStringLiteral("osm-hq"),
                            QStringLiteral("1.2.0"), QStringLiteral("Finance") };

QJsonObject decodeOne(const QByteArray &frame)
{
    FrameDecoder decoder;
    decoder.append(frame);
    const FrameDecoder::Step step = decoder.next();
    if (step.status != FrameDecoder::Status::Complete)
        qFatal("frame did not decode: %s", qPrintable(step.error));
    return step.message;
}

QJsonObject withAgent(const QJsonObject &agent)
{
    QJsonObject message = identityMessage(ws005);
    message.insert(QStringLiteral("agent"), agent);
    return message;
}
} // namespace

class TestHandshake : public QObject
{
    Q_OBJECT

private slots:
    void helloFrameCarriesTheDocumentedMessage()
    {
        const QJsonObject hello = decodeOne(helloFrame());
        QCOMPARE(hello,
                 (QJsonObject { { QStringLiteral("type"), QStringLiteral("hello") },
                                { QStringLiteral("protocol"), 1 } }));
    }

    void identityRoundTrip()
    {
        const QJsonObject message = decodeOne(AgentFrame::encode(identityMessage(ws005)));
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("identity"));
        QCOMPARE(message.value(QStringLiteral("protocol")).toInt(), 1);
        const Result<AgentIdentity> identity = identityFromMessage(message);
        QVERIFY2(identity.ok(), qPrintable(identity.error()));
        QCOMPARE(*identity, ws005);
    }

    void identityErrors_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("error");
        QJsonObject wrongType = identityMessage(ws005);
        wrongType.insert(QStringLiteral("type"), QStringLiteral("status"));
        QTest::newRow("wrong type")
            << wrongType << QStringLiteral("expected an identity message, got \"status\"");
        QTest::newRow("no type") << QJsonObject {}
                                 << QStringLiteral("expected an identity message, got \"\"");
        QTest::newRow("error reply")
            << errorMessage(QStringLiteral("unknown request \"hello\""))
            << QStringLiteral("the agent refused the handshake: unknown request \"hello\"");
        QJsonObject noAgent = identityMessage(ws005);
        noAgent.remove(QStringLiteral("agent"));
        QTest::newRow("missing agent")
            << noAgent << QStringLiteral("the identity message has no agent object");
        QJsonObject agentNotObject = identityMessage(ws005);
        agentNotObject.insert(QStringLiteral("agent"), QStringLiteral("ws005"));
        QTest::newRow("agent not an object")
            << agentNotObject << QStringLiteral("the identity message has no agent object");
        QJsonObject agent = ws005.toJson();
        agent.insert(QStringLiteral("server"), QString());
        QTest::newRow("empty server")
            << withAgent(agent) << QStringLiteral("the agent reports no server");
        agent.remove(QStringLiteral("server"));
        QTest::newRow("missing server")
            << withAgent(agent) << QStringLiteral("the agent reports no server");
        QJsonObject future = identityMessage(ws005);
        future.insert(QStringLiteral("protocol"), 2);
        QTest::newRow("other protocol")
            << future << QStringLiteral("protocol version 2 is not supported");
    }
    void identityErrors()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, error);
        const Result<AgentIdentity> identity = identityFromMessage(message);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error(), error);
    }

    void agentAnswersHelloWithItsIdentity()
    {
        QCOMPARE(replyTo(helloMessage(), ws005), identityMessage(ws005));
    }

    void agentRefusesWhatItDoesNotKnow_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown type")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("quarantine") } }
            << QStringLiteral("unknown request \"quarantine\"");
        QTest::newRow("no type") << QJsonObject {} << QStringLiteral("unknown request \"\"");
        QTest::newRow("hello of another protocol")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("hello") },
                             { QStringLiteral("protocol"), 3 } }
            << QStringLiteral("protocol version 3 is not supported");
    }
    void agentRefusesWhatItDoesNotKnow()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, reason);
        const QJsonObject reply = replyTo(request, ws005);
        QCOMPARE(reply,
                 (QJsonObject { { QStringLiteral("type"), QStringLiteral("error") },
                                { QStringLiteral("reason"), reason } }));
    }
};

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
