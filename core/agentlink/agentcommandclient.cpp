#include "agentlink/agentcommandclient.h"

#include "agentlink/agenttext.h"
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
            [this](const AgentExchange::Outcome &result) {
                emit finished(outcomeOf(result, m_command));
            });
}

void AgentCommandClient::start(const QHostAddress &address, quint16 port,
                               const AgentCommand &command)
{
    m_command = command;
    if (m_command.requestId.isEmpty())
        m_command.requestId = AgentCommand::newRequestId();
    const QString target = address.toString();
    m_exchange.start(
        address, port, [command = m_command, target](const QSslCertificate &presented) {
            const Result<AgentCommand> issued = command.withAgentCertificate(presented, target);
            if (!issued)
                return Result<QJsonObject>::failure(issued.error());
            return Result<QJsonObject>(issued->toMessage());
        });
}

CommandOutcome AgentCommandClient::outcomeOf(const AgentExchange::Outcome &result,
                                             const AgentCommand &command)
{
    if (result.ending != AgentExchange::Ending::Replied)
        return { kindOfTransport(result.ending), AgentText::printable(result.reason) };
    const QJsonObject reply = AgentText::printable(result.reply);
    const QString type = reply.value(QStringLiteral("type")).toString();
    const QString id = reply.value(QStringLiteral("id")).toString();
    if (type != MessageType::done && type != MessageType::error)
        return { CommandOutcome::Kind::ProtocolError,
                 tr("expected \"done\" or \"error\", got \"%1\"").arg(type) };
    if (id != command.requestId)
        return { CommandOutcome::Kind::ProtocolError,
                 id.isEmpty()
                     ? tr("the answer carries no request id (an agent older than request "
                          "ids, or not an osmgmt agent): not believed")
                     : tr("the answer is for another request (id %1): not believed").arg(id) };
    if (type == MessageType::error)
        return errorOutcome(reply);
    const QString answered = reply.value(QStringLiteral("command")).toString();
    if (answered != command.type())
        return {
            CommandOutcome::Kind::ProtocolError,
            tr("the answer is for \"%1\", not \"%2\": not believed").arg(answered, command.type())
        };
    return { CommandOutcome::Kind::Done, reply.value(QStringLiteral("detail")).toString() };
}

AgentStatusReader::AgentStatusReader(std::optional<AgentTls::Credentials> console, int timeoutMs,
                                     QObject *parent)
    : QObject(parent)
    , m_exchange(std::move(console), timeoutMs, this)
{
    qRegisterMetaType<StatusOutcome>();
    connect(&m_exchange, &AgentExchange::finished, this,
            [this](const AgentExchange::Outcome &result) {
                StatusOutcome outcome;
                if (result.ending != AgentExchange::Ending::Replied) {
                    outcome.kind = kindOfTransport(result.ending);
                    outcome.detail = AgentText::printable(result.reason);
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
