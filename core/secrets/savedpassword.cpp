#include "secrets/savedpassword.h"

#include "scope/activedirectoryconnection.h"
#include "store/storelocation.h"

SavedPassword::SavedPassword(SecretStore secrets, QString key)
    : m_secrets(std::move(secrets))
    , m_key(std::move(key))
{ }

SavedPassword SavedPassword::forDirectory(const ActiveDirectoryConnection &connection,
                                          SecretStore secrets)
{
    return SavedPassword(std::move(secrets),
                         QStringLiteral("ldap-bind-password:%1 %2")
                             .arg(connection.url.trimmed(), connection.bindUser.trimmed()));
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
    return std::optional<QString>(QString::fromUtf8(*secret.value()));
}

Result<Done> SavedPassword::write(const QString &password) const
{
    return m_secrets.write(m_key, password.toUtf8());
}

Result<Done> SavedPassword::remove() const
{
    return m_secrets.remove(m_key);
}
