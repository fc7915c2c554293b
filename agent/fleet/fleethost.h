#pragma once

#include "hostcontrol.h"

#include <QHash>
#include <QObject>
#include <QString>

class AgentState;

// A fleet agent that cannot carry out some commands (docs/fleet-format.md, "failCommands"): it
// plays the others in its AgentState as every fleet agent does, and answers these with the
// reason the fleet file gives, as a real agent whose nftables or service manager failed would.
// So the console's handling of an agent that refuses a quarantine (the automatic response's
// `auto-response-failed`) is tested over the real protocol. Lives as long as its AgentState.
class FleetHost : public QObject, public HostControl
{
    Q_OBJECT

public:
    // `failing`: command type ("quarantine", "release", "start-service", "warn") -> the reason
    // given.
    FleetHost(AgentState *state, QHash<QString, QString> failing);

    AgentStatus status() override;
    Result<QString> quarantine(const QHostAddress &console) override;
    Result<QString> release() override;
    Result<QString> startService(const QString &name) override;
    Result<QString> warnUser(const QString &message) override;

private:
    std::optional<QString> failure(const QString &command) const;

    AgentState *m_state;
    QHash<QString, QString> m_failing;
};
