#include "identity/servercredential.h"

#include "identity/opensslptr.h"

#include <QCoreApplication>

namespace ServerCredential {

Result<QByteArray> exportBundle(const CertificateAuthority &authority, const QString &password)
{
    using R = Result<QByteArray>;
    if (password.size() < minimumPasswordLength)
        return R::failure(QCoreApplication::translate(
                              "ServerCredential", "The password must have at least %1 characters.")
                              .arg(minimumPasswordLength));
    OpenSsl::Certificate certificate = OpenSsl::certificateFromPem(authority.certificatePem());
    OpenSsl::Key key = OpenSsl::privateKeyFromPem(authority.privateKeyPem());
    const QByteArray secret = password.toUtf8();
    const QByteArray name = authority.serverName().toUtf8();
    // OpenSSL 3's defaults: AES-256-CBC with PBKDF2 for the key and the certificate, and an
    // HMAC-SHA-256 integrity check keyed by the same password.
    OpenSsl::Pkcs12 bundle(PKCS12_create(secret.constData(), name.constData(), key.get(),
                                         certificate.get(), nullptr, 0, 0, 0, 0, 0));
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!certificate || !key || !bundle || !bio || i2d_PKCS12_bio(bio.get(), bundle.get()) != 1)
        return R::failure(
            QCoreApplication::translate("ServerCredential", "Could not write the credential: %1")
                .arg(OpenSsl::lastError()));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Result<CertificateAuthority> importBundle(const QByteArray &bundle, const QString &password)
{
    using R = Result<CertificateAuthority>;
    OpenSsl::Bio bio(BIO_new_mem_buf(bundle.constData(), int(bundle.size())));
    OpenSsl::Pkcs12 parsed(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!parsed) {
        OpenSsl::lastError();
        return R::failure(QCoreApplication::translate(
            "ServerCredential", "The file is not a server credential (not a PKCS#12 bundle)."));
    }
    const QByteArray secret = password.toUtf8();
    if (PKCS12_verify_mac(parsed.get(), secret.constData(), int(secret.size())) != 1) {
        OpenSsl::lastError();
        return R::failure(QCoreApplication::translate(
            "ServerCredential", "The password of the credential file is wrong."));
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    const int parsedOk
        = PKCS12_parse(parsed.get(), secret.constData(), &rawKey, &rawCertificate, nullptr);
    OpenSsl::Key key(rawKey);
    OpenSsl::Certificate certificate(rawCertificate);
    if (parsedOk != 1 || !key || !certificate)
        return R::failure(QCoreApplication::translate(
                              "ServerCredential",
                              "The credential file holds no certificate authority with its key: %1")
                              .arg(OpenSsl::lastError()));
    Result<CertificateAuthority> authority = CertificateAuthority::fromPem(
        OpenSsl::certificatePem(certificate.get()), OpenSsl::privateKeyPem(key.get()));
    if (!authority)
        return R::failure(
            QCoreApplication::translate("ServerCredential", "The credential file is not usable: %1")
                .arg(authority.error()));
    return authority;
}

} // namespace ServerCredential
