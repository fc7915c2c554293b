#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QObject>
#include <QSslCertificate>

#include <optional>

// What one agent is now: its identity (whose server changes with a move), the CA it pins, and
// its status. Shared by every connection to that agent; commands change it.
class AgentState : public QObject
{
    Q_OBJECT
public:
    AgentState(AgentIdentity identity, std::optional<QSslCertificate> pinnedCa, AgentStatus status,
               QObject *parent = nullptr);

    const AgentIdentity &identity() const { return m_identity; }
    const AgentStatus &status() const { return m_status; }
    // The CA of the server this agent is registered to; none when its registration carries no
    // CA, and then no command is accepted.
    const std::optional<QSslCertificate> &pinnedCa() const { return m_pinnedCa; }

    // Client Mover: registers with `server` and pins `ca` instead of the old server's CA.
    void registerWith(const QString &server, const QSslCertificate &ca);
    // Why this agent cannot quarantine, release or start services; empty when it can. The
    // fleet plays all of them; the real Linux agent does not have them yet and says so.
    QString unsupportedReason() const { return m_unsupportedReason; }
    void setUnsupportedReason(const QString &reason) { m_unsupportedReason = reason; }
    // False when it already was in that state.
    bool setQuarantined(bool quarantined);
    // True when the service was stopped and now runs, false when it ran already; an error
    // when the agent has no such service.
    Result<bool> startService(const QString &name);

signals:
    void quarantineChanged(bool quarantined);
    void registrationChanged();

private:
    AgentIdentity m_identity;
    std::optional<QSslCertificate> m_pinnedCa;
    AgentStatus m_status;
    QString m_unsupportedReason;
};
