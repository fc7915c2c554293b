#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/framedecoder.h"
#include "endpoint/endpoint.h"
#include "probe/agenttrust.h"

#include <QCoreApplication>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

// What the probe says to an agent port that accepted the connection: the TLS handshake, the
// hello, and reading the identity (docs/agent-protocol.md). It works on a connected
// non-blocking socket that the connect engine owns and watches; advance() goes as far as the
// socket allows and says what it waits for, so thousands of conversations share one SocketPoller.
class AgentConversation
{
    Q_DECLARE_TR_FUNCTIONS(AgentConversation)

public:
    struct Step
    {
        enum class Kind { WantRead, WantWrite, Identified, Broken };
        Kind kind = Kind::WantRead;
        AgentIdentity identity; // when Identified
        AgentTrust::Verdict trust; // when Identified: whether a claim of this server is proven
        PortOutcome outcome = PortOutcome::Garbage; // when Broken: Garbage or Closed
        QString detail; // when Broken: what went wrong, with the TLS error if there was one
    };

    // `trust` (not owned, outlives the conversation) checks a claim of this server against
    // the certificate the agent at `address` presented.
    AgentConversation(SSL_CTX *context, qintptr socket, const AgentTrust *trust,
                      QHostAddress address);
    ~AgentConversation();
    AgentConversation(const AgentConversation &) = delete;
    AgentConversation &operator=(const AgentConversation &) = delete;

    Step advance();

private:
    enum class Stage { Handshake, Hello, Identity };

    Step readIdentity();
    Step failure(int result, const char *during);
    static Step broken(PortOutcome outcome, const QString &detail);

    SSL *m_ssl = nullptr;
    const AgentTrust *m_trust;
    QHostAddress m_address;
    Stage m_stage = Stage::Handshake;
    FrameDecoder m_decoder;
    QString m_setupError;
};
