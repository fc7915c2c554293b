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
    Move, // the Client Mover's credential: a client certificate agents take only `move` from
};

// The extended key usage that marks a certificate move-only (docs/security.md, "The Client Mover
// hands over no master key"): the product's own OID, under 2.25 (an OID made from a UUID, ITU-T
// X.667), so that it needs no registration and no one else's arc.
inline constexpr char moveOnlyUsageOid[] = "2.25.147690575257145087331196992412702427739";

// Whether `certificate` carries the move-only extended key usage.
bool isMoveOnly(const QSslCertificate &certificate);

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

    // An agent's certificate (docs/agent-protocol.md, "Registration"): a TLS server certificate
    // for the public key of `presented` (the certificate the agent showed in the TLS session,
    // so its private key never leaves the agent), naming the computer by `address` (an IP
    // subject alternative name: what "names that computer" means, docs/security.md) and, when
    // `hostName` is a plain DNS name, by that name too. Only the certificate is returned.
    Result<QSslCertificate> issueAgentCertificate(const QSslCertificate &presented,
                                                  const QString &address, const QString &hostName,
                                                  int validityDays) const;

private:
    struct Handles;
    explicit CertificateAuthority(std::shared_ptr<const Handles> handles);

    std::shared_ptr<const Handles> m_handles;
};

// A certificate signed by its own key, for a TLS endpoint whose certificate authenticates
// nothing (an agent's server certificate: see AgentTls::makeSelfSigned).
Result<IssuedCertificate> selfSignedCertificate(const QString &commonName, CertificateUse use,
                                                int validityDays);

// What checking a presented chain against one pinned authority found, for callers that word
// the outcome themselves (an agent's refusal).
struct ChainCheck
{
    enum class Fault {
        None,
        NoCertificate,
        Unreadable,
        WrongPurpose, // issued by the authority, but not for this use
        NotValidNow, // expired or not yet valid
        NotIssuedByAuthority, // unknown issuer, bad signature, self-signed...
    };
    Fault fault = Fault::None;
    QString commonName; // the leaf's, when it passed
    QString detail; // OpenSSL's words for the fault
};

// Whether `chain` (leaf first, then any intermediates the peer sent) leads to exactly
// `authority` (no other trust store, no partial chains), is valid now, and its leaf may be used
// as `use`.
ChainCheck checkIssuedBy(const QList<QSslCertificate> &chain, const QSslCertificate &authority,
                         CertificateUse use);

// Whether `certificate` names the IP address `address` in its subject alternative names.
bool certificateNamesAddress(const QSslCertificate &certificate, const QString &address);
// The SHA-256 fingerprint of `certificate` as administrators compare it (openssl x509
// -fingerprint -sha256): hexadecimal pairs separated by colons.
QString certificateFingerprint(const QSslCertificate &certificate);
// Whether two certificates carry the same public key.
bool samePublicKey(const QSslCertificate &a, const QSslCertificate &b);

// checkIssuedBy() for one certificate, with the fault in words: the value is the leaf's common
// name.
Result<QString> verifyIssuedBy(const QSslCertificate &leaf, const QSslCertificate &authority,
                               CertificateUse use);
