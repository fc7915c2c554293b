#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"
#include "identity/certificateauthority.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <mutex>
#include <optional>

// This console's client certificate towards its agents, in one place for everything that asks
// them for more than their identity: the heartbeats, the health gathering of a query, and
// Diagnose connection (docs/security.md, "Status": agents give their health report only to their
// server's console). A session certificate issued by this server's CA for a day, issued again a
// few hours before it lapses, so a watcher that runs for weeks keeps one.
//
// Where the CA comes from: the console hands over the one it loaded for its commands (adopt()),
// so nothing reads the keychain twice; otherwise (the CLI, a console whose identity is not loaded
// yet) it is loaded on first use through SecretStore, which runs on the keychain's one thread
// (KeychainWorker). It is never created here: a CA that no agent pins would prove nothing (the
// console makes it at its first start). Without one, current() says why, and the callers go on
// without a client certificate where the agents' reduced answer still counts.
class ConsoleCredentials
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCredentials)

public:
    // On the application's thread (it makes the keychain thread, which the application owns).
    ConsoleCredentials(QString certificateFile, QString serverName,
                       SecretStore secrets = SecretStore());

    // The console's own session: its CA and the certificate its commands present.
    void adopt(const CertificateAuthority &authority, const IssuedCertificate &session);

    // From any thread but the keychain's own: the session certificate, or why there is none.
    Result<AgentTls::Credentials> current();
    // The same for callers that go on without one: none, and the reason logged once.
    std::optional<AgentTls::Credentials> currentOrNone();
    // What an agent's certificate may chain to for Managed by this server: the CA, and during a
    // rollover its pending CA (ServerIdentity::trustedAuthorities()). Empty without a CA.
    QList<QSslCertificate> trustedAuthorities();

private:
    // With the mutex held: loads the CA when none was adopted or loaded yet.
    Result<Done> loadLocked();

    QString m_certificateFile;
    QString m_serverName;
    SecretStore m_secrets;
    std::mutex m_mutex;
    std::optional<CertificateAuthority> m_authority;
    QList<QSslCertificate> m_trusted;
    std::optional<AgentTls::Credentials> m_issued;
    QDateTime m_renewAfter;
    QString m_loggedError;
};
