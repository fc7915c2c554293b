#include "probe/tlsclientcontext.h"

#include "agentlink/agenttlscontext.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

Result<std::shared_ptr<TlsClientContext>> TlsClientContext::create()
{
    using Created = Result<std::shared_ptr<TlsClientContext>>;
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (!context)
        return Created::failure(
            QCoreApplication::translate("TlsClientContext", "cannot set up TLS: %1")
                .arg(openSslError()));
    std::shared_ptr<TlsClientContext> result(new TlsClientContext(context));
    if (SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) != 1)
        return Created::failure(
            QCoreApplication::translate("TlsClientContext", "cannot require TLS 1.2: %1")
                .arg(openSslError()));
    // See the class comment: AgentTrust checks a claim of this server after the handshake.
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
    AgentTls::lightenContext(context);
    return result;
}
