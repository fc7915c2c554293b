#include "host/registration.h"

#include "agentlink/agenttls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString registrationFile = QStringLiteral("registration.json");
const QString caFile = QStringLiteral("ca.pem");

QString tr(const char *text)
{
    return QCoreApplication::translate("Registration", text);
}

Result<bool> writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
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
    const QJsonObject object { { QStringLiteral("server"), server },
                               { QStringLiteral("domain"), domain },
                               { QStringLiteral("installed"), installed.toString(Qt::ISODate) } };
    return writeAtomically(QDir(directory).filePath(registrationFile),
                           QJsonDocument(object).toJson());
}
