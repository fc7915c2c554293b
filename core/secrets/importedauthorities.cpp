#include "secrets/importedauthorities.h"

#include "common/clock.h"
#include "common/logging.h"
#include "identity/servercredential.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportedAuthorities", text);
}

// A file name any server name maps to safely (names may hold '/', ':', or non-ASCII).
QString fileStem(const QString &serverName)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serverName.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}
} // namespace

ImportedAuthorities::ImportedAuthorities(SecretStore secrets, QString folder)
    : m_secrets(std::move(secrets))
    , m_folder(std::move(folder))
{ }

QString ImportedAuthorities::keyName(const QString &serverName)
{
    return QStringLiteral("imported-ca-private-key:") + serverName;
}

QString ImportedAuthorities::certificateFile(const QString &serverName) const
{
    return QDir(m_folder).filePath(fileStem(serverName) + QStringLiteral(".pem"));
}

Result<QString> ImportedAuthorities::import(const QByteArray &bundle, const QString &password) const
{
    using R = Result<QString>;
    const Result<MoveCredential> credential = ServerCredential::importBundle(bundle, password);
    if (!credential)
        return R::failure(credential.error());
    const QString server = credential->serverName();
    const Result<Done> saved = m_secrets.write(keyName(server), credential->key.toPem());
    if (!saved)
        return R::failure(saved.error());
    QDir().mkpath(m_folder);
    QSaveFile file(certificateFile(server));
    // The authority first: servers() names the server by the file's first certificate.
    const QByteArray pem = credential->authority.toPem() + credential->certificate.toPem();
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return R::failure(tr("Could not keep the certificate of \"%1\" in %2: %3")
                              .arg(server, m_folder, file.errorString()));
    Logging::get("secrets")->info("imported the move credential of server \"{}\"", server);
    return server;
}

Result<MoveCredential> ImportedAuthorities::find(const QString &serverName) const
{
    using R = Result<MoveCredential>;
    QFile file(certificateFile(serverName));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("No credential of server \"%1\" was imported. Import the credential "
                             "file that its console exported (Client Mover).")
                              .arg(serverName));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    file.close();
    if (certificates.size() != 2)
        return R::failure(tr("The kept credential of server \"%1\" is not a move credential; "
                             "import its credential file again.")
                              .arg(serverName));
    if (certificates.at(1).expiryDate() <= Clock::instance().now()) {
        forget(serverName);
        return R::failure(
            tr("The move credential of server \"%1\" expired on %2 and was "
               "removed; ask its console for a new one.")
                .arg(serverName, certificates.at(1).expiryDate().toString(Qt::ISODate)));
    }
    const Result<std::optional<QByteArray>> key = m_secrets.read(keyName(serverName));
    if (!key)
        return R::failure(key.error());
    if (!key->has_value())
        return R::failure(tr("The keychain no longer holds the key of server \"%1\"; import its "
                             "credential file again.")
                              .arg(serverName));
    return MoveCredential { certificates.at(1), QSslKey(key->value(), QSsl::Ec, QSsl::Pem),
                            certificates.at(0) };
}

Result<Done> ImportedAuthorities::forget(const QString &serverName) const
{
    const Result<Done> removed = m_secrets.remove(keyName(serverName));
    if (!removed)
        return removed;
    QFile::remove(certificateFile(serverName));
    Logging::get("secrets")->info("forgot the move credential of server \"{}\"", serverName);
    return Done {};
}

QStringList ImportedAuthorities::servers() const
{
    QStringList names;
    const QStringList files
        = QDir(m_folder).entryList({ QStringLiteral("*.pem") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(m_folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QSslCertificate certificate(file.readAll(), QSsl::Pem);
        const QStringList common = certificate.subjectInfo(QSslCertificate::CommonName);
        if (!common.isEmpty())
            names << common.first();
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}
