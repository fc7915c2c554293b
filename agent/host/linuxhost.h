#pragma once

#include "host/agentconfig.h"
#include "host/servicecontrol.h"
#include "hostcontrol.h"

// The Linux host the real agent runs on (docs/agent-protocol.md, "The real agent"):
// quarantine with nftables (NftQuarantine), kept in the state directory (QuarantineRecord) and
// re-applied at start; the product's services through the service manager; the fields of
// reference 004 from the product status file.
class LinuxHost : public HostControl
{
public:
    // `base` holds what does not change while the agent runs: OS, addresses, install time,
    // the agent's own service and components.
    LinuxHost(const AgentConfig &config, AgentStatus base);

    // Re-applies a quarantine kept from before a restart. The reason when it cannot: the
    // status then says so too.
    Result<bool> restoreQuarantine();

    AgentStatus status() override;
    Result<QString> quarantine(const QHostAddress &console) override;
    Result<QString> release() override;
    Result<QString> startService(const QString &name) override;

private:
    void addProductStatus(AgentStatus &status) const;
    void addQuarantine(AgentStatus &status) const;

    AgentConfig m_config;
    AgentStatus m_base;
    ServiceControl m_services;
    QString m_restoreProblem; // why the kept quarantine could not be re-applied at start
};
