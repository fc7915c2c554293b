#pragma once

#include "agentlink/agenttls.h"
#include "store/heartbeatrecord.h"
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
    HeartbeatSettings settings;
    // Each heartbeat's time limit: the query's connect and handshake timeouts together.
    int timeoutMs = 3000;
    int parallel = 256; // heartbeats in flight at once
    // The client certificate a heartbeat presents, so that the agent gives its health report;
    // asked once per round on the watcher's thread. Empty: none (the agent's reduced answer
    // still counts as an answer).
    std::function<std::optional<AgentTls::Credentials>()> console;
};

// The heartbeats as a duty of the watcher (docs/watch.md, "Heartbeats"). A round reads the
// agents of this server from the store (HeartbeatStore::roster()), asks each for `status` on
// the watcher's thread (never the GUI's), applies the state machine (HeartbeatStateMachine) at
// the Clock's time of the round, and writes the states and the events in one transaction.
// Runs the same in `osmgmt-cli watch` and in the console's watcher.
class HeartbeatDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatDuty)

public:
    explicit HeartbeatDuty(HeartbeatJob job);

    QString name() const override { return QStringLiteral("heartbeat"); }
    std::chrono::seconds interval() const override { return m_job.settings.interval; }
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
    void cancel() override;

    // Applies a round's answers at `now` (Clock) to `agents`: the events of their transitions.
    // Agents without an answer (a cancelled round) are left as they were.
    static QVector<ComputerEvent>
    applyAnswers(QVector<AgentHeartbeat> &agents,
                 const QVector<std::optional<HeartbeatAnswer>> &answers, const QDateTime &now,
                 const HeartbeatSettings &settings);

private:
    QVector<std::optional<HeartbeatAnswer>> ask(const QVector<AgentHeartbeat> &agents);

    HeartbeatJob m_job;
    std::atomic<bool> m_cancelled { false };
    std::mutex m_askerMutex;
    QPointer<HeartbeatAsker> m_asker; // under m_askerMutex: the round asking now
};
