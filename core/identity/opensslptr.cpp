#include "identity/opensslptr.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace OpenSsl {

QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

namespace {
QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Bio readOnly(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}
} // namespace

QByteArray certificatePem(X509 *certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return drain(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    // PKCS#8, unencrypted: the text only ever goes to the keychain or stays in memory.
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drain(bio.get());
}

Certificate certificateFromPem(const QByteArray &pem)
{
    Bio bio = readOnly(pem);
    return Certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Key privateKeyFromPem(const QByteArray &pem)
{
    Bio bio = readOnly(pem);
    return Key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

} // namespace OpenSsl
