#pragma once

#include "agentlink/agentcommandclient.h"
#include "agentlink/agenttls.h"
#include "commands/commandtarget.h"
#include "store/storeconnection.h"

#include <functional>
#include <optional>

// How the automatic response reaches an agent (docs/auto-response.md): a command through the
// audited command path (CommandRun: the audit log's intent before it is sent, its outcome
// after), and the status read that verifies it took effect. Both block the calling thread (the
// watcher's, never the GUI's) until the agent answered or the time limit passed.
class AutoResponseLink
{
public:
    virtual ~AutoResponseLink() = default;

    // Sends `command` to `target`; the audit entries carry `auditNote` as their detail (which
    // automatic response sent it). `auditId` gets the id of the outcome entry, 0 when none was
    // written.
    virtual TargetOutcome send(const AgentCommand &command, const CommandTarget &target,
                               const QString &auditNote, qint64 *auditId)
        = 0;
    // The agent's status as it is now, read with this console's client certificate.
    virtual StatusOutcome status(const CommandTarget &target) = 0;
    // Whether there is a client certificate to present: without one, nothing can be sent.
    virtual bool hasCredentials() = 0;
};

// The real link: CommandRun and AgentStatusReader over mutual TLS, each in an event loop of its
// own on the calling thread. The audit entries are appended on CommandRun's worker thread, on a
// connection of its own to `store`.
class AgentAutoResponseLink : public AutoResponseLink
{
public:
    using Console = std::function<std::optional<AgentTls::Credentials>()>;

    AgentAutoResponseLink(StoreConnection store, Console console, int timeoutMs);

    TargetOutcome send(const AgentCommand &command, const CommandTarget &target,
                       const QString &auditNote, qint64 *auditId) override;
    StatusOutcome status(const CommandTarget &target) override;
    bool hasCredentials() override;

private:
    std::optional<AgentTls::Credentials> credentials();

    StoreConnection m_store;
    Console m_console;
    int m_timeoutMs;
};
