#include "agentlink/agenttlscontext.h"

#include <openssl/ssl.h>
#include <openssl/x509.h>

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_context);
}

namespace AgentTls {

QSslCertificate toQt(X509 *certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return QSslCertificate();
    QByteArray der(size, Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &out);
    return QSslCertificate(der, QSsl::Der);
}

void lightenContext(SSL_CTX *context)
{
    SSL_CTX_set_mode(context, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(context, SSL_OP_NO_TICKET);
}

} // namespace AgentTls
