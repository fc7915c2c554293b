#pragma once

#include <QSslCertificate>

#include <openssl/types.h>

// The OpenSSL side of TLS on the agent port, shared by the console's connect engine
// (probe/tlsclientcontext.h, probe/agenttrust.h) and the agent (agent/tlsserverchannel.h),
// which drive OpenSSL directly because Qt's sockets cost too much per connection.
// An OpenSSL context, owned, and shared by every connection made with it: the console's probes'
// (TlsClientContext) or the agent's (TlsServerContext).
class TlsContext
{
public:
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    SSL_CTX *get() const { return m_context; }

protected:
    explicit TlsContext(SSL_CTX *context)
        : m_context(context)
    { }

private:
    SSL_CTX *m_context;
};

namespace AgentTls {

// `certificate` as Qt holds it; a null certificate when OpenSSL cannot encode it.
QSslCertificate toQt(X509 *certificate);

// Thousands of handshakes may be in flight: a context gives back each connection's buffers
// while it waits, and never keeps a session to resume (each endpoint is visited once, each
// command is a connection of its own).
void lightenContext(SSL_CTX *context);

} // namespace AgentTls
