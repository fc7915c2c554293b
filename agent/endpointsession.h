#pragma once

#include "agentlink/framedecoder.h"
#include "agentresponder.h"
#include "fleet/fleet.h"
#include "tlsserverchannel.h"

#include <QElapsedTimer>
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
//
// Hostile peers (docs/security.md): a connection is idle until it completes a request, so a
// peer that trickles bytes cannot keep it open (only a whole frame answered restarts the
// idle timer); a connection lives at most its lifetime limit whatever it does; a pipeline of
// requests is answered a few frames per turn of the event loop, so one busy peer cannot
// starve the others; and Qt buffers at most readBufferBytes of a peer's input.
class EndpointSession : public QObject
{
    Q_OBJECT
public:
    // A connection that completes no request for this long is closed: a peer that never
    // closes must not hold a descriptor for ever.
    static constexpr int defaultIdleLimitMs = 30000;
    // No connection lives longer than this: a console's exchange takes seconds.
    static constexpr int defaultLifetimeLimitMs = 5 * 60 * 1000;
    // Read at most this much at a time, so the decoder's queue of parsed messages stays small.
    static constexpr qint64 readChunk = 16 * 1024;
    // What Qt reads ahead from the kernel for one connection; past it, TCP pushes back.
    static constexpr qint64 readBufferBytes = 64 * 1024;
    // A peer that keeps asking but never reads the answers is dropped once this much waits.
    static constexpr qint64 maxUnsentBytes = 256 * 1024;
    // Requests answered in one turn of the event loop before the other connections get theirs.
    static constexpr int framesPerTurn = 16;

    // A client that has not finished the TLS handshake after this long is dropped.
    static constexpr int tlsHandshakeLimitMs = 10000;

    // `state` and `tls` are the agent's for Answer, null for the other behaviours.
    EndpointSession(QTcpSocket *socket, AgentBehaviour behaviour, AgentState *state,
                    std::shared_ptr<TlsServerContext> tls, int idleLimitMs, QObject *parent,
                    int lifetimeLimitMs = defaultLifetimeLimitMs);

    QHostAddress peerAddress() const { return m_peerAddress; }
    // How long since the connection was accepted or last completed a request.
    qint64 quietForMs() const { return m_quiet.elapsed(); }
    // Closes the connection now (a listener making room for another); ended() follows.
    void close() { end(); }

signals:
    // The connection is over (emitted once); the object deletes itself next.
    void ended();

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
    QElapsedTimer m_quiet;
    bool m_turnScheduled = false; // a pipeline's next frames wait for the next turn
    bool m_ended = false;
    QHostAddress m_peerAddress;
    QString m_peer;
};
