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

EndpointSession::EndpointSession(QTcpSocket *socket, AgentBehaviour behaviour, AgentState *state,
                                 std::shared_ptr<TlsServerContext> tls, int idleLimitMs,
                                 QObject *parent, int lifetimeLimitMs)
    : QObject(parent)
    , m_socket(socket)
    , m_behaviour(behaviour)
    , m_state(state)
    , m_name(state ? state->identity().name : QString())
    , m_idleLimitMs(idleLimitMs)
    , m_peerAddress(socket->peerAddress())
    , m_peer(socket->peerAddress().toString() + QLatin1Char(':')
             + QString::number(socket->peerPort()))
{
    m_quiet.start();
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferBytes);
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
    // Started once and never restarted by the peer's bytes: only answered requests do that.
    m_idle.start(m_idleLimitMs);
    QTimer::singleShot(lifetimeLimitMs, this, [this] {
        Logging::get("agent")->debug("closing connection from {}: lifetime limit", m_peer);
        end();
    });
    if (tls) {
        m_tls = std::make_unique<TlsServerChannel>(tls);
        QTimer::singleShot(tlsHandshakeLimitMs, this, [this] {
            if (!m_tls->isEncrypted())
                end();
        });
    }
}

void EndpointSession::readAvailable()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Closing already (after an answer or a malformed frame): nothing more to say.
        m_socket->readAll();
        return;
    }
    switch (m_behaviour) {
    case AgentBehaviour::Answer:
        if (m_state && m_tls) {
            // A pipeline being answered turn by turn reads these bytes in its next turn.
            if (!m_turnScheduled)
                answerFrames();
        } else {
            m_socket->readAll();
        }
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

// Answers at most framesPerTurn requests, then lets the event loop serve the other
// connections before it goes on: a peer that pipelines thousands of requests gets its
// answers, but no one waits behind it.
void EndpointSession::answerFrames()
{
    m_turnScheduled = false;
    if (m_ended || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    for (int answered = 0; answered < framesPerTurn;) {
        FrameDecoder::Step step = m_decoder.next();
        if (step.status == FrameDecoder::Status::Incomplete) {
            if (m_socket->bytesAvailable() == 0)
                return; // readyRead brings the rest
            if (!m_tls->receive(m_socket->read(readChunk))) {
                dropAfterTlsFailure();
                return;
            }
            flushTls(); // the handshake's own records
            m_decoder.append(m_tls->takePlaintext());
            continue;
        }
        if (step.status == FrameDecoder::Status::Malformed) {
            // The stream cannot be resynchronised: tell the peer why, then drop it.
            Logging::get("agent")->info("{}: malformed input from {}: {}", m_name, m_peer,
                                        step.error);
            writeFrame(AgentFrame::encode(errorMessage(step.error)));
            m_tls->close();
            flushTls();
            m_socket->disconnectFromHost();
            return;
        }
        writeFrame(AgentFrame::encode(AgentResponder(*m_state).answer(
            step.message, m_tls->peerChain(), m_peerAddress, m_peer)));
        ++answered;
        // A whole request answered: the peer is not idle.
        m_quiet.start();
        m_idle.start(m_idleLimitMs);
        if (m_ended)
            return; // the answer's write failed
        if (m_socket->bytesToWrite() > maxUnsentBytes) {
            Logging::get("agent")->info("{}: {} does not read its answers, dropping it", m_name,
                                        m_peer);
            end();
            return;
        }
    }
    m_turnScheduled = true;
    QTimer::singleShot(0, this, &EndpointSession::answerFrames);
}

void EndpointSession::writeFrame(const QByteArray &frame)
{
    m_tls->send(frame);
    flushTls();
}

void EndpointSession::flushTls()
{
    const QByteArray outgoing = m_tls->takeOutgoing();
    if (!outgoing.isEmpty())
        m_socket->write(outgoing);
}

// A client that does not speak TLS, or rejects ours: send the alert TLS made, if any, and
// close, as a TLS server would.
void EndpointSession::dropAfterTlsFailure()
{
    Logging::get("agent")->debug("{}: TLS with {} failed: {}", m_name, m_peer, m_tls->error());
    flushTls();
    m_socket->disconnectFromHost();
}

void EndpointSession::answerGarbage()
{
    m_socket->readAll();
    m_socket->write(garbageAnswer);
    m_socket->disconnectFromHost();
}

void EndpointSession::end()
{
    if (m_ended)
        return;
    m_ended = true;
    emit ended();
    m_idle.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}
