#pragma once

#include "common/result.h"
#include "secrets/secretstore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct ActiveDirectoryConnection;
struct StoreLocation;

// A password the administrator types once and osmgmt needs again without asking: the LDAP bind
// password of an Active Directory connection, the password of a team's PostgreSQL store. It lives
// in the keychain only, under a key named after what it opens, so two connections never share
// one by accident and changing the bind user or the server asks for the password again.
//
// An LDAP bind password is also bound to how the server proves who it is (docs/security.md,
// "A saved LDAP password is bound to the server's identity"): its host, whether its certificate
// is verified, and the CA it must chain to (SHA-256 of the CA file; "system" for the system's
// CAs). A connection that turns verification off or names another CA does not receive it:
// read() fails saying what changed, and the administrator types the password again for it.
class SavedPassword
{
public:
    static SavedPassword forDirectory(const ActiveDirectoryConnection &connection,
                                      SecretStore secrets = SecretStore());
    static SavedPassword forStore(const StoreLocation &location,
                                  SecretStore secrets = SecretStore());

    // No value when none was saved. Blocks on the keychain: call it off the GUI thread.
    Result<std::optional<QString>> read() const;
    Result<Done> write(const QString &password) const;
    Result<Done> remove() const;

    QString key() const { return m_key; }

private:
    SavedPassword(SecretStore secrets, QString key);

    Result<std::optional<QString>> readBound(const QByteArray &secret) const;

    SecretStore m_secrets;
    QString m_key;
    bool m_bound = false; // an LDAP password: stored with its binding
    Result<QJsonObject> m_binding = QJsonObject();
};
