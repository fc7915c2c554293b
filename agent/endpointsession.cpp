#include "endpointsession.h"

#include "agentlink/agentframe.h"
#include "agentlink/handshake.h"
#include "common/logging.h"

#include <QTcpSocket>

namespace {
// What a web server on the agent's port would say to our hello: not the agent protocol.
const QByteArray garbageAnswer = QByteArrayLiteral(
    "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
} // namespace

EndpointSession::EndpointSession(QTcpSocket *socket, AgentBehaviour behaviour,
                                 AgentIdentity identity, int idleLimitMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_behaviour(behaviour)
    , m_identity(std::move(identity))
    , m_idleLimitMs(idleLimitMs)
    , m_peer(socket->peerAddress().toString() + QLatin1Char(':')
             + QString::number(socket->peerPort()))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::disconnected, this, &EndpointSession::end);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EndpointSession::end);
    connect(m_socket, &QTcpSocket::readyRead, this, &EndpointSession::readAvailable);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        Logging::get("agent")->debug("closing idle connection from {}", m_peer);
        end();
    });
    if (m_behaviour == AgentBehaviour::Close) {
        m_socket->close();
        end();
        return;
    }
    m_idle.start(m_idleLimitMs);
}

void EndpointSession::readAvailable()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Closing already (after an answer or a malformed frame): nothing more to say.
        m_socket->readAll();
        return;
    }
    m_idle.start(m_idleLimitMs);
    switch (m_behaviour) {
    case AgentBehaviour::Answer:
        answerFrames();
        return;
    case AgentBehaviour::Garbage:
        answerGarbage();
        return;
    case AgentBehaviour::Stall:
    case AgentBehaviour::Close:
        m_socket->readAll();
        return;
    }
}

void EndpointSession::answerFrames()
{
    while (m_socket->bytesAvailable() > 0) {
        m_decoder.append(m_socket->read(readChunk));
        for (FrameDecoder::Step step = m_decoder.next();
             step.status != FrameDecoder::Status::Incomplete; step = m_decoder.next()) {
            if (step.status == FrameDecoder::Status::Malformed) {
                // The stream cannot be resynchronised: tell the peer why, then drop it.
                Logging::get("agent")->info("{}: malformed input from {}: {}", m_identity.name,
                                            m_peer, step.error);
                m_socket->write(AgentFrame::encode(errorMessage(step.error)));
                m_socket->disconnectFromHost();
                return;
            }
            m_socket->write(AgentFrame::encode(replyTo(step.message, m_identity)));
        }
        if (m_socket->bytesToWrite() > maxUnsentBytes) {
            Logging::get("agent")->info("{}: {} does not read its answers, dropping it",
                                        m_identity.name, m_peer);
            end();
            return;
        }
    }
}

void EndpointSession::answerGarbage()
{
    m_socket->readAll();
    m_socket->write(garbageAnswer);
    m_socket->disconnectFromHost();
}

void EndpointSession::end()
{
    m_idle.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}
