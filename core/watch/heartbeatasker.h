#pragma once

#include "agentlink/agenttls.h"
#include "store/heartbeatrecord.h"
#include "watch/heartbeatstate.h"

#include <QObject>
#include <QVector>

#include <optional>

class AgentExchange;

// Asks agents for `status` over their TLS link (docs/agent-protocol.md, "status"), at most
// `parallel` at a time, each within `timeoutMs`, on the thread it lives in (which needs an event
// loop and is never blocked). An agent that replies with a status message answered the
// heartbeat: with the console's certificate the reply carries its health report, without it (no
// keychain on a headless machine) the reduced one, which still proves the agent is up.
class HeartbeatAsker : public QObject
{
    Q_OBJECT
public:
    HeartbeatAsker(QVector<AgentHeartbeat> agents, std::optional<AgentTls::Credentials> console,
                   int timeoutMs, int parallel, QObject *parent = nullptr);

    void start();
    // Starts no further heartbeat and drops those in flight; finished() follows.
    void cancel();

    // Per agent, in order: its answer, or nullopt when it was not asked (cancelled).
    const QVector<std::optional<HeartbeatAnswer>> &answers() const { return m_answers; }

signals:
    void finished();

private:
    // Starts heartbeats until `parallel` are in flight, or says finished() when none is left.
    void fill();
    void startNext();
    void record(int index, HeartbeatAnswer answer);
    void finishIfDone();

    QVector<AgentHeartbeat> m_agents;
    std::optional<AgentTls::Credentials> m_console;
    int m_timeoutMs;
    int m_parallel;
    QVector<std::optional<HeartbeatAnswer>> m_answers;
    int m_next = 0;
    int m_running = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
