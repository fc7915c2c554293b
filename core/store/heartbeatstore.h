#pragma once

#include "common/result.h"
#include "store/database.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <memory>

// The agents of this server and their heartbeat state (table agent_heartbeats, schema 6;
// docs/watch.md, "Which agents"). Runs on the thread of its Database.
class HeartbeatStore
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatStore)

public:
    // The agents a heartbeat round asks, with the state the last round left them in.
    struct Roster
    {
        QVector<AgentHeartbeat> agents; // by name, then address
        QStringList dropped; // stored agents that are no longer this server's
    };

    explicit HeartbeatStore(std::shared_ptr<Database> database);

    // Every endpoint the last completed query classified Managed by this server, plus those
    // moved here since (a `move` whose outcome was done, audited after that query ended), plus
    // the agents already watched that the last query did not see answering as another's. An
    // agent that stops answering stays watched (it turns Offline, then Missing); one the last
    // query found managed by another server or without a client, and not moved here since, is
    // dropped.
    Result<Roster> roster() const;
    // The stored agents, by name then address.
    Result<QVector<AgentHeartbeat>> agents() const;
    // The health indicators each agent reported at its last heartbeat with a full report, by
    // address (schema 8).
    Result<QHash<QString, AgentHealthRecord>> lastHealth() const;
    // One round's result in one transaction: the agents' states, the dropped agents removed (and
    // their last health), the events appended, the health of the agents that reported it.
    Result<Done> saveRound(const QVector<AgentHeartbeat> &agents, const QStringList &dropped,
                           const QVector<ComputerEvent> &events,
                           const QVector<AgentHealthRecord> &health = {}) const;

private:
    std::shared_ptr<Database> m_database;
};
