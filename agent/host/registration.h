#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <optional>

// What the real agent keeps in its state directory: the server it is registered to, its domain,
// when it was installed, the pinned CA (and during a CA rollover the previous one), and its
// agent certificate. A move or a rollover rewrites it, so a restarted agent still obeys only its
// server. registration.json holds all of it and is written in one atomic step (QSaveFile): a
// write cut short leaves the whole old registration (docs/security.md, "Rolling the CA over").
// ca.pem, previous-ca.pem and agent-certificate.pem are copies for the administrator written
// after it; an older agent's directory without the PEM fields in registration.json is read from
// them (docs/agent-protocol.md, "Registration").
// The agent's TLS key and its self-signed certificate are agent-key.pem (owner-only) and
// agent-self.pem, made at the first start: the agent certificate is for that key, so the key
// must outlive a restart, and it never leaves this computer.
struct Registration
{
    QString server;
    QString domain;
    QDateTime installed;
    std::optional<QSslCertificate> ca;
    std::optional<QSslCertificate> previousCa; // during a CA rollover
    std::optional<QSslCertificate> certificate; // the agent certificate, once registered

    // The agent's TLS key and self-signed certificate from `directory`, made and saved there
    // (the key readable by its owner only) when there are none yet.
    static Result<AgentTls::Credentials> loadOrMakeTls(const QString &directory,
                                                       const QString &hostName);

    // The registration in `directory`; an empty optional when none was saved yet.
    static Result<std::optional<Registration>> load(const QString &directory);
    // Writes registration.json atomically (a crash leaves the old or the new, never half), then
    // the PEM copies.
    Result<bool> save(const QString &directory) const;
};
