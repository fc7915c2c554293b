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

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("Could not read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

ServerIdentity::ServerIdentity(CertificateAuthority authority, bool created,
                               QString certificateFile)
    : m_authority(std::move(authority))
    , m_created(created)
    , m_certificateFile(std::move(certificateFile))
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
        return ServerIdentity(std::move(authority).value(), true, certificateFile);
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
    return load(secrets, certificateFile, key->value());
}

Result<ServerIdentity> ServerIdentity::load(const SecretStore &secrets,
                                            const QString &certificateFile, const QByteArray &key)
{
    using R = Result<ServerIdentity>;
    const Result<QByteArray> certificate = readFile(certificateFile);
    if (!certificate)
        return R::failure(certificate.error());
    Result<CertificateAuthority> authority = CertificateAuthority::fromPem(*certificate, key);
    if (!authority) {
        // A finish cut short after the keychain took the pending key as the current one: the
        // pending certificate goes with it. Complete the finish.
        const QString pendingFile = pendingCertificateFile(certificateFile);
        const Result<QByteArray> pendingPem = QFileInfo::exists(pendingFile)
            ? readFile(pendingFile)
            : Result<QByteArray>(QByteArray());
        Result<CertificateAuthority> pending = pendingPem && !pendingPem->isEmpty()
            ? CertificateAuthority::fromPem(*pendingPem, key)
            : Result<CertificateAuthority>::failure(authority.error());
        if (!pending)
            return R::failure(tr("The server's certificate authority cannot be loaded from %1 "
                                 "and the keychain: %2")
                                  .arg(certificateFile, authority.error()));
        const Result<Done> promoted = promote(secrets, certificateFile, *pending);
        if (!promoted)
            return R::failure(promoted.error());
        Logging::get("secrets")->info("completed the CA rollover's finish that was cut short");
        authority = std::move(pending);
    }
    ServerIdentity identity(std::move(authority).value(), false, certificateFile);
    const Result<Done> pending = identity.loadPending(secrets);
    if (!pending)
        return R::failure(pending.error());
    return identity;
}

Result<Done> ServerIdentity::loadPending(const SecretStore &secrets)
{
    const QString file = pendingCertificateFile(m_certificateFile);
    const bool haveFile = QFileInfo::exists(file);
    if (!haveFile)
        return Done(); // a key alone is a start cut short: the next start writes it again
    const Result<QByteArray> pem = readFile(file);
    if (!pem)
        return Result<Done>::failure(pem.error());
    const QSslCertificate certificate(*pem, QSsl::Pem);
    const bool isCurrent = certificate == m_authority.certificate();
    const Result<std::optional<QByteArray>> key
        = secrets.read(QString::fromLatin1(pendingPrivateKeyName));
    if (!key)
        return Result<Done>::failure(key.error());
    if (isCurrent) {
        // A finish cut short after the pending CA became the current one: only leftovers.
        const Result<Done> removed = secrets.remove(QString::fromLatin1(pendingPrivateKeyName));
        if (!removed)
            return removed;
        QFile::remove(file);
        return Done();
    }
    if (!key->has_value()) {
        m_pendingProblem = tr("The certificate of a pending CA (%1) has no private key in the "
                              "keychain (\"%2\"): no agent can be moved to it. Remove %1 and "
                              "start the rollover again.")
                               .arg(file, QString::fromLatin1(pendingPrivateKeyName));
        return Done();
    }
    Result<CertificateAuthority> pending = CertificateAuthority::fromPem(*pem, key->value());
    if (!pending) {
        m_pendingProblem = tr("The pending CA cannot be loaded from %1 and the keychain: %2")
                               .arg(file, pending.error());
        return Done();
    }
    m_pending = std::move(pending).value();
    return Done();
}

QList<QSslCertificate> ServerIdentity::trustedAuthorities() const
{
    QList<QSslCertificate> trusted { m_authority.certificate() };
    if (m_pending)
        trusted.append(m_pending->certificate());
    return trusted;
}

QString ServerIdentity::pendingCertificateFile(const QString &certificateFile)
{
    const QFileInfo current(certificateFile);
    return current.dir().filePath(current.completeBaseName() + QStringLiteral("-pending.")
                                  + current.suffix());
}

Result<CertificateAuthority> ServerIdentity::startRollover(const SecretStore &secrets) const
{
    using R = Result<CertificateAuthority>;
    if (m_pending)
        return R::failure(tr("A CA rollover is already going on (the pending CA %1): finish it "
                             "before starting another.")
                              .arg(certificateFingerprint(m_pending->certificate())));
    if (!m_pendingProblem.isEmpty())
        return R::failure(m_pendingProblem);
    Result<CertificateAuthority> next = CertificateAuthority::create(m_authority.serverName());
    if (!next)
        return next;
    // The key first, as at the first start: a certificate without its key would be a problem.
    const Result<Done> saved
        = secrets.write(QString::fromLatin1(pendingPrivateKeyName), next->privateKeyPem());
    if (!saved)
        return R::failure(saved.error());
    const Result<Done> written
        = writeCertificate(pendingCertificateFile(m_certificateFile), next->certificatePem());
    if (!written)
        return R::failure(written.error());
    Logging::get("secrets")->info("started a CA rollover to {}",
                                  certificateFingerprint(next->certificate()));
    return next;
}

Result<Done> ServerIdentity::finishRollover(const SecretStore &secrets) const
{
    if (!m_pending)
        return Result<Done>::failure(
            tr("No CA rollover is going on: there is no pending CA to finish with."));
    return promote(secrets, m_certificateFile, *m_pending);
}

// Each step repeatable; the order lets load() tell how far a cut-short finish went.
Result<Done> ServerIdentity::promote(const SecretStore &secrets, const QString &certificateFile,
                                     const CertificateAuthority &pending)
{
    const Result<Done> key
        = secrets.write(QString::fromLatin1(privateKeyName), pending.privateKeyPem());
    if (!key)
        return key;
    const Result<Done> certificate = writeCertificate(certificateFile, pending.certificatePem());
    if (!certificate)
        return certificate;
    const Result<Done> removed = secrets.remove(QString::fromLatin1(pendingPrivateKeyName));
    if (!removed)
        return removed;
    const QString pendingFile = pendingCertificateFile(certificateFile);
    if (QFileInfo::exists(pendingFile) && !QFile::remove(pendingFile))
        return Result<Done>::failure(tr("Could not remove %1").arg(pendingFile));
    Logging::get("secrets")->info("the CA rollover is finished: {} is the current CA",
                                  certificateFingerprint(pending.certificate()));
    return Done();
}

Result<IssuedCertificate> ServerIdentity::issueSessionCertificate() const
{
    return m_authority.issue(tr("osmgmt console of %1").arg(m_authority.serverName()),
                             CertificateUse::Client, sessionCertificateDays);
}
