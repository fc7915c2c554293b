#pragma once

#include <QDir>
#include <QString>

// Where the public halves of the console's identities live, under the app-data folder; the
// console and the CLI share them (and the keychain entries that hold the private halves).
namespace IdentityFiles {

inline QString serverCertificate(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("server-ca.pem"));
}

// The pending CA of a rollover (ServerIdentity::pendingCertificateFile() of the one above).
inline QString pendingServerCertificate(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("server-ca-pending.pem"));
}

inline QString importedServers(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("imported-servers"));
}

} // namespace IdentityFiles
