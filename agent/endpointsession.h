#pragma once

#include "agentlink/framedecoder.h"
#include "agentresponder.h"
#include "fleet/fleet.h"
#include "tlsserverchannel.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;

// One accepted connection to a played endpoint. It owns the socket and deletes itself when
// the connection ends, so nothing leaks however peers behave.
//
// A plain `listen` port is played as Stall: accept, read and discard, say nothing. An Answer
// agent speaks TLS only (docs/agent-protocol.md): its bytes go through a TlsServerChannel,
// and its requests are answered by an AgentResponder over the agent's shared state.
class EndpointSession : public QObject
{
    Q_OBJECT
public:
    // A connection left idle this long is closed: a peer that never closes must not hold a
    // descriptor for ever.
    static constexpr int defaultIdleLimitMs = 30000;
    // Read at most this much at a time, so the decoder's queue of parsed messages stays small.
    static constexpr qint64 readChunk = 16 * 1024;
    // A peer that keeps asking but never reads the answers is dropped once this much waits.
    static constexpr qint64 maxUnsentBytes = 256 * 1024;

    // A client that has not finished the TLS handshake after this long is dropped.
    static constexpr int tlsHandshakeLimitMs = 10000;

    // `state` and `tls` are the agent's for Answer, null for the other behaviours.
    EndpointSession(QTcpSocket *socket, AgentBehaviour behaviour, AgentState *state,
                    std::shared_ptr<TlsServerContext> tls, int idleLimitMs, QObject *parent);

private:
    void readAvailable();
    void answerFrames();
    void answerGarbage();
    void writeFrame(const QByteArray &frame);
    void flushTls();
    void dropAfterTlsFailure();
    void end();

    QTcpSocket *m_socket;
    AgentBehaviour m_behaviour;
    QPointer<AgentState> m_state;
    QString m_name; // the agent's name in the log
    std::unique_ptr<TlsServerChannel> m_tls;
    FrameDecoder m_decoder;
    QTimer m_idle;
    int m_idleLimitMs;
    QHostAddress m_peerAddress;
    QString m_peer;
};
