#include "fleet/fleethost.h"

#include "agentlink/agentcommand.h"
#include "agentstate.h"

#include <QCoreApplication>

FleetHost::FleetHost(AgentState *state, QHash<QString, QString> failing)
    : QObject(state)
    , m_state(state)
    , m_failing(std::move(failing))
{ }

std::optional<QString> FleetHost::failure(const QString &command) const
{
    const auto found = m_failing.constFind(command);
    if (found == m_failing.cend())
        return std::nullopt;
    return *found;
}

AgentStatus FleetHost::status()
{
    return m_state->status();
}

Result<QString> FleetHost::quarantine(const QHostAddress &console)
{
    if (const std::optional<QString> reason = failure(MessageType::quarantine))
        return Result<QString>::failure(*reason);
    return m_state->setQuarantined(true, console.toString())
        ? QCoreApplication::translate("AgentResponder", "quarantined")
        : QCoreApplication::translate("AgentResponder", "already quarantined");
}

Result<QString> FleetHost::release()
{
    if (const std::optional<QString> reason = failure(MessageType::release))
        return Result<QString>::failure(*reason);
    return m_state->setQuarantined(false)
        ? QCoreApplication::translate("AgentResponder", "released from quarantine")
        : QCoreApplication::translate("AgentResponder", "was not quarantined");
}

Result<QString> FleetHost::startService(const QString &name)
{
    if (const std::optional<QString> reason = failure(MessageType::startService))
        return Result<QString>::failure(*reason);
    const Result<bool> started = m_state->startService(name);
    if (!started)
        return Result<QString>::failure(started.error());
    return *started ? QCoreApplication::translate("AgentResponder", "%1 started").arg(name)
                    : QCoreApplication::translate("AgentResponder", "%1 was running").arg(name);
}

Result<QString> FleetHost::warnUser(const QString &message)
{
    if (const std::optional<QString> reason = failure(MessageType::warn))
        return Result<QString>::failure(*reason);
    m_state->warnUser(message);
    return QCoreApplication::translate("AgentResponder", "the user was warned");
}
