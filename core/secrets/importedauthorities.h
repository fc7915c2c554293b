#pragma once

#include "common/result.h"
#include "identity/certificateauthority.h"
#include "secrets/secretstore.h"

#include <QString>
#include <QStringList>

// Other servers' certificate authorities, imported for the Client Mover (reference 000): the
// administrator imports the credential file another console exported, and this console can then
// tell that server's agents to register with it. As with this server's own authority, each
// private key lives in the keychain only; the certificates (public) are files in one folder,
// named after the server.
class ImportedAuthorities
{
public:
    ImportedAuthorities(SecretStore secrets, QString folder);

    // Reads a credential file (ServerCredential) with its password and keeps it. Importing the
    // same server again replaces its authority. The value is the server's name.
    Result<QString> import(const QByteArray &bundle, const QString &password) const;
    // The authority of `serverName`, key read from the keychain.
    Result<CertificateAuthority> find(const QString &serverName) const;
    // The servers whose credential was imported, sorted.
    QStringList servers() const;

    static QString keyName(const QString &serverName);

private:
    QString certificateFile(const QString &serverName) const;

    SecretStore m_secrets;
    QString m_folder;
};
