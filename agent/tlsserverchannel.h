#pragma once

#include "agentlink/agenttls.h"
#include "agentlink/agenttlscontext.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

#include <memory>

// The agent's TLS settings, made once and shared by every connection (docs/agent-protocol.md,
// "TLS"): TLS 1.2 at least, the agent's certificate, and a client certificate requested but
// not required (commands check it against the pinned CA themselves).
//
// Why not QSslServer: Qt 6.4 builds a new TLS context for every accepted connection, which
// measured 1.7 ms of CPU per handshake in a fleet; a sweep that meets hundreds of agents at
// once then saw them stall. One shared OpenSSL context costs a fraction of that.
class TlsServerContext : public TlsContext
{
public:
    static Result<std::shared_ptr<TlsServerContext>> create(const AgentTls::Credentials &agent);

private:
    explicit TlsServerContext(SSL_CTX *context)
        : TlsContext(context)
    { }
};

// The server side of one TLS connection, over memory: the session feeds it what the socket
// received and writes what it produced, so it works with any QTcpSocket in the event loop.
class TlsServerChannel
{
public:
    explicit TlsServerChannel(const std::shared_ptr<TlsServerContext> &context);
    ~TlsServerChannel();
    TlsServerChannel(const TlsServerChannel &) = delete;
    TlsServerChannel &operator=(const TlsServerChannel &) = delete;

    // Takes bytes from the peer; false when TLS failed (error() says why) or the peer ended
    // the session. Decrypted bytes wait in takePlaintext().
    bool receive(const QByteArray &encrypted);
    QByteArray takePlaintext();
    // Encrypts `plain` for the peer (after the handshake); false when TLS failed.
    bool send(const QByteArray &plain);
    // Sends the peer a close_notify.
    void close();
    // What must be written to the socket now: handshake records, answers, alerts.
    QByteArray takeOutgoing();

    bool isEncrypted() const { return m_encrypted; }
    QString error() const { return m_error; }
    // The client's certificate chain, leaf first; empty without one.
    QList<QSslCertificate> peerChain() const;

private:
    bool failed(int result);

    std::shared_ptr<TlsServerContext> m_context;
    SSL *m_ssl = nullptr;
    QByteArray m_plaintext;
    QString m_error;
    bool m_encrypted = false;
};
