#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "commands/commandtarget.h"
#include "quarantine/policyevaluation.h"
#include "store/heartbeatrecord.h"
#include "store/storeconnection.h"
#include "watch/watchduty.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

class CommandRun;

// What a policy round needs beyond the store.
struct PolicyJob
{
    // Where the commands' audit entries go: CommandRun appends them on its own thread, which
    // opens its own connection.
    StoreConnection store;
    // The client certificate the commands present (this server's console); asked once per
    // round that sends anything. None: nothing can be sent, and the round says so.
    std::function<std::optional<AgentTls::Credentials>()> console;
    int timeoutMs = 10000; // each agent's command or status request
    int parallel = 32; // agents talked to at once
};

// The CVE compliance policies as a duty of the watcher (docs/policies.md, "The watcher's
// round"): each round evaluates every policy over this server's agents (PolicyEvaluation) with
// the facts already in the store (the last heartbeat's or query's report; an agent targeted by
// a policy of which neither stored a report is asked), then, through the action layer (CommandRun:
// intent and outcome audited, "policy NAME" in the entry), warns the users of computers that
// turned pending (once per policy), quarantines those whose grace period ended and releases those
// no policy requires any more; an event says each change (policy-pending, policy-quarantined,
// policy-released). A command that fails leaves the standing so that the next round tries
// again. Standings and events are written in one transaction.
class PolicyDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDuty)

public:
    explicit PolicyDuty(PolicyJob job);

    QString name() const override { return QStringLiteral("quarantine-policies"); }
    std::chrono::seconds interval() const override { return std::chrono::seconds(60); }
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
    void cancel() override;

    // The text the user of `standing`'s computer reads: the policy's message (or a default),
    // then the CVEs it misses and when the quarantine comes.
    static QString warningText(const QuarantinePolicy &policy, const PolicyStanding &standing);

private:
    struct Round;
    // Facts of the targeted agents of which no report is stored at all, asked now.
    void askUnknown(const QVector<QuarantinePolicy> &policies, QVector<ComputerFacts> &facts);
    void warnUsers(Round &round, const QVector<QuarantinePolicy> &policies);
    void quarantineOrRelease(Round &round, PolicyVerdict::Action action);
    // `command` to `targets` through CommandRun, waiting on this thread; outcomes by address.
    QHash<QString, TargetOutcome> send(Round &round, const AgentCommand &command,
                                       const QVector<CommandTarget> &targets, const QString &note);

    PolicyJob m_job;
    std::optional<AgentTls::Credentials> m_credentials; // for the round running now
    std::atomic<bool> m_cancelled { false };
    std::mutex m_runMutex;
    QPointer<CommandRun> m_run; // under m_runMutex: the command being sent now
    QPointer<QObject> m_asker; // under m_runMutex: the status requests in flight
};
