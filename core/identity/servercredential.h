#pragma once

#include "common/result.h"
#include "identity/certificateauthority.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// What the Client Mover hands over (docs/security.md, "The Client Mover hands over no master
// key"): a client certificate the old server's authority issued, marked move-only and valid for
// a few days, with its key and the authority's certificate. Agents take only `move` from it.
struct MoveCredential
{
    QSslCertificate certificate; // move-only, issued by `authority`
    QSslKey key;
    QSslCertificate authority; // the old server's CA certificate (public)

    // The old server's name: the authority's common name.
    QString serverName() const;
};

// The Client Mover's credential file (reference 000, "Client Mover"): one console exports a
// move-only credential as a password-protected PKCS#12 bundle; another console imports it to
// command that server's agents once, telling them to register with itself.
namespace ServerCredential {

constexpr int minimumPasswordLength = 12;
constexpr int minimumValidityDays = 1;
constexpr int maximumValidityDays = 14;
constexpr int defaultValidityDays = 3;
// PBKDF2-SHA256 iterations for the key and the certificates (OWASP's 2023 figure), and the
// PKCS#12 MAC's iteration count.
constexpr int kdfIterations = 600000;

// Why `password` may not protect a credential file (too short, one repeated character, a run
// such as "123456789abc", a well-known password); empty when it may.
QString passwordProblem(const QString &password);

// Issues a move-only credential from `authority`, valid for `validityDays` (1-14).
Result<MoveCredential> issue(const CertificateAuthority &authority,
                             int validityDays = defaultValidityDays);
// Issues a move-only credential and writes it as a PKCS#12 bundle: AES-256-CBC, PBKDF2-SHA256
// with kdfIterations, an HMAC-SHA-256 MAC. The authority's key never goes into the file.
Result<QByteArray> exportBundle(const CertificateAuthority &authority, const QString &password,
                                int validityDays = defaultValidityDays);
Result<MoveCredential> importBundle(const QByteArray &bundle, const QString &password);

} // namespace ServerCredential
