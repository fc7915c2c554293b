#include "agentlink/framedecoder.h"

#include "agentlink/agentframe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QtEndian>

#include <algorithm>

namespace {
QString limitText()
{
    // The limit reads the same in every language the console speaks: "65,536".
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(qulonglong(AgentFrame::maxPayload));
}
} // namespace

void FrameDecoder::append(const char *data, qsizetype size)
{
    while (size > 0 && !m_malformed) {
        const qsizetype take = std::min(size, bytesWanted());
        m_buffer.append(data, take);
        data += take;
        size -= take;
        if (!m_headerComplete)
            checkHeader();
        if (m_headerComplete && !m_malformed
            && m_buffer.size() == AgentFrame::headerSize + qsizetype(m_payloadLength))
            finishFrame();
    }
}

void FrameDecoder::append(const QByteArray &data)
{
    append(data.constData(), data.size());
}

FrameDecoder::Step FrameDecoder::next()
{
    if (!m_ready.empty()) {
        Step step = std::move(m_ready.front());
        m_ready.pop_front();
        return step;
    }
    if (m_malformed)
        return Step { Status::Malformed, {}, m_error };
    return Step {};
}

qsizetype FrameDecoder::buffered() const
{
    return m_buffer.size();
}

qsizetype FrameDecoder::bytesWanted() const
{
    if (!m_headerComplete)
        return AgentFrame::headerSize - m_buffer.size();
    return AgentFrame::headerSize + qsizetype(m_payloadLength) - m_buffer.size();
}

// Checks what has arrived of the header so far, so that a peer speaking another protocol is
// refused at its first byte rather than after eight.
void FrameDecoder::checkHeader()
{
    const qsizetype magicBytes = std::min<qsizetype>(m_buffer.size(), sizeof(AgentFrame::magic));
    if (!std::equal(m_buffer.constData(), m_buffer.constData() + magicBytes, AgentFrame::magic)) {
        fail(QCoreApplication::translate("FrameDecoder", "not the osmgmt agent protocol"));
        return;
    }
    if (m_buffer.size() > 3 && quint8(m_buffer.at(3)) != AgentFrame::protocolVersion) {
        fail(QCoreApplication::translate("FrameDecoder", "protocol version %1 is not supported")
                 .arg(quint8(m_buffer.at(3))));
        return;
    }
    if (m_buffer.size() < AgentFrame::headerSize)
        return;
    m_payloadLength = qFromBigEndian<quint32>(m_buffer.constData() + 4);
    if (m_payloadLength > AgentFrame::maxPayload) {
        fail(QCoreApplication::translate("FrameDecoder",
                                         "frame of %1 bytes exceeds the %2-byte limit")
                 .arg(m_payloadLength)
                 .arg(limitText()));
        return;
    }
    m_headerComplete = true;
}

void FrameDecoder::finishFrame()
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(m_buffer.mid(AgentFrame::headerSize), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QCoreApplication::translate("FrameDecoder", "invalid JSON at offset %1: %2")
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        fail(QCoreApplication::translate("FrameDecoder", "the message is not a JSON object"));
        return;
    }
    m_ready.push_back(Step { Status::Complete, document.object(), {} });
    m_buffer.clear();
    m_headerComplete = false;
    m_payloadLength = 0;
}

void FrameDecoder::fail(const QString &error)
{
    m_malformed = true;
    m_error = error;
    m_buffer.clear();
    m_buffer.squeeze();
}
