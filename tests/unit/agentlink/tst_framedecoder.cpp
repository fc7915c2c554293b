#include "agentlink/agentframe.h"
#include "agentlink/framedecoder.h"

#include <QJsonArray>
#include <QtEndian>
#include <QtTest>

namespace {
QByteArray header(char version, quint32 length, const char *magic = "OSM")
{
    QByteArray bytes(magic, 3);
    bytes.append(version);
    char encoded[4];
    qToBigEndian(length, encoded);
    bytes.append(encoded, 4);
    return bytes;
}

QByteArray rawFrame(const QByteArray &payload)
{
    return header(char(AgentFrame::protocolVersion), quint32(payload.size())) + payload;
}

QJsonObject message(int number)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("hello") },
                         { QStringLiteral("n"), number } };
}

// A message whose compact JSON is exactly `size` bytes: {"p":"xxx..."} is 8 bytes + the x's.
QJsonObject messageOfSize(int size)
{
    return QJsonObject { { QStringLiteral("p"), QString(size - 8, QLatin1Char('x')) } };
}
} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void encodeWritesTheDocumentedHeader()
    {
        const QByteArray frame = AgentFrame::encode(message(1));
        QCOMPARE(frame.left(4), QByteArray("OSM\x01", 4));
        const quint32 length = qFromBigEndian<quint32>(frame.constData() + 4);
        QCOMPARE(qsizetype(length), frame.size() - AgentFrame::headerSize);
        QCOMPARE(frame.mid(8), QByteArray(R"({"n":1,"type":"hello"})"));
    }

    void encodeRefusesAMessageOverTheLimit()
    {
        QCOMPARE(AgentFrame::encode(messageOfSize(int(AgentFrame::maxPayload))).size(),
                 AgentFrame::headerSize + qsizetype(AgentFrame::maxPayload));
        QVERIFY(AgentFrame::encode(messageOfSize(int(AgentFrame::maxPayload) + 1)).isEmpty());
    }

    void emptyDecoderIsIncomplete()
    {
        FrameDecoder decoder;
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Incomplete);
        QCOMPARE(decoder.buffered(), 0);
    }

    void splitByteByByte()
    {
        const QByteArray frame = AgentFrame::encode(message(7));
        FrameDecoder decoder;
        for (qsizetype i = 0; i < frame.size() - 1; ++i) {
            decoder.append(frame.constData() + i, 1);
            QCOMPARE(decoder.next().status, FrameDecoder::Status::Incomplete);
            QCOMPARE(decoder.buffered(), i + 1);
        }
        decoder.append(frame.constData() + frame.size() - 1, 1);
        const FrameDecoder::Step step = decoder.next();
        QCOMPARE(step.status, FrameDecoder::Status::Complete);
        QCOMPARE(step.message, message(7));
        QCOMPARE(decoder.buffered(), 0);
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Incomplete);
    }

    void severalFramesInOneChunk()
    {
        QByteArray stream;
        for (int i = 0; i < 5; ++i)
            stream += AgentFrame::encode(message(i));
        const QByteArray sixth = AgentFrame::encode(message(5));
        stream += sixth.left(10);
        FrameDecoder decoder;
        decoder.append(stream);
        for (int i = 0; i < 5; ++i) {
            const FrameDecoder::Step step = decoder.next();
            QCOMPARE(step.status, FrameDecoder::Status::Complete);
            QCOMPARE(step.message, message(i));
        }
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Incomplete);
        QCOMPARE(decoder.buffered(), 10);
        decoder.append(sixth.mid(10));
        QCOMPARE(decoder.next().message, message(5));
    }

    void framesSplitAcrossChunks_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : { 2, 3, 7, 8, 9, 13, 64 })
            QTest::addRow("%d bytes", size) << size;
    }
    void framesSplitAcrossChunks()
    {
        QFETCH(int, chunkSize);
        QByteArray stream;
        for (int i = 0; i < 20; ++i)
            stream += AgentFrame::encode(message(i));
        FrameDecoder decoder;
        QVector<QJsonObject> received;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
            decoder.append(stream.mid(at, chunkSize));
            for (auto step = decoder.next(); step.status == FrameDecoder::Status::Complete;
                 step = decoder.next())
                received.append(step.message);
        }
        QCOMPARE(received.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(received.at(i), message(i));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong magic") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n")
                                     << QStringLiteral("not the osmgmt agent protocol");
        QTest::newRow("lower-case magic")
            << header(1, 2, "osm") + "{}" << QStringLiteral("not the osmgmt agent protocol");
        QTest::newRow("version 7")
            << header(7, 2) + "{}" << QStringLiteral("protocol version 7 is not supported");
        QTest::newRow("version 0")
            << header(0, 2) + "{}" << QStringLiteral("protocol version 0 is not supported");
        QTest::newRow("oversized")
            << header(1, 1000000)
            << QStringLiteral("frame of 1000000 bytes exceeds the 65,536-byte limit");
        QTest::newRow("one byte over")
            << header(1, AgentFrame::maxPayload + 1)
            << QStringLiteral("frame of 65537 bytes exceeds the 65,536-byte limit");
        QTest::newRow("largest length")
            << header(1, 0xffffffffu)
            << QStringLiteral("frame of 4294967295 bytes exceeds the 65,536-byte limit");
        QTest::newRow("invalid JSON") << rawFrame("{\"type\":") << QStringLiteral("invalid JSON");
        QTest::newRow("empty payload") << rawFrame("") << QStringLiteral("invalid JSON");
        QTest::newRow("array") << rawFrame("[1,2]")
                               << QStringLiteral("the message is not a JSON object");
        QTest::newRow("number") << rawFrame("42") << QStringLiteral("invalid JSON");
        QTest::newRow("string") << rawFrame("\"hello\"") << QStringLiteral("invalid JSON");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        FrameDecoder decoder;
        decoder.append(bytes);
        const FrameDecoder::Step step = decoder.next();
        QCOMPARE(step.status, FrameDecoder::Status::Malformed);
        QVERIFY2(step.error.startsWith(error), qPrintable(step.error));
        QCOMPARE(decoder.buffered(), 0);
    }

    void malformedIsFinal()
    {
        FrameDecoder decoder;
        decoder.append(header(7, 2) + "{}");
        decoder.append(AgentFrame::encode(message(1)));
        for (int i = 0; i < 3; ++i) {
            const FrameDecoder::Step step = decoder.next();
            QCOMPARE(step.status, FrameDecoder::Status::Malformed);
            QCOMPARE(step.error, QStringLiteral("protocol version 7 is not supported"));
        }
        QCOMPARE(decoder.buffered(), 0);
    }

    void messagesBeforeTheMalformedFrameAreKept()
    {
        FrameDecoder decoder;
        decoder.append(AgentFrame::encode(message(1)) + AgentFrame::encode(message(2)) + "garbage"
                       + AgentFrame::encode(message(3)));
        QCOMPARE(decoder.next().message, message(1));
        QCOMPARE(decoder.next().message, message(2));
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Malformed);
    }

    void wrongMagicIsRefusedAtItsFirstByte()
    {
        FrameDecoder decoder;
        decoder.append("G", 1);
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Malformed);
    }

    void wrongVersionIsRefusedBeforeTheLength()
    {
        FrameDecoder decoder;
        decoder.append("OSM\x02", 4);
        QCOMPARE(decoder.next().error, QStringLiteral("protocol version 2 is not supported"));
    }

    void oversizeIsRefusedBeforeThePayloadArrives()
    {
        FrameDecoder decoder;
        decoder.append(header(1, AgentFrame::maxPayload + 1));
        QCOMPARE(decoder.next().status, FrameDecoder::Status::Malformed);
        decoder.append(QByteArray(100000, 'x'));
        QCOMPARE(decoder.buffered(), 0);
    }

    void largestFrameIsAccepted()
    {
        const QByteArray frame = AgentFrame::encode(messageOfSize(int(AgentFrame::maxPayload)));
        FrameDecoder decoder;
        for (qsizetype at = 0; at < frame.size(); at += 1000) {
            decoder.append(frame.mid(at, 1000));
            QVERIFY(decoder.buffered()
                    <= AgentFrame::headerSize + qsizetype(AgentFrame::maxPayload));
        }
        const FrameDecoder::Step step = decoder.next();
        QCOMPARE(step.status, FrameDecoder::Status::Complete);
        QCOMPARE(step.message, messageOfSize(int(AgentFrame::maxPayload)));
        QCOMPARE(decoder.buffered(), 0);
    }

    void neverBuffersMoreThanOneFrame()
    {
        // A megabyte of frames in one append: parsed as they complete, never held as bytes.
        QByteArray stream;
        const QByteArray frame = AgentFrame::encode(messageOfSize(60000));
        while (stream.size() < 1000000)
            stream += frame;
        stream += frame.left(30000);
        FrameDecoder decoder;
        decoder.append(stream);
        QCOMPARE(decoder.buffered(), 30000);
        int complete = 0;
        while (decoder.next().status == FrameDecoder::Status::Complete)
            ++complete;
        QCOMPARE(qsizetype(complete), (stream.size() - 30000) / frame.size());
    }

    void nonAsciiTextSurvives()
    {
        const QJsonObject japanese { { QStringLiteral("domain"), QStringLiteral("経理部") } };
        FrameDecoder decoder;
        decoder.append(AgentFrame::encode(japanese));
        QCOMPARE(decoder.next().message, japanese);
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
