#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

enum class CertificateUse {
    Client, // the console's certificate: commands to agents (mutual TLS)
    Server, // an agent's TLS certificate
};

struct IssuedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
};

// A server's certificate authority (DESIGN.md, "The agent and its protocol"): an EC P-256 key
// pair and a self-signed CA certificate. Agents registered to a server pin this certificate and
// accept commands only over TLS sessions whose client certificate it issued. The private key
// leaves this object only as PEM for the keychain or a password-protected credential file.
class CertificateAuthority
{
public:
    static constexpr int defaultValidityDays = 3650;

    static Result<CertificateAuthority> create(const QString &serverName,
                                               int validityDays = defaultValidityDays);
    static Result<CertificateAuthority> fromPem(const QByteArray &certificatePem,
                                                const QByteArray &privateKeyPem);

    // The server name the authority was created for (the certificate's common name).
    QString serverName() const;
    QSslCertificate certificate() const;
    QByteArray certificatePem() const;
    QByteArray privateKeyPem() const;

    Result<IssuedCertificate> issue(const QString &commonName, CertificateUse use,
                                    int validityDays) const;

private:
    struct Handles;
    explicit CertificateAuthority(std::shared_ptr<const Handles> handles);

    std::shared_ptr<const Handles> m_handles;
};

// Whether `leaf` was issued by exactly `authority` (no intermediates), is valid now, and may be
// used as `use`. The value is the leaf's common name; the error says what failed, in words.
Result<QString> verifyIssuedBy(const QSslCertificate &leaf, const QSslCertificate &authority,
                               CertificateUse use);
