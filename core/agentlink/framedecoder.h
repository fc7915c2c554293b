#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <deque>

// Cuts a byte stream into agent protocol messages (docs/agent-protocol.md, "Framing"),
// whatever carries the bytes: a plain socket, TLS later, or a test's buffer.
//
// Frames are checked as their bytes arrive: a wrong magic is refused at its first byte, a
// payload length over the limit as soon as the header is complete, so the decoder never holds
// more than one partial frame (at most headerSize + maxPayload bytes). Complete frames are
// parsed at once and wait in order for next(); a caller bounds that queue by the size of what
// it appends between calls to next().
//
// Malformed is final: the stream cannot be resynchronised, so the connection must be dropped.
// Once malformed, the decoder discards everything appended and next() keeps saying so.
class FrameDecoder
{
public:
    enum class Status { Incomplete, Complete, Malformed };
    struct Step
    {
        Status status = Status::Incomplete;
        QJsonObject message; // set when Complete
        QString error; // set when Malformed: what was wrong, in words
    };

    void append(const char *data, qsizetype size);
    void append(const QByteArray &data);
    // Removes and returns the next complete message; Incomplete when none is complete yet.
    Step next();
    // Bytes of the partial frame held (not counting parsed messages waiting for next()).
    qsizetype buffered() const;

private:
    qsizetype bytesWanted() const;
    void checkHeader();
    void finishFrame();
    void fail(const QString &error);

    QByteArray m_buffer; // the frame being received: header, then payload
    quint32 m_payloadLength = 0;
    bool m_headerComplete = false;
    std::deque<Step> m_ready;
    bool m_malformed = false;
    QString m_error;
};
