#include "tlsserverchannel.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TlsServerChannel", text);
}

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return tr("the connection ended");
    const char *reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(code);
}

// Accepts whatever certificate the client sends (or none): asking for one is all the TLS
// layer does; commands verify it against the pinned CA (AgentTls::verifyClientChain).
int acceptAnyClient(int, X509_STORE_CTX *)
{
    return 1;
}

template<typename T>
T *fromDer(const QByteArray &der, T *(*decode)(T **, const unsigned char **, long))
{
    const unsigned char *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return decode(nullptr, &bytes, long(der.size()));
}

} // namespace

Result<std::shared_ptr<TlsServerContext>>
TlsServerContext::create(const AgentTls::Credentials &agent)
{
    using Created = Result<std::shared_ptr<TlsServerContext>>;
    ERR_clear_error();
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return Created::failure(tr("cannot set up TLS: %1").arg(openSslError()));
    std::shared_ptr<TlsServerContext> result(new TlsServerContext(context));
    X509 *certificate = fromDer<X509>(agent.certificate.toDer(), d2i_X509);
    EVP_PKEY *key = fromDer<EVP_PKEY>(agent.key.toDer(), d2i_AutoPrivateKey);
    const bool ready = certificate && key
        && SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) == 1
        && SSL_CTX_use_certificate(context, certificate) == 1
        && SSL_CTX_use_PrivateKey(context, key) == 1 && SSL_CTX_check_private_key(context) == 1;
    X509_free(certificate);
    EVP_PKEY_free(key);
    if (!ready)
        return Created::failure(tr("cannot use the agent's certificate: %1").arg(openSslError()));
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, acceptAnyClient);
    AgentTls::lightenContext(context);
    return result;
}

TlsServerChannel::TlsServerChannel(const std::shared_ptr<TlsServerContext> &context)
    : m_context(context)
{
    ERR_clear_error();
    m_ssl = SSL_new(context->get());
    BIO *incoming = BIO_new(BIO_s_mem());
    BIO *outgoing = BIO_new(BIO_s_mem());
    if (!m_ssl || !incoming || !outgoing) {
        BIO_free(incoming);
        BIO_free(outgoing);
        m_error = tr("cannot start TLS: %1").arg(openSslError());
        return;
    }
    SSL_set_bio(m_ssl, incoming, outgoing); // the SSL object owns both now
    SSL_set_accept_state(m_ssl);
}

TlsServerChannel::~TlsServerChannel()
{
    SSL_free(m_ssl);
}

bool TlsServerChannel::receive(const QByteArray &encrypted)
{
    if (!m_error.isEmpty() || !m_ssl)
        return false;
    ERR_clear_error();
    if (BIO_write(SSL_get_rbio(m_ssl), encrypted.constData(), int(encrypted.size()))
        != int(encrypted.size())) {
        m_error = tr("cannot buffer TLS input");
        return false;
    }
    if (!m_encrypted) {
        const int result = SSL_do_handshake(m_ssl);
        if (result != 1)
            return !failed(result);
        m_encrypted = true;
    }
    char buffer[16384];
    while (true) {
        const int read = SSL_read(m_ssl, buffer, int(sizeof buffer));
        if (read <= 0)
            return !failed(read);
        m_plaintext.append(buffer, read);
    }
}

// True when the call failed for good (not just waiting for more bytes).
bool TlsServerChannel::failed(int result)
{
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return false;
    m_error
        = error == SSL_ERROR_ZERO_RETURN ? tr("the client ended the TLS session") : openSslError();
    return true;
}

QByteArray TlsServerChannel::takePlaintext()
{
    return std::exchange(m_plaintext, {});
}

bool TlsServerChannel::send(const QByteArray &plain)
{
    if (!m_error.isEmpty() || !m_encrypted || plain.isEmpty())
        return m_error.isEmpty() && m_encrypted;
    ERR_clear_error();
    // A memory BIO never refuses bytes: SSL_write takes all of it or fails.
    const int written = SSL_write(m_ssl, plain.constData(), int(plain.size()));
    return written == int(plain.size()) || !failed(written);
}

void TlsServerChannel::close()
{
    if (m_ssl && m_encrypted && m_error.isEmpty()) {
        ERR_clear_error();
        SSL_shutdown(m_ssl);
        ERR_clear_error();
    }
}

QByteArray TlsServerChannel::takeOutgoing()
{
    if (!m_ssl)
        return {};
    BIO *outgoing = SSL_get_wbio(m_ssl);
    QByteArray bytes(int(BIO_ctrl_pending(outgoing)), Qt::Uninitialized);
    if (!bytes.isEmpty())
        bytes.resize(std::max(0, BIO_read(outgoing, bytes.data(), int(bytes.size()))));
    return bytes;
}

QList<QSslCertificate> TlsServerChannel::peerChain() const
{
    QList<QSslCertificate> chain;
    if (!m_ssl || !m_encrypted)
        return chain;
    X509 *leaf = SSL_get0_peer_certificate(m_ssl);
    if (!leaf)
        return chain;
    chain.append(AgentTls::toQt(leaf));
    // On the server side OpenSSL's chain leaves the client's own certificate out.
    STACK_OF(X509) *rest = SSL_get_peer_cert_chain(m_ssl);
    for (int i = 0; rest && i < sk_X509_num(rest); ++i)
        chain.append(AgentTls::toQt(sk_X509_value(rest, i)));
    return chain;
}
