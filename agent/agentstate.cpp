#include "agentstate.h"

#include <QCoreApplication>

AgentState::AgentState(AgentIdentity identity, std::optional<QSslCertificate> pinnedCa,
                       AgentStatus status, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_pinnedCa(std::move(pinnedCa))
    , m_status(std::move(status))
{ }

void AgentState::registerWith(const QString &server, const QSslCertificate &ca)
{
    m_identity.server = server;
    m_pinnedCa = ca;
    emit registrationChanged();
}

bool AgentState::setQuarantined(bool quarantined)
{
    if (m_status.quarantined == quarantined)
        return false;
    m_status.quarantined = quarantined;
    emit quarantineChanged(quarantined);
    return true;
}

Result<bool> AgentState::startService(const QString &name)
{
    for (ServiceState &service : m_status.services) {
        if (service.name != name)
            continue;
        const bool wasStopped = !service.running;
        service.running = true;
        if (wasStopped)
            emit serviceStarted(name);
        return wasStopped;
    }
    return Result<bool>::failure(
        QCoreApplication::translate("AgentState", "no service named \"%1\"").arg(name));
}
