#include "agentlink/agenttls.h"

#include "identity/certificateauthority.h"
#include "identity/opensslptr.h"

#include <openssl/x509v3.h>

#include <QCoreApplication>
#include <QSslSocket>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentTls", text);
}

} // namespace

namespace AgentTls {

Result<Credentials> makeSelfSigned(const QString &commonName, int validityDays)
{
    const Result<IssuedCertificate> made
        = selfSignedCertificate(commonName, CertificateUse::Server, validityDays);
    if (!made)
        return Result<Credentials>::failure(
            tr("cannot make a TLS certificate: %1").arg(made.error()));
    return Credentials { made->certificate, made->key };
}

QSslConfiguration clientConfiguration(const std::optional<Credentials> &client)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setCaCertificates({}); // nothing is verified (above): no CA store to load
    if (client) {
        configuration.setLocalCertificate(client->certificate);
        configuration.setPrivateKey(client->key);
    }
    return configuration;
}

Result<QString> verifyClientChain(const QList<QSslCertificate> &chain,
                                  const QSslCertificate &pinnedCa)
{
    using Verified = Result<QString>;
    const ChainCheck check = checkIssuedBy(chain, pinnedCa, CertificateUse::Client);
    switch (check.fault) {
    case ChainCheck::Fault::None:
        return check.commonName;
    case ChainCheck::Fault::NoCertificate:
        return Verified::failure(tr("no client certificate"));
    case ChainCheck::Fault::Unreadable:
        return Verified::failure(tr("cannot read the certificates: %1").arg(check.detail));
    case ChainCheck::Fault::WrongPurpose:
        return Verified::failure(tr("certificate not made for a console (%1)").arg(check.detail));
    case ChainCheck::Fault::NotValidNow:
        return Verified::failure(tr("certificate not valid now (%1)").arg(check.detail));
    case ChainCheck::Fault::NotIssuedByAuthority:
        break;
    }
    // Every other failure (unknown issuer, bad signature, self-signed) means the pinned CA did
    // not issue it.
    return Verified::failure(
        tr("certificate not issued by the registered server's CA (%1)").arg(check.detail));
}

Result<QSslCertificate> parseCaCertificate(const QByteArray &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.size() != 1)
        return Result<QSslCertificate>::failure(
            tr("expected one PEM certificate, found %1").arg(certificates.size()));
    const OpenSsl::Certificate x509 = OpenSsl::certificateFromPem(certificates.first().toPem());
    if (!x509 || X509_check_ca(x509.get()) <= 0)
        return Result<QSslCertificate>::failure(tr("the certificate is not a CA certificate"));
    return certificates.first();
}

} // namespace AgentTls
