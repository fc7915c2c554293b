#include "agentlink/agentcommandclient.h"

#include "agentlink/handshake.h"

#include <QCoreApplication>

namespace {
CommandOutcome::Kind kindOfTransport(AgentExchange::Ending ending)
{
    return ending == AgentExchange::Ending::Unreachable ? CommandOutcome::Kind::Unreachable
                                                        : CommandOutcome::Kind::ProtocolError;
}

// An `error` reply: refused (who asks) or failed (what was asked).
CommandOutcome errorOutcome(const QJsonObject &reply)
{
    const QString reason = reply.value(QStringLiteral("reason")).toString();
    const QString code = reply.value(QStringLiteral("code")).toString();
    // Anything but a refusal is about the command: invalid, failed, or an agent older than the
    // commands that answers "unknown request" (no code). It cannot be done there, as asked.
    return { code == ErrorCode::refused ? CommandOutcome::Kind::Refused
                                        : CommandOutcome::Kind::Failed,
             reason };
}
} // namespace

AgentCommandClient::AgentCommandClient(std::optional<AgentTls::Credentials> console, int timeoutMs,
                                       QObject *parent)
    : QObject(parent)
    , m_exchange(std::move(console), timeoutMs, this)
{
    qRegisterMetaType<CommandOutcome>();
    connect(&m_exchange, &AgentExchange::finished, this,
            [this](const AgentExchange::Outcome &result) { emit finished(outcomeOf(result)); });
}

void AgentCommandClient::start(const QHostAddress &address, quint16 port,
                               const AgentCommand &command)
{
    m_exchange.start(address, port, command.toMessage());
}

CommandOutcome AgentCommandClient::outcomeOf(const AgentExchange::Outcome &result)
{
    if (result.ending != AgentExchange::Ending::Replied)
        return { kindOfTransport(result.ending), result.reason };
    const QString type = result.reply.value(QStringLiteral("type")).toString();
    if (type == MessageType::done)
        return { CommandOutcome::Kind::Done,
                 result.reply.value(QStringLiteral("detail")).toString() };
    if (type == MessageType::error)
        return errorOutcome(result.reply);
    return { CommandOutcome::Kind::ProtocolError,
             tr("expected \"done\" or \"error\", got \"%1\"").arg(type) };
}

AgentStatusReader::AgentStatusReader(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_exchange(std::nullopt, timeoutMs, this)
{
    qRegisterMetaType<StatusOutcome>();
    connect(&m_exchange, &AgentExchange::finished, this,
            [this](const AgentExchange::Outcome &result) {
                StatusOutcome outcome;
                if (result.ending != AgentExchange::Ending::Replied) {
                    outcome.kind = kindOfTransport(result.ending);
                    outcome.detail = result.reason;
                } else if (const Result<AgentReport> report = reportFromMessage(result.reply)) {
                    outcome.kind = CommandOutcome::Kind::Done;
                    outcome.report = report.value();
                } else {
                    outcome.kind = CommandOutcome::Kind::ProtocolError;
                    outcome.detail = report.error();
                }
                emit finished(outcome);
            });
}

void AgentStatusReader::start(const QHostAddress &address, quint16 port)
{
    m_exchange.start(address, port, statusRequest());
}
