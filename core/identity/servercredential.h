#pragma once

#include "common/result.h"
#include "identity/certificateauthority.h"

#include <QByteArray>
#include <QString>

// The Client Mover's credential file (reference 000, "Client Mover"): one console exports its
// certificate authority, key included, as a password-protected PKCS#12 bundle; another console
// imports it to command that server's agents once, telling them to register with itself.
namespace ServerCredential {

constexpr int minimumPasswordLength = 8;

Result<QByteArray> exportBundle(const CertificateAuthority &authority, const QString &password);
Result<CertificateAuthority> importBundle(const QByteArray &bundle, const QString &password);

} // namespace ServerCredential
