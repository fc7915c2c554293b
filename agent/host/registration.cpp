#include "host/registration.h"

#include "agentlink/agenttls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslKey>

namespace {

const QString registrationFile = QStringLiteral("registration.json");
const QString caFile = QStringLiteral("ca.pem");
const QString certificateFile = QStringLiteral("agent-certificate.pem");
const QString keyFile = QStringLiteral("agent-key.pem");
const QString selfSignedFile = QStringLiteral("agent-self.pem");

QString tr(const char *text)
{
    return QCoreApplication::translate("Registration", text);
}

Result<bool> writeAtomically(const QString &path, const QByteArray &content, bool ownerOnly = false)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        || file.write(content) != content.size() || !file.commit())
        return Result<bool>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

Result<std::optional<Registration>> Registration::load(const QString &directory)
{
    using Loaded = Result<std::optional<Registration>>;
    QFile file(QDir(directory).filePath(registrationFile));
    if (!file.exists())
        return std::optional<Registration>();
    if (!file.open(QIODevice::ReadOnly))
        return Loaded::failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Registration registration;
    registration.server = object.value(QStringLiteral("server")).toString();
    registration.domain = object.value(QStringLiteral("domain")).toString();
    registration.installed
        = QDateTime::fromString(object.value(QStringLiteral("installed")).toString(), Qt::ISODate);
    if (registration.server.isEmpty() || !registration.installed.isValid())
        return Loaded::failure(
            tr("%1: no server or no installation time; remove it to register again")
                .arg(file.fileName()));
    QFile ca(QDir(directory).filePath(caFile));
    if (ca.exists()) {
        if (!ca.open(QIODevice::ReadOnly))
            return Loaded::failure(tr("cannot read %1: %2").arg(ca.fileName(), ca.errorString()));
        const Result<QSslCertificate> pinned = AgentTls::parseCaCertificate(ca.readAll());
        if (!pinned)
            return Loaded::failure(ca.fileName() + QStringLiteral(": ") + pinned.error());
        registration.ca = *pinned;
    }
    QFile certificate(QDir(directory).filePath(certificateFile));
    if (certificate.exists()) {
        if (!certificate.open(QIODevice::ReadOnly))
            return Loaded::failure(
                tr("cannot read %1: %2").arg(certificate.fileName(), certificate.errorString()));
        const QSslCertificate agent(certificate.readAll(), QSsl::Pem);
        if (agent.isNull())
            return Loaded::failure(tr("%1: not a PEM certificate").arg(certificate.fileName()));
        registration.certificate = agent;
    }
    return std::optional<Registration>(registration);
}

Result<bool> Registration::save(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Result<bool>::failure(tr("cannot create the state directory %1").arg(directory));
    // The CA first: a registration never names a server whose CA is not on disk yet.
    if (ca) {
        const Result<bool> written = writeAtomically(QDir(directory).filePath(caFile), ca->toPem());
        if (!written)
            return written;
    } else {
        QFile::remove(QDir(directory).filePath(caFile));
    }
    if (certificate) {
        const Result<bool> written
            = writeAtomically(QDir(directory).filePath(certificateFile), certificate->toPem());
        if (!written)
            return written;
    } else {
        QFile::remove(QDir(directory).filePath(certificateFile));
    }
    const QJsonObject object { { QStringLiteral("server"), server },
                               { QStringLiteral("domain"), domain },
                               { QStringLiteral("installed"), installed.toString(Qt::ISODate) } };
    return writeAtomically(QDir(directory).filePath(registrationFile),
                           QJsonDocument(object).toJson());
}

Result<AgentTls::Credentials> Registration::loadOrMakeTls(const QString &directory,
                                                          const QString &hostName)
{
    using R = Result<AgentTls::Credentials>;
    const QString keyPath = QDir(directory).filePath(keyFile);
    const QString selfPath = QDir(directory).filePath(selfSignedFile);
    QFile key(keyPath);
    QFile self(selfPath);
    if (key.exists() && self.exists()) {
        if (!key.open(QIODevice::ReadOnly) || !self.open(QIODevice::ReadOnly))
            return R::failure(tr("cannot read the agent's TLS key in %1").arg(directory));
        AgentTls::Credentials saved { QSslCertificate(self.readAll(), QSsl::Pem),
                                      QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem) };
        if (saved.certificate.isNull() || saved.key.isNull())
            return R::failure(tr("%1 or %2 is not readable; remove both to make new ones (the "
                                 "agent must then be registered again)")
                                  .arg(keyPath, selfPath));
        return saved;
    }
    const Result<AgentTls::Credentials> made = AgentTls::makeSelfSigned(hostName);
    if (!made)
        return made;
    if (!QDir().mkpath(directory))
        return R::failure(tr("cannot create the state directory %1").arg(directory));
    const Result<bool> keySaved = writeAtomically(keyPath, made->key.toPem(), true);
    if (!keySaved)
        return R::failure(keySaved.error());
    const Result<bool> selfSaved = writeAtomically(selfPath, made->certificate.toPem());
    if (!selfSaved)
        return R::failure(selfSaved.error());
    return made;
}
