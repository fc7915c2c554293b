#pragma once

#include "common/result.h"
#include "identity/certificateauthority.h"
#include "secrets/secretstore.h"

#include <QString>

// This console's certificate authority, kept where DESIGN.md says: the private key in the OS
// keychain only, the certificate (public) in a file under the app-data folder. Created at the
// first start; after that, loaded, and never silently replaced: agents pinned this CA, so a new
// one would cut the console off from every agent it manages.
class ServerIdentity
{
public:
    static constexpr const char *privateKeyName = "server-ca-private-key";
    // Console certificates live for a day: long enough for a session, short if ever copied.
    static constexpr int sessionCertificateDays = 1;

    static Result<ServerIdentity> loadOrCreate(const SecretStore &secrets,
                                               const QString &certificateFile,
                                               const QString &serverName);

    const CertificateAuthority &authority() const { return m_authority; }
    // True when loadOrCreate() made the authority now (the first start).
    bool created() const { return m_created; }

    // A client certificate for this console's commands, held in memory only.
    Result<IssuedCertificate> issueSessionCertificate() const;

private:
    ServerIdentity(CertificateAuthority authority, bool created);

    CertificateAuthority m_authority;
    bool m_created = false;
};
