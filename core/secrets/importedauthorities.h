#pragma once

#include "common/result.h"
#include "identity/servercredential.h"
#include "secrets/secretstore.h"

#include <QString>
#include <QStringList>

// Other servers' move credentials, imported for the Client Mover (reference 000): the
// administrator imports the credential file another console exported, and this console can then
// tell that server's agents to register with it. Each credential's private key lives in the
// keychain only; its certificates (public: the authority's, then the move-only one) are a file
// in one folder, named after the server. A credential is kept only until a move used it
// (forget()) or it expired.
class ImportedAuthorities
{
public:
    ImportedAuthorities(SecretStore secrets, QString folder);

    // Reads a credential file (ServerCredential) with its password and keeps it. Importing the
    // same server again replaces its authority. The value is the server's name.
    Result<QString> import(const QByteArray &bundle, const QString &password) const;
    // The move credential of `serverName`, key read from the keychain. One that expired is
    // forgotten, and the failure says so.
    Result<MoveCredential> find(const QString &serverName) const;
    // Deletes the credential of `serverName` (key and certificates): after the move that used it.
    Result<Done> forget(const QString &serverName) const;
    // The servers whose credential was imported, sorted.
    QStringList servers() const;

    static QString keyName(const QString &serverName);

private:
    QString certificateFile(const QString &serverName) const;

    SecretStore m_secrets;
    QString m_folder;
};
