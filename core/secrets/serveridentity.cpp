#include "secrets/serveridentity.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerIdentity", text);
}

Result<Done> writeCertificate(const QString &path, const QByteArray &pem)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return Result<Done>::failure(tr("Could not write the server's CA certificate to %1: %2")
                                         .arg(path, file.errorString()));
    return Done();
}

} // namespace

ServerIdentity::ServerIdentity(CertificateAuthority authority, bool created)
    : m_authority(std::move(authority))
    , m_created(created)
{ }

Result<ServerIdentity> ServerIdentity::loadOrCreate(const SecretStore &secrets,
                                                    const QString &certificateFile,
                                                    const QString &serverName)
{
    using R = Result<ServerIdentity>;
    const Result<std::optional<QByteArray>> key = secrets.read(QString::fromLatin1(privateKeyName));
    if (!key)
        return R::failure(key.error());
    const bool haveCertificate = QFileInfo::exists(certificateFile);
    if (!key->has_value() && !haveCertificate) {
        Result<CertificateAuthority> authority = CertificateAuthority::create(serverName);
        if (!authority)
            return R::failure(authority.error());
        // The key goes first: a certificate file without its key would block the next start.
        const Result<Done> saved
            = secrets.write(QString::fromLatin1(privateKeyName), authority->privateKeyPem());
        if (!saved)
            return R::failure(saved.error());
        const Result<Done> written = writeCertificate(certificateFile, authority->certificatePem());
        if (!written)
            return R::failure(written.error());
        Logging::get("secrets")->info("created the server's certificate authority for \"{}\"",
                                      serverName);
        return ServerIdentity(std::move(authority).value(), true);
    }
    if (!key->has_value())
        return R::failure(
            tr("The keychain holds no private key for this server's certificate authority, but "
               "its certificate exists (%1). Agents registered to this server accept commands "
               "only from that key: restore the keychain entry \"%2\" from a backup. To start "
               "over with a new authority, remove %1; every agent must then be moved to this "
               "server again.")
                .arg(certificateFile, QString::fromLatin1(privateKeyName)));
    if (!haveCertificate)
        return R::failure(
            tr("The certificate of this server's certificate authority is missing (%1) while its "
               "private key is in the keychain. Restore the file from a backup.")
                .arg(certificateFile));
    QFile file(certificateFile);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not read %1: %2").arg(certificateFile, file.errorString()));
    Result<CertificateAuthority> authority
        = CertificateAuthority::fromPem(file.readAll(), key->value());
    if (!authority)
        return R::failure(tr("The server's certificate authority cannot be loaded from %1 and "
                             "the keychain: %2")
                              .arg(certificateFile, authority.error()));
    return ServerIdentity(std::move(authority).value(), false);
}

Result<IssuedCertificate> ServerIdentity::issueSessionCertificate() const
{
    return m_authority.issue(tr("osmgmt console of %1").arg(m_authority.serverName()),
                             CertificateUse::Client, sessionCertificateDays);
}
