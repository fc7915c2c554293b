#pragma once

#include "agentlink/agenttls.h"
#include "store/heartbeatrecord.h"
#include "watch/heartbeatpolicy.h"
#include "watch/heartbeatstate.h"
#include "watch/watchduty.h"

#include <QCoreApplication>
#include <QPointer>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

class HeartbeatAsker;

// What a heartbeat round needs beyond the store.
struct HeartbeatJob
{
    // `osmgmt-cli watch --once`: every agent is asked at each round, whatever its interval, so
    // that two runs count two heartbeats (docs/watch.md, "What runs").
    bool everyAgentEachRound = false;
    // Each heartbeat's time limit: the query's connect and handshake timeouts together.
    int timeoutMs = 3000;
    int parallel = 256; // heartbeats in flight at once
    // The client certificate a heartbeat presents, so that the agent gives its health report;
    // asked once per round on the watcher's thread. Empty: none (the agent's reduced answer
    // still counts as an answer).
    std::function<std::optional<AgentTls::Credentials>()> console;
};

// The heartbeats as a duty of the watcher (docs/watch.md, "Heartbeats"). A round reads the
// heartbeat settings and the agents of this server from the store (HeartbeatPolicyStore,
// HeartbeatStore::roster()), asks those whose group's interval has passed for `status` on the
// watcher's thread (never the GUI's), applies the state machine (HeartbeatStateMachine) with
// each agent's settings at the Clock's time of the round, turns the health reports into
// needs-attention events (HealthTurns), and writes the states and the events in one
// transaction. Runs the same in `osmgmt-cli watch` and in the console's watcher. The duty runs
// as often as the shortest interval of the settings, read again at every cycle, so a change
// applies without restarting the watcher.
class HeartbeatDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatDuty)

public:
    explicit HeartbeatDuty(HeartbeatJob job);

    QString name() const override { return QStringLiteral("heartbeat"); }
    std::chrono::seconds interval() const override;
    void refresh(const std::shared_ptr<Database> &store) override;
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
    void cancel() override;

    // Applies a round's answers at `now` (Clock) to `agents`: the events of their transitions.
    // Agents without an answer (a cancelled round, or not due) are left as they were.
    static QVector<ComputerEvent>
    applyAnswers(QVector<AgentHeartbeat> &agents,
                 const QVector<std::optional<HeartbeatAnswer>> &answers, const QDateTime &now,
                 const HeartbeatPolicy &policy);
    // Whether `agent` is asked at a round at `now`: never asked yet, its interval (less half of
    // the duty's, for the rounds' own lateness) passed since it was, or a clock set back.
    static bool isDue(const AgentHeartbeat &agent, const QDateTime &now,
                      const HeartbeatPolicy &policy);

private:
    QVector<std::optional<HeartbeatAnswer>> ask(const QVector<AgentHeartbeat> &agents);
    // The needs-attention events of the answers' health reports; `health` gets what to keep.
    static QString healthEvents(const std::shared_ptr<Database> &store,
                                const QVector<AgentHeartbeat> &agents,
                                const QVector<std::optional<HeartbeatAnswer>> &answers,
                                const QDateTime &now, QVector<ComputerEvent> &events,
                                QVector<AgentHealthRecord> &health);

    static QString summary(const QVector<AgentHeartbeat> &agents,
                           const QVector<std::optional<HeartbeatAnswer>> &answers, int due,
                           int events, int inSeveralGroups, const QString &healthError);

    HeartbeatJob m_job;
    mutable std::mutex m_policyMutex;
    HeartbeatPolicy m_policy; // under m_policyMutex: as last read from the store
    std::atomic<bool> m_cancelled { false };
    std::mutex m_askerMutex;
    QPointer<HeartbeatAsker> m_asker; // under m_askerMutex: the round asking now
};
