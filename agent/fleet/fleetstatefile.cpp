#include "fleet/fleetstatefile.h"

#include "agentlink/agenttls.h"
#include "agentstate.h"
#include "fleet/fleetplayer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslKey>

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
    const QString previous = saved.value(QStringLiteral("previousCa")).toString();
    agent.previousCa.reset();
    if (!previous.isEmpty()) {
        const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(previous.toLatin1());
        if (!ca)
            return QStringLiteral("previousCa: ") + ca.error();
        agent.previousCa = *ca;
    }
    const QString certificate = saved.value(QStringLiteral("certificate")).toString();
    agent.certificate.reset();
    if (!certificate.isEmpty()) {
        const QSslCertificate parsed(certificate.toLatin1(), QSsl::Pem);
        if (parsed.isNull())
            return tr("certificate: not a PEM certificate");
        agent.certificate = parsed;
    }
    agent.status.quarantined = saved.value(QStringLiteral("quarantined")).toBool();
    // By whom and since when (issue 14); state files older than this key have none.
    if (saved.contains(QStringLiteral("quarantine"))) {
        Result<QuarantineState> quarantine = QuarantineState::fromJson(
            saved.value(QStringLiteral("quarantine")), QStringLiteral("quarantine"));
        if (!quarantine)
            return quarantine.error();
        agent.status.quarantine = std::move(quarantine).value();
    }
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
    QJsonObject object {
        { QStringLiteral("server"), state.identity().server },
        { QStringLiteral("ca"),
          state.pinnedCa() ? QString::fromLatin1(state.pinnedCa()->toPem()) : QString() },
        { QStringLiteral("previousCa"),
          state.previousCa() ? QString::fromLatin1(state.previousCa()->toPem()) : QString() },
        { QStringLiteral("certificate"),
          state.agentCertificate() ? QString::fromLatin1(state.agentCertificate()->toPem())
                                   : QString() },
        { QStringLiteral("quarantined"), state.status().quarantined },
        { QStringLiteral("services"), services },
    };
    if (state.status().quarantine)
        object.insert(QStringLiteral("quarantine"), state.status().quarantine->toJson());
    return object;
}

QJsonObject readRoot(const QString &path, QString &fault)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fault = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        fault = tr("%1: not valid JSON at offset %2: %3")
                    .arg(path)
                    .arg(error.offset)
                    .arg(error.errorString());
    else if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        fault = tr("%1: not a fleet state of version %2").arg(path).arg(formatVersion);
    return root;
}

} // namespace

Result<int> FleetStateFile::applyTo(Fleet &fleet) const
{
    if (!QFile::exists(m_path))
        return 0;
    QString unreadable;
    const QJsonObject root = readRoot(m_path, unreadable);
    if (!unreadable.isEmpty())
        return Result<int>::failure(unreadable);
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

Result<std::optional<AgentTls::Credentials>> FleetStateFile::savedCredentials() const
{
    using Saved = Result<std::optional<AgentTls::Credentials>>;
    if (!QFile::exists(m_path))
        return std::optional<AgentTls::Credentials>();
    QString fault;
    const QJsonObject tls = readRoot(m_path, fault).value(QStringLiteral("tls")).toObject();
    if (!fault.isEmpty())
        return Saved::failure(fault);
    if (tls.isEmpty())
        return std::optional<AgentTls::Credentials>();
    const QSslCertificate certificate(
        tls.value(QStringLiteral("certificate")).toString().toLatin1(), QSsl::Pem);
    const QSslKey key(tls.value(QStringLiteral("key")).toString().toLatin1(), QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return Saved::failure(tr("%1: tls: not a PEM certificate and EC key").arg(m_path));
    return std::optional<AgentTls::Credentials>(AgentTls::Credentials { certificate, key });
}

Result<bool> FleetStateFile::save(const Fleet &fleet, const FleetPlayer &player) const
{
    QJsonObject agents;
    bool registered = false;
    for (const FleetEndpoint &endpoint : fleet.endpoints) {
        if (const AgentState *state = player.agentAt(endpoint.address)) {
            agents.insert(endpoint.address.toString(), agentJson(*state));
            registered = registered || state->agentCertificate().has_value();
        }
    }
    QJsonObject root { { QStringLiteral("version"), formatVersion },
                       { QStringLiteral("agents"), agents } };
    // The agent certificates are for the fleet's key: a restart needs that key again.
    if (registered && player.credentials())
        root.insert(
            QStringLiteral("tls"),
            QJsonObject { { QStringLiteral("certificate"),
                            QString::fromLatin1(player.credentials()->certificate.toPem()) },
                          { QStringLiteral("key"),
                            QString::fromLatin1(player.credentials()->key.toPem()) } });
    const QByteArray content = QJsonDocument(root).toJson();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(content) != content.size() || !file.commit())
        return Result<bool>::failure(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return true;
}
