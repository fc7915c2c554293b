#include "probe/agentconversation.h"

#include "agentlink/handshake.h"
#include "probe/nosignalbio.h"
#include "probe/rawsocket.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {
// The oldest queued OpenSSL error in words; empty when there is none.
QString queuedError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char *reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code);
}

bool isEndOfStream(unsigned long code)
{
    return ERR_GET_LIB(code) == ERR_LIB_SSL
        && ERR_GET_REASON(code) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
}
} // namespace

AgentConversation::AgentConversation(SSL_CTX *context, qintptr socket, const AgentTrust *trust,
                                     QHostAddress address)
    : m_trust(trust)
    , m_address(std::move(address))
{
    ERR_clear_error();
    m_ssl = SSL_new(context);
    BIO *bio = m_ssl ? NoSignalBio::create(socket) : nullptr;
    if (!bio) {
        m_setupError = tr("cannot start TLS: %1").arg(queuedError());
        return;
    }
    SSL_set_bio(m_ssl, bio, bio); // the SSL object owns the BIO now
    SSL_set_connect_state(m_ssl);
}

AgentConversation::~AgentConversation()
{
    // No close_notify: the engine resets the connection anyway (SO_LINGER 0).
    SSL_free(m_ssl);
}

AgentConversation::Step AgentConversation::advance()
{
    if (!m_setupError.isEmpty())
        return broken(PortOutcome::Closed, m_setupError);
    // Many conversations share this thread's error queue: start each call with it empty.
    ERR_clear_error();
    if (m_stage == Stage::Handshake) {
        const int result = SSL_do_handshake(m_ssl);
        if (result != 1)
            return failure(result, "TLS handshake");
        m_stage = Stage::Hello;
    }
    if (m_stage == Stage::Hello) {
        // One small record: SSL_write sends all of it or, on WANT_*, is called again with the
        // same bytes, as OpenSSL requires.
        const QByteArray hello = helloFrame();
        const int result = SSL_write(m_ssl, hello.constData(), int(hello.size()));
        if (result <= 0)
            return failure(result, "hello");
        m_stage = Stage::Identity;
    }
    return readIdentity();
}

AgentConversation::Step AgentConversation::readIdentity()
{
    char buffer[4096];
    while (true) {
        const int received = SSL_read(m_ssl, buffer, int(sizeof buffer));
        if (received <= 0)
            return failure(received, "identity");
        m_decoder.append(buffer, received);
        const FrameDecoder::Step step = m_decoder.next();
        if (step.status == FrameDecoder::Status::Malformed)
            return broken(
                PortOutcome::Garbage,
                tr("answered something that is not the agent protocol: %1").arg(step.error));
        if (step.status == FrameDecoder::Status::Complete) {
            const Result<AgentIdentity> identity = identityFromMessage(step.message);
            if (!identity)
                return broken(PortOutcome::Garbage,
                              tr("answered the handshake wrongly: %1").arg(identity.error()));
            Step done;
            done.kind = Step::Kind::Identified;
            done.identity = identity.value();
            done.trust = m_trust->verify(m_ssl, m_address, done.identity);
            return done;
        }
    }
}

// What a failed SSL call means for the port. A peer that closes or resets is Closed; one that
// answers bytes that are not TLS (a web server, the wrong protocol) or rejects our TLS is
// Garbage; both keep the TLS library's words in the detail.
AgentConversation::Step AgentConversation::failure(int result, const char *during)
{
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ)
        return Step { Step::Kind::WantRead, {}, {}, {}, {} };
    if (error == SSL_ERROR_WANT_WRITE)
        return Step { Step::Kind::WantWrite, {}, {}, {}, {} };
    const bool handshake = m_stage == Stage::Handshake;
    if (error == SSL_ERROR_ZERO_RETURN)
        return broken(PortOutcome::Closed,
                      tr("accepted, then closed the connection without answering"));
    if (error == SSL_ERROR_SYSCALL) {
        const int systemError = RawSocket::lastError();
        ERR_clear_error();
        const QString reason
            = systemError == 0 ? tr("the connection ended") : RawSocket::systemError(systemError);
        return broken(
            PortOutcome::Closed,
            handshake
                ? tr("accepted, then failed the TLS handshake: %1").arg(reason)
                : tr("accepted, then failed during the %1: %2").arg(QLatin1String(during), reason));
    }
    if (isEndOfStream(ERR_peek_error())) {
        ERR_clear_error();
        return broken(PortOutcome::Closed,
                      handshake
                          ? tr("accepted, then closed the connection during the TLS handshake")
                          : tr("accepted, then closed the connection without answering"));
    }
    const QString reason = queuedError();
    return broken(PortOutcome::Garbage,
                  handshake
                      ? tr("accepted, then failed the TLS handshake: %1").arg(reason)
                      : tr("TLS failed during the %1: %2").arg(QLatin1String(during), reason));
}

AgentConversation::Step AgentConversation::broken(PortOutcome outcome, const QString &detail)
{
    Step step;
    step.kind = Step::Kind::Broken;
    step.outcome = outcome;
    step.detail = detail;
    return step;
}
