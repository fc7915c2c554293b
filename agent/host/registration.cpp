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
const QString previousCaFile = QStringLiteral("previous-ca.pem");
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

// A certificate from the registration's field `key` when it has one (empty: none), else from
// the copy `file` an older agent wrote; the fault in words, or empty.
QString readCertificate(const QJsonObject &object, const QString &key, const QString &directory,
                        const QString &file, bool mustBeCa, std::optional<QSslCertificate> &into)
{
    QByteArray bytes;
    QString origin = QStringLiteral("registration.json: ") + key;
    if (object.contains(QStringLiteral("ca"))) {
        bytes = object.value(key).toString().toLatin1();
    } else {
        QFile copy(QDir(directory).filePath(file));
        if (!copy.exists())
            return {};
        if (!copy.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(copy.fileName(), copy.errorString());
        bytes = copy.readAll();
        origin = copy.fileName();
    }
    if (bytes.isEmpty())
        return {};
    if (mustBeCa) {
        const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(bytes);
        if (!ca)
            return origin + QStringLiteral(": ") + ca.error();
        into = *ca;
        return {};
    }
    const QSslCertificate certificate(bytes, QSsl::Pem);
    if (certificate.isNull())
        return tr("%1: not a PEM certificate").arg(origin);
    into = certificate;
    return {};
}

QString readTrust(const QJsonObject &object, const QString &directory, Registration &registration)
{
    QString fault
        = readCertificate(object, QStringLiteral("ca"), directory, caFile, true, registration.ca);
    if (fault.isEmpty())
        fault = readCertificate(object, QStringLiteral("previousCa"), directory, previousCaFile,
                                true, registration.previousCa);
    if (fault.isEmpty())
        fault = readCertificate(object, QStringLiteral("certificate"), directory, certificateFile,
                                false, registration.certificate);
    return fault;
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
    const QString pemFault = readTrust(object, directory, registration);
    if (!pemFault.isEmpty())
        return Loaded::failure(pemFault);
    return std::optional<Registration>(registration);
}

Result<bool> Registration::save(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Result<bool>::failure(tr("cannot create the state directory %1").arg(directory));
    const auto pem = [](const std::optional<QSslCertificate> &held) {
        return held ? QString::fromLatin1(held->toPem()) : QString();
    };
    // One file, one rename: the commit point of a registration, a move and a rollover alike.
    const QJsonObject object { { QStringLiteral("server"), server },
                               { QStringLiteral("domain"), domain },
                               { QStringLiteral("installed"), installed.toString(Qt::ISODate) },
                               { QStringLiteral("ca"), pem(ca) },
                               { QStringLiteral("previousCa"), pem(previousCa) },
                               { QStringLiteral("certificate"), pem(certificate) } };
    const Result<bool> committed = writeAtomically(QDir(directory).filePath(registrationFile),
                                                   QJsonDocument(object).toJson());
    if (!committed)
        return committed;
    // The copies, after the commit: a crash between leaves stale copies, never a stale agent.
    const QList<QPair<QString, std::optional<QSslCertificate>>> copies {
        { caFile, ca }, { previousCaFile, previousCa }, { certificateFile, certificate }
    };
    for (const auto &[name, content] : copies) {
        const QString path = QDir(directory).filePath(name);
        if (!content) {
            QFile::remove(path);
            continue;
        }
        const Result<bool> written = writeAtomically(path, content->toPem());
        if (!written)
            return written;
    }
    return true;
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
