#pragma once

#include "common/result.h"
#include "secrets/secretstore.h"

#include <QString>

#include <optional>

struct ActiveDirectoryConnection;
struct StoreLocation;

// A password the administrator types once and osmgmt needs again without asking: the LDAP bind
// password of an Active Directory connection, the password of a team's PostgreSQL store. It lives
// in the keychain only, under a key named after what it opens, so two connections never share
// one by accident and changing the bind user or the server asks for the password again.
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

    SecretStore m_secrets;
    QString m_key;
};
