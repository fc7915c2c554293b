#pragma once

#include "common/result.h"
#include "identity/certificateauthority.h"
#include "secrets/secretstore.h"

#include <QList>
#include <QString>

#include <optional>

// This console's certificate authority, kept where DESIGN.md says: the private key in the OS
// keychain only, the certificate (public) in a file under the app-data folder. Created at the
// first start; after that, loaded, and never silently replaced: agents pinned this CA, so a new
// one would cut the console off from every agent it manages: it is replaced only by a rollover
// (docs/security.md, "Rolling the CA over"), where a pending CA (its key in the keychain too,
// its certificate beside the current one's) is trusted alongside the current one until finished.
class ServerIdentity
{
public:
    static constexpr const char *privateKeyName = "server-ca-private-key";
    static constexpr const char *pendingPrivateKeyName = "server-ca-pending-private-key";
    // Console certificates live for a day: long enough for a session, short if ever copied.
    static constexpr int sessionCertificateDays = 1;

    static Result<ServerIdentity> loadOrCreate(const SecretStore &secrets,
                                               const QString &certificateFile,
                                               const QString &serverName);

    const CertificateAuthority &authority() const { return m_authority; }
    // True when loadOrCreate() made the authority now (the first start).
    bool created() const { return m_created; }

    // The CA a rollover is moving the agents to; none when no rollover goes on.
    const std::optional<CertificateAuthority> &pending() const { return m_pending; }
    // Why a pending CA was found half there (its key or its certificate alone); empty otherwise.
    QString pendingProblem() const { return m_pendingProblem; }
    // What an agent's certificate may chain to for Managed by this server: the current CA, and
    // the pending one during a rollover.
    QList<QSslCertificate> trustedAuthorities() const;
    // Where the pending CA's certificate is kept, beside `certificateFile`.
    static QString pendingCertificateFile(const QString &certificateFile);

    // Makes the pending CA: its key into the keychain (first), its certificate beside the
    // current one's. Refused while one is pending.
    Result<CertificateAuthority> startRollover(const SecretStore &secrets) const;
    // The pending CA becomes the current one and the current one is retired: its key is
    // overwritten in the keychain. Each step can be repeated, so a finish cut short is completed
    // by the next load.
    Result<Done> finishRollover(const SecretStore &secrets) const;

    // A client certificate for this console's commands, held in memory only.
    Result<IssuedCertificate> issueSessionCertificate() const;

private:
    ServerIdentity(CertificateAuthority authority, bool created, QString certificateFile);
    static Result<ServerIdentity> load(const SecretStore &secrets, const QString &certificateFile,
                                       const QByteArray &key);
    Result<Done> loadPending(const SecretStore &secrets);
    static Result<Done> promote(const SecretStore &secrets, const QString &certificateFile,
                                const CertificateAuthority &pending);

    CertificateAuthority m_authority;
    bool m_created = false;
    QString m_certificateFile;
    std::optional<CertificateAuthority> m_pending;
    QString m_pendingProblem;
};
