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

    // Sends `command` with a fresh request id (unless it carries one). A command with an
    // issuer gets its agent certificate issued once TLS shows the agent's key.
    void start(const QHostAddress &address, quint16 port, const AgentCommand &command);

    // The outcome an agent's reply to `command` means; exposed for tests of odd replies. A
    // reply that does not name the command and its request id is refused as a protocol error:
    // a `done` is only believed for the request it answers. Agent text in the outcome is
    // printable (AgentText).
    static CommandOutcome outcomeOf(const AgentExchange::Outcome &result,
                                    const AgentCommand &command);

signals:
    void finished(const CommandOutcome &outcome);

private:
    AgentExchange m_exchange;
    AgentCommand m_command;
};

// The report of one agent: reads its status. An agent gives its full health report only over
// a session whose client certificate its server's CA issued (docs/security.md, "Status"):
// without `console`, or with another server's, the outcome is ProtocolError, saying so.
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
    explicit AgentStatusReader(std::optional<AgentTls::Credentials> console,
                               int timeoutMs = AgentExchange::defaultTimeoutMs,
                               QObject *parent = nullptr);

    void start(const QHostAddress &address, quint16 port);

signals:
    void finished(const StatusOutcome &outcome);

private:
    AgentExchange m_exchange;
};
