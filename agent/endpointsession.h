#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/framedecoder.h"
#include "fleet.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

// One accepted connection to a played endpoint. It owns the socket and deletes itself when
// the connection ends, so nothing leaks however peers behave.
//
// A plain `listen` port is played as Stall: accept, read and discard, say nothing.
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

    EndpointSession(QTcpSocket *socket, AgentBehaviour behaviour, AgentIdentity identity,
                    int idleLimitMs, QObject *parent);

private:
    void readAvailable();
    void answerFrames();
    void answerGarbage();
    void end();

    QTcpSocket *m_socket;
    AgentBehaviour m_behaviour;
    AgentIdentity m_identity;
    FrameDecoder m_decoder;
    QTimer m_idle;
    int m_idleLimitMs;
    QString m_peer;
};
