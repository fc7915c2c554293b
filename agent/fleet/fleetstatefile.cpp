#include "fleet/fleetstatefile.h"

#include "agentlink/agenttls.h"
#include "agentstate.h"
#include "fleet/fleetplayer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr int formatVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("FleetStateFile", text);
}

// One agent's saved state onto its fleet entry; the fault in words, or empty.
QString applyAgent(const QJsonObject &saved, FleetAgent &agent)
{
    const QString server = saved.value(QStringLiteral("server")).toString();
    if (server.isEmpty())
        return tr("no server");
    agent.identity.server = server;
    const QString pem = saved.value(QStringLiteral("ca")).toString();
    agent.ca.reset();
    if (!pem.isEmpty()) {
        const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(pem.toLatin1());
        if (!ca)
            return QStringLiteral("ca: ") + ca.error();
        agent.ca = *ca;
    }
    agent.status.quarantined = saved.value(QStringLiteral("quarantined")).toBool();
    const QJsonObject services = saved.value(QStringLiteral("services")).toObject();
    for (ServiceState &service : agent.status.services) {
        if (services.contains(service.name))
            service.running = services.value(service.name).toString() == QLatin1String("running");
    }
    return {};
}

QJsonObject agentJson(const AgentState &state)
{
    QJsonObject services;
    for (const ServiceState &service : state.status().services)
        services.insert(service.name,
                        service.running ? QStringLiteral("running") : QStringLiteral("stopped"));
    return QJsonObject {
        { QStringLiteral("server"), state.identity().server },
        { QStringLiteral("ca"),
          state.pinnedCa() ? QString::fromLatin1(state.pinnedCa()->toPem()) : QString() },
        { QStringLiteral("quarantined"), state.status().quarantined },
        { QStringLiteral("services"), services },
    };
}

} // namespace

Result<int> FleetStateFile::applyTo(Fleet &fleet) const
{
    QFile file(m_path);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(tr("cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return Result<int>::failure(tr("%1: not valid JSON at offset %2: %3")
                                        .arg(m_path)
                                        .arg(error.offset)
                                        .arg(error.errorString()));
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return Result<int>::failure(
            tr("%1: not a fleet state of version %2").arg(m_path).arg(formatVersion));
    const QJsonObject agents = root.value(QStringLiteral("agents")).toObject();
    int changed = 0;
    for (FleetEndpoint &endpoint : fleet.endpoints) {
        const QString key = endpoint.address.toString();
        if (!endpoint.agent || !agents.contains(key))
            continue;
        const QString fault = applyAgent(agents.value(key).toObject(), *endpoint.agent);
        if (!fault.isEmpty())
            return Result<int>::failure(tr("%1: agents.%2: %3").arg(m_path, key, fault));
        ++changed;
    }
    return changed;
}

Result<bool> FleetStateFile::save(const Fleet &fleet, const FleetPlayer &player) const
{
    QJsonObject agents;
    for (const FleetEndpoint &endpoint : fleet.endpoints) {
        if (const AgentState *state = player.agentAt(endpoint.address))
            agents.insert(endpoint.address.toString(), agentJson(*state));
    }
    const QByteArray content
        = QJsonDocument(QJsonObject { { QStringLiteral("version"), formatVersion },
                                      { QStringLiteral("agents"), agents } })
              .toJson();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Result<bool>::failure(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return true;
}
