#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <optional>

// What the real agent keeps in its state directory: the server it is registered to, its domain,
// when it was installed, and the pinned CA. A move rewrites it, so a restarted agent still
// obeys only its new server. Files: registration.json, ca.pem, and agent-certificate.pem once
// the server's CA issued the agent its certificate (docs/agent-protocol.md, "Registration").
// The agent's TLS key and its self-signed certificate are agent-key.pem (owner-only) and
// agent-self.pem, made at the first start: the agent certificate is for that key, so the key
// must outlive a restart, and it never leaves this computer.
struct Registration
{
    QString server;
    QString domain;
    QDateTime installed;
    std::optional<QSslCertificate> ca;
    std::optional<QSslCertificate> certificate; // the agent certificate, once registered

    // The agent's TLS key and self-signed certificate from `directory`, made and saved there
    // (the key readable by its owner only) when there are none yet.
    static Result<AgentTls::Credentials> loadOrMakeTls(const QString &directory,
                                                       const QString &hostName);

    // The registration in `directory`; an empty optional when none was saved yet.
    static Result<std::optional<Registration>> load(const QString &directory);
    // Writes both files, each atomically (a crash leaves the old or the new, never half).
    Result<bool> save(const QString &directory) const;
};
