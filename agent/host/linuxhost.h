#pragma once

#include "host/agentconfig.h"
#include "host/cvesource.h"
#include "host/quarantinerecord.h"
#include "host/servicecontrol.h"
#include "host/statuscache.h"
#include "hostcontrol.h"

#include <optional>

// The Linux host the real agent runs on (docs/agent-protocol.md, "The real agent"):
// quarantine with nftables (NftQuarantine), kept in the state directory (QuarantineRecord) and
// re-applied at start; the product's services through the service manager; the fields of
// reference 004 from the product status file. The status is gathered off the request path
// (StatusCache) and refreshed at once after each command.
class LinuxHost : public HostControl
{
public:
    // `base` holds what does not change while the agent runs: OS, addresses, install time,
    // the agent's own service and components.
    LinuxHost(const AgentConfig &config, AgentStatus base);

    // Re-applies a quarantine kept from before a restart. The reason when it cannot: the
    // status then says so too.
    Result<bool> restoreQuarantine();
    // The same, with nothing else of the agent: what the boot-time unit runs before the
    // network is up. The consoles of the quarantine re-applied; none when there was none.
    static Result<std::optional<QList<QHostAddress>>>
    reapplyKeptQuarantine(const AgentConfig &config);

    // The agent's listening socket, whose mark the check after a quarantine verifies
    // (QuarantineCheck); -1 (the default): not checked.
    void setListeningSocket(qintptr descriptor) { m_listeningSocket = descriptor; }

    // Gathers the status once now, then every `intervalMs` in a worker thread.
    void startStatusRefresh(int intervalMs);

    AgentStatus status() override;
    Result<QString> quarantine(const QHostAddress &console) override;
    Result<QString> release() override;
    Result<QString> startService(const QString &name) override;
    Result<QString> warnUser(const QString &message) override;

private:
    // Runs programs and reads files: only from the status cache, never per request.
    // Thread-safe: it reads only what does not change while the agent runs.
    AgentStatus gatherStatus() const;
    void addProductStatus(AgentStatus &status) const;
    void addQuarantine(AgentStatus &status) const;
    void addMissingCves(AgentStatus &status) const;
    void refreshAfterCommand();
    // Undoes a quarantine whose check failed; the reply's words, also logged.
    QString rollBack(const std::optional<QuarantineRecord> &before, const QString &why);

    const AgentConfig m_config;
    const AgentStatus m_base;
    const ServiceControl m_services;
    // debsecan runs only in the status cache's worker, never in the thread serving requests.
    mutable CveSource m_cves;
    QThread *const m_requestThread;
    std::unique_ptr<StatusCache> m_cache;
    qintptr m_listeningSocket = -1;
    QString m_restoreProblem; // why the kept quarantine could not be re-applied at start
};
