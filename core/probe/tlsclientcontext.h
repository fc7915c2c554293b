#pragma once

#include "agentlink/agenttlscontext.h"
#include "common/result.h"

#include <memory>

// The TLS settings every probe connection of a sweep shares (DESIGN.md step 3: the agent
// speaks TLS only). TLS 1.2 at least, 1.3 preferred, no client certificate. The handshake
// itself verifies nothing, so that every agent, registered or not, is identified; a claim of
// this server is then checked against the certificate presented (AgentTrust). Commands go
// through AgentCommandClient, where the agent checks the console.
class TlsClientContext : public TlsContext
{
public:
    static Result<std::shared_ptr<TlsClientContext>> create();

private:
    explicit TlsClientContext(SSL_CTX *context)
        : TlsContext(context)
    { }
};
