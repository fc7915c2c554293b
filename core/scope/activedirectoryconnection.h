#pragma once

#include "common/result.h"

#include <QString>

// How osmgmt reaches the Active Directory domain controller (issue 5, point 2): what the scope
// file's `activeDirectory.connection` holds and what core/directory's DirectoryClient opens.
// The password is never part of it: the caller takes it from the keychain (core/secrets) or,
// in scripts, from standard input (`osmgmt-cli --password-stdin`).
struct ActiveDirectoryConnection
{
    static constexpr int defaultQueryTimeoutS = 30;
    static constexpr int minQueryTimeoutS = 1;
    static constexpr int maxQueryTimeoutS = 3600;

    // `ldaps://host[:port]` (TLS from the first byte) or `ldap://host[:port]` (StartTLS before
    // the bind). There is no clear-text mode: the simple bind sends the password as it is.
    QString url;
    // `user@domain`, `DOMAIN\user` or a distinguished name; AD takes all three.
    QString bindUser;
    // Where the tree starts; empty: the RootDSE's defaultNamingContext.
    QString baseDn;
    // PEM file of the CA that signed the server's certificate; empty: the system's CAs.
    QString caFile;
    // Off only by the administrator's explicit choice, shown as such in the console.
    bool verifyCertificate = true;
    // How long one query may take before it is abandoned, in seconds.
    int queryTimeoutS = defaultQueryTimeoutS;

    bool isEmpty() const { return *this == ActiveDirectoryConnection(); }
    bool usesStartTls() const;
    // Whether the connection can be opened; what is wrong with it, in words, when not.
    Result<Done> check() const;
    // The part of check() about `url` alone, which a half-filled connection must also pass.
    Result<Done> checkUrl() const;

    bool operator==(const ActiveDirectoryConnection &other) const
    {
        return url == other.url && bindUser == other.bindUser && baseDn == other.baseDn
            && caFile == other.caFile && verifyCertificate == other.verifyCertificate
            && queryTimeoutS == other.queryTimeoutS;
    }
    bool operator!=(const ActiveDirectoryConnection &other) const { return !(*this == other); }
};
