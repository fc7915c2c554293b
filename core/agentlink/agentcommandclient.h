#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agentexchange.h"

#include <QObject>

// What became of one command sent to one agent: what the console reports per computer
// (issue 4: done, refused and why, unreachable).
struct CommandOutcome
{
    enum class Kind {
        Done, // the agent did it; `detail` says what it did
        Refused, // the agent refused the console's certificate; `detail` says why
        Failed, // the agent understood but could not do it (no such service, invalid CA)
        Unreachable, // no connection to the agent
        ProtocolError, // connected, but the conversation failed (TLS, malformed, no answer)
    };
    Kind kind = Kind::Unreachable;
    QString detail;
};
Q_DECLARE_METATYPE(CommandOutcome)

// Sends one command to one agent over mutual TLS, presenting this console's client
// certificate (issued by its CA; docs/agent-protocol.md, "Commands"). Asynchronous and
// thread-friendly: create it in (or move it to) the worker thread that runs it; finished()
// follows start() exactly once. One command per object.
class AgentCommandClient : public QObject
{
    Q_OBJECT
public:
    explicit AgentCommandClient(std::optional<AgentTls::Credentials> console,
                                int timeoutMs = AgentExchange::defaultTimeoutMs,
                                QObject *parent = nullptr);

    void start(const QHostAddress &address, quint16 port, const AgentCommand &command);

    // The outcome an agent's reply to `command` means; exposed for tests of odd replies.
    static CommandOutcome outcomeOf(const AgentExchange::Outcome &result);

signals:
    void finished(const CommandOutcome &outcome);

private:
    AgentExchange m_exchange;
};

// The report of one agent: reads its status (no client certificate needed).
struct StatusOutcome
{
    CommandOutcome::Kind kind = CommandOutcome::Kind::Unreachable; // Done, Refused, ...
    AgentReport report; // when Done
    QString detail; // why not, otherwise
};
Q_DECLARE_METATYPE(StatusOutcome)

class AgentStatusReader : public QObject
{
    Q_OBJECT
public:
    explicit AgentStatusReader(int timeoutMs = AgentExchange::defaultTimeoutMs,
                               QObject *parent = nullptr);

    void start(const QHostAddress &address, quint16 port);

signals:
    void finished(const StatusOutcome &outcome);

private:
    AgentExchange m_exchange;
};
