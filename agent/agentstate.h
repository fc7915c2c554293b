#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/result.h"
#include "hostcontrol.h"
#include "tlsserverchannel.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <optional>

// What one agent is now: its identity (whose server changes with a move), the CA it pins, and
// its status. Shared by every connection to that agent; commands change it.
class AgentState : public QObject
{
    Q_OBJECT
public:
    AgentState(AgentIdentity identity, std::optional<QSslCertificate> pinnedCa, AgentStatus status,
               QObject *parent = nullptr);

    // What the agent trusts and presents, as a CA rollover changes it and keeps it
    // (docs/security.md, "Rolling the CA over").
    struct Trust
    {
        std::optional<QSslCertificate> pinnedCa;
        std::optional<QSslCertificate> previousCa; // accepted too until the rollover is finished
        std::optional<QSslCertificate> certificate; // the agent certificate
    };
    // Keeps a rollover's trust where it outlives the process before the agent uses it (the real
    // agent's state directory, in one atomic write); a failure leaves the agent as it was and is
    // its answer. Without one (a fleet) the change is only announced (trustChanged()).
    using TrustKeeper = std::function<Result<bool>(const Trust &)>;
    void setTrustKeeper(TrustKeeper keeper) { m_keeper = std::move(keeper); }

    const AgentIdentity &identity() const { return m_identity; }
    const AgentStatus &status() const { return m_status; }
    // The CA of the server this agent is registered to; none when its registration carries no
    // CA, and then no command is accepted.
    const std::optional<QSslCertificate> &pinnedCa() const { return m_pinnedCa; }
    // During a CA rollover, the CA pinned before it: commands from its consoles are still
    // accepted until the rollover is finished. None otherwise.
    const std::optional<QSslCertificate> &previousCa() const { return m_previousCa; }
    void setPreviousCa(std::optional<QSslCertificate> ca) { m_previousCa = std::move(ca); }
    // The CAs whose client certificates may command this agent: the pinned one first.
    QList<QSslCertificate> trustedCas() const;

    // Client Mover: registers with `server` and pins `ca` instead of the old server's CA. An
    // agent certificate of the old CA no longer proves anything: the agent presents its
    // self-signed certificate again until the new server registers it (acceptCertificate()).
    void registerWith(const QString &server, const QSslCertificate &ca);

    // The agent's TLS key and what it presents (docs/agent-protocol.md, "Registration"):
    // `selfSigned` is its own certificate for that key, `registered` the agent certificate its
    // server's CA issued (none before registration). Fails when the certificate cannot be used.
    // `shared` is a context for `selfSigned` that many agents share (a fleet's: a thousand
    // agents need not hold a thousand contexts); one is made when none is given.
    Result<bool> setTls(const AgentTls::Credentials &selfSigned,
                        const std::optional<QSslCertificate> &registered,
                        std::shared_ptr<TlsServerContext> shared = {});
    // The TLS context connections use now: the agent certificate once registered.
    std::shared_ptr<TlsServerContext> tlsContext() const { return m_tlsContext; }
    const AgentTls::Credentials &selfSigned() const { return m_selfSigned; }
    const std::optional<QSslCertificate> &agentCertificate() const { return m_agentCertificate; }
    // Registration: keeps `certificate` as the agent certificate when the pinned CA issued it
    // for a TLS server and for this agent's own key; the reason otherwise. Emits
    // certificateChanged().
    Result<bool> acceptCertificate(const QByteArray &certificatePem);
    // The rollover command: pins `caPem` (a CA certificate) and presents `certificatePem`, the
    // agent certificate that CA issued for this agent's key, keeping the CA pinned until now as
    // the previous one. Repeated with the CA already pinned, it only renews the certificate.
    // What was done, in words, or why it was refused (nothing changed then).
    Result<QString> rollOver(const QByteArray &caPem, const QByteArray &certificatePem);
    // The end of a rollover: the previous CA is no longer accepted. What was done, in words.
    Result<QString> finishRollover();
    // The host this agent acts on (the real agent's); null for a fleet agent, whose
    // quarantine and services are played in this object. Not owned.
    HostControl *host() const { return m_host; }
    void setHost(HostControl *host) { m_host = host; }
    // The status to report now: the host's when there is one.
    AgentStatus currentStatus() const { return m_host ? m_host->status() : m_status; }
    // The agent's clock (docs/agent-protocol.md, "time"): the system's, moved by the skew a
    // fleet plays (docs/fleet-format.md, "clockSkewSeconds"); 0 for the real agent.
    QDateTime now() const;
    void setClockSkew(qint64 seconds) { m_clockSkewSeconds = seconds; }
    // False when it already was in that state. Keeps by whom, since when and why in the
    // status's `quarantine` (issue 14): a command from an administrator is a manual quarantine,
    // `console` the address it came from; a release keeps who had quarantined it.
    bool setQuarantined(bool quarantined, const QString &console = {});
    // A fleet agent's `warn`: the message is kept as the status's lastWarning (the time by the
    // agent's clock), so the console and tests see what its user would have read.
    void warnUser(const QString &message);
    // True when the service was stopped and now runs, false when it ran already; an error
    // when the agent has no such service.
    Result<bool> startService(const QString &name);

signals:
    void quarantineChanged(bool quarantined);
    void registrationChanged();
    void certificateChanged();
    // The pinned or the previous CA changed by a rollover (the certificate with it).
    void trustChanged();
    void serviceStarted(const QString &name);
    void userWarned(const QString &message);

private:
    AgentIdentity m_identity;
    std::optional<QSslCertificate> m_pinnedCa;
    std::optional<QSslCertificate> m_previousCa;
    TrustKeeper m_keeper;
    AgentStatus m_status;
    HostControl *m_host = nullptr;
    AgentTls::Credentials m_selfSigned;
    std::optional<QSslCertificate> m_agentCertificate;
    std::shared_ptr<TlsServerContext> m_tlsContext;
    std::shared_ptr<TlsServerContext> m_selfSignedContext;
    qint64 m_clockSkewSeconds = 0;
};
