#include "secrets/savedpassword.h"

#include "scope/activedirectoryconnection.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedPassword", text);
}

const QString hostKey = QStringLiteral("host");
const QString verifyKey = QStringLiteral("verify");
const QString caKey = QStringLiteral("ca");
const QString passwordKey = QStringLiteral("password");
const QString bindingKey = QStringLiteral("boundTo");

// How the directory server proves who it is, for this connection.
Result<QJsonObject> directoryBinding(const ActiveDirectoryConnection &connection)
{
    const QUrl url(connection.url.trimmed());
    const bool ldaps = url.scheme().compare(QLatin1String("ldaps"), Qt::CaseInsensitive) == 0;
    QString ca = QStringLiteral("system");
    if (!connection.caFile.trimmed().isEmpty()) {
        QFile file(connection.caFile.trimmed());
        if (!file.open(QIODevice::ReadOnly))
            return Result<QJsonObject>::failure(
                tr("the CA file %1 cannot be read (%2), so the saved password is not used")
                    .arg(connection.caFile, file.errorString()));
        ca = QStringLiteral("sha256:")
            + QString::fromLatin1(
                 QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return QJsonObject {
        { hostKey,
          QStringLiteral("%1:%2").arg(url.host().toLower()).arg(url.port(ldaps ? 636 : 389)) },
        { verifyKey, connection.verifyCertificate },
        { caKey, ca },
    };
}

// What differs between the binding a password was saved with and the connection's, in words.
QString bindingChange(const QJsonObject &saved, const QJsonObject &now)
{
    QStringList changes;
    if (saved.value(hostKey) != now.value(hostKey))
        changes << tr("it was saved for %1, this connection goes to %2")
                       .arg(saved.value(hostKey).toString(), now.value(hostKey).toString());
    if (saved.value(verifyKey).toBool() && !now.value(verifyKey).toBool())
        changes << tr("this connection does not verify the server's certificate");
    else if (saved.value(verifyKey) != now.value(verifyKey))
        changes << tr("it was saved without certificate verification");
    if (saved.value(caKey) != now.value(caKey))
        changes << tr("this connection trusts another certificate authority");
    return changes.join(QLatin1String("; "));
}

} // namespace

SavedPassword::SavedPassword(SecretStore secrets, QString key)
    : m_secrets(std::move(secrets))
    , m_key(std::move(key))
{ }

SavedPassword SavedPassword::forDirectory(const ActiveDirectoryConnection &connection,
                                          SecretStore secrets)
{
    SavedPassword saved(std::move(secrets),
                        QStringLiteral("ldap-bind-password:%1 %2")
                            .arg(connection.url.trimmed(), connection.bindUser.trimmed()));
    saved.m_bound = true;
    saved.m_binding = directoryBinding(connection);
    return saved;
}

SavedPassword SavedPassword::forStore(const StoreLocation &location, SecretStore secrets)
{
    return SavedPassword(std::move(secrets),
                         QStringLiteral("database-password:postgresql://%1@%2:%3/%4")
                             .arg(location.user, location.host)
                             .arg(location.port)
                             .arg(location.database));
}

Result<std::optional<QString>> SavedPassword::read() const
{
    const Result<std::optional<QByteArray>> secret = m_secrets.read(m_key);
    if (!secret)
        return Result<std::optional<QString>>::failure(secret.error());
    if (!secret.value())
        return std::optional<QString>();
    if (m_bound)
        return readBound(*secret.value());
    return std::optional<QString>(QString::fromUtf8(*secret.value()));
}

Result<std::optional<QString>> SavedPassword::readBound(const QByteArray &secret) const
{
    using R = Result<std::optional<QString>>;
    if (!m_binding)
        return R::failure(m_binding.error());
    const QJsonObject stored = QJsonDocument::fromJson(secret).object();
    if (!stored.value(passwordKey).isString() || !stored.value(bindingKey).isObject())
        return R::failure(tr("the saved password was saved by an older osmgmt, before saved "
                             "passwords were bound to the server's identity; type it again "
                             "to save it for this connection"));
    const QJsonObject savedBinding = stored.value(bindingKey).toObject();
    if (savedBinding != m_binding.value())
        return R::failure(tr("the saved password is not sent to this server: %1. Type it "
                             "again if this connection is right")
                              .arg(bindingChange(savedBinding, m_binding.value())));
    return std::optional<QString>(stored.value(passwordKey).toString());
}

Result<Done> SavedPassword::write(const QString &password) const
{
    if (!m_bound)
        return m_secrets.write(m_key, password.toUtf8());
    if (!m_binding)
        return Result<Done>::failure(m_binding.error());
    const QJsonObject stored { { passwordKey, password }, { bindingKey, m_binding.value() } };
    return m_secrets.write(m_key, QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

Result<Done> SavedPassword::remove() const
{
    return m_secrets.remove(m_key);
}
