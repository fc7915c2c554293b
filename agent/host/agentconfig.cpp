#include "host/agentconfig.h"

#include "host/allowlist.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentConfig", text);
}

QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return key;
    }
    return {};
}

// services, serviceManager, productStatusFile; the failure naming the key, or empty.
QString parseProduct(const QJsonObject &root, const QString &baseDirectory, AgentConfig &config)
{
    const QJsonValue services = root.value(QStringLiteral("services"));
    if (!services.isUndefined() && !services.isArray())
        return QStringLiteral("services: ") + tr("must be a list");
    const QJsonArray list = services.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("services[%1]").arg(i);
        const QJsonObject entry = list.at(i).toObject();
        const QString unknown = unknownKey(
            entry,
            { QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("unit") });
        if (!unknown.isEmpty())
            return at + QLatin1Char('.') + unknown + QStringLiteral(": ") + tr("unknown key");
        ProductService service { entry.value(QStringLiteral("name")).toString(),
                                 entry.value(QStringLiteral("displayName")).toString(),
                                 entry.value(QStringLiteral("unit")).toString() };
        if (service.name.isEmpty())
            return at + QStringLiteral(".name: ") + tr("missing");
        if (service.unit.isEmpty())
            return at + QStringLiteral(".unit: ") + tr("missing");
        config.services.append(service);
    }
    const QJsonValue manager = root.value(QStringLiteral("serviceManager"));
    if (!manager.isUndefined()) {
        if (manager.toString().isEmpty())
            return QStringLiteral("serviceManager: ") + tr("must name a program");
        // A bare name is looked up in PATH, as systemctl is; a path is taken from the
        // configuration's folder.
        config.serviceManager = manager.toString().contains(QLatin1Char('/'))
            ? QDir(baseDirectory).absoluteFilePath(manager.toString())
            : manager.toString();
    }
    for (const auto &[key, file] : { std::pair { "productStatusFile", &config.productStatusFile },
                                     std::pair { "virusLogFile", &config.virusLogFile },
                                     std::pair { "webLogFile", &config.webLogFile } }) {
        const QString path = root.value(QLatin1String(key)).toString();
        if (!path.isEmpty())
            *file = QDir(baseDirectory).absoluteFilePath(path);
    }
    return {};
}

// One limit: a whole number of connections, or seconds (fractions allowed) as milliseconds.
QString parseLimit(const QJsonObject &limits, const QString &key, double scale, int &value)
{
    const QJsonValue given = limits.value(key);
    if (given.isUndefined())
        return {};
    const double number = given.toDouble(-1) * scale;
    if (number < 1 || number > 1e9 || (scale == 1 && number != double(int(number))))
        return QStringLiteral("limits.") + key + QStringLiteral(": ")
            + (scale == 1 ? tr("must be a whole number from 1") : tr("must be a positive number"));
    value = int(number);
    return {};
}

// limits: the failure naming the key, or empty.
QString parseLimits(const QJsonObject &root, ConnectionLimits &limits)
{
    const QJsonValue value = root.value(QStringLiteral("limits"));
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return QStringLiteral("limits: ") + tr("must be an object");
    const QJsonObject object = value.toObject();
    const QString unknown
        = unknownKey(object,
                     { QStringLiteral("connections"), QStringLiteral("connectionsPerPeer"),
                       QStringLiteral("idleSeconds"), QStringLiteral("lifetimeSeconds"),
                       QStringLiteral("statusRefreshSeconds") });
    if (!unknown.isEmpty())
        return QStringLiteral("limits.") + unknown + QStringLiteral(": ") + tr("unknown key");
    for (const QString &failure :
         { parseLimit(object, QStringLiteral("connections"), 1, limits.connections),
           parseLimit(object, QStringLiteral("connectionsPerPeer"), 1, limits.connectionsPerPeer),
           parseLimit(object, QStringLiteral("idleSeconds"), 1000, limits.idleMs),
           parseLimit(object, QStringLiteral("lifetimeSeconds"), 1000, limits.lifetimeMs),
           parseLimit(object, QStringLiteral("statusRefreshSeconds"), 1000,
                      limits.statusRefreshMs) }) {
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}

// quarantine: the failure naming the key, or empty.
QString parseQuarantine(const QJsonObject &root, QStringList &allow)
{
    const QJsonValue value = root.value(QStringLiteral("quarantine"));
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return QStringLiteral("quarantine: ") + tr("must be an object");
    const QJsonObject object = value.toObject();
    const QString unknown = unknownKey(object, { QStringLiteral("allow") });
    if (!unknown.isEmpty())
        return QStringLiteral("quarantine.") + unknown + QStringLiteral(": ") + tr("unknown key");
    const QJsonValue list = object.value(QStringLiteral("allow"));
    if (!list.isUndefined() && !list.isArray())
        return QStringLiteral("quarantine.allow: ") + tr("must be a list");
    const QJsonArray entries = list.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).toString();
        if (!AllowList::isValidEntry(entry))
            return QStringLiteral("quarantine.allow[%1]: ").arg(i)
                + tr("must be an IP address or a host name");
        allow.append(entry);
    }
    return {};
}

} // namespace

Result<AgentConfig> parseAgentConfig(const QByteArray &json, const QString &baseDirectory)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Result<AgentConfig>::failure(
            tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    QString unknown
        = unknownKey(root,
                     { QStringLiteral("listen"), QStringLiteral("stateDirectory"),
                       QStringLiteral("registration"), QStringLiteral("services"),
                       QStringLiteral("serviceManager"), QStringLiteral("productStatusFile"),
                       QStringLiteral("virusLogFile"), QStringLiteral("webLogFile"),
                       QStringLiteral("limits"), QStringLiteral("quarantine") });
    if (!unknown.isEmpty())
        return failureAt<AgentConfig>(unknown, tr("unknown key"));
    AgentConfig config;
    const QJsonObject listen = root.value(QStringLiteral("listen")).toObject();
    if (!config.address.setAddress(listen.value(QStringLiteral("address")).toString()))
        return failureAt<AgentConfig>(QStringLiteral("listen.address"),
                                      tr("missing or not an IP address"));
    const double port = listen.value(QStringLiteral("port")).toDouble(-1);
    if (port < 1 || port > 65535 || port != double(int(port)))
        return failureAt<AgentConfig>(QStringLiteral("listen.port"),
                                      tr("missing or not a port (1-65535)"));
    config.port = quint16(port);
    config.stateDirectory = root.value(QStringLiteral("stateDirectory")).toString();
    if (config.stateDirectory.isEmpty())
        return failureAt<AgentConfig>(QStringLiteral("stateDirectory"), tr("missing"));
    config.stateDirectory = QDir(baseDirectory).absoluteFilePath(config.stateDirectory);
    const QJsonObject registration = root.value(QStringLiteral("registration")).toObject();
    unknown = unknownKey(
        registration, { QStringLiteral("server"), QStringLiteral("domain"), QStringLiteral("ca") });
    if (!unknown.isEmpty())
        return failureAt<AgentConfig>(QStringLiteral("registration.") + unknown, tr("unknown key"));
    config.server = registration.value(QStringLiteral("server")).toString();
    if (config.server.isEmpty())
        return failureAt<AgentConfig>(QStringLiteral("registration.server"), tr("missing"));
    config.domain = registration.value(QStringLiteral("domain")).toString();
    const QString ca = registration.value(QStringLiteral("ca")).toString();
    if (!ca.isEmpty())
        config.caFile = QDir(baseDirectory).absoluteFilePath(ca);
    QString failure = parseProduct(root, baseDirectory, config);
    if (failure.isEmpty())
        failure = parseLimits(root, config.limits);
    if (failure.isEmpty())
        failure = parseQuarantine(root, config.quarantineAllow);
    if (!failure.isEmpty())
        return Result<AgentConfig>::failure(failure);
    return config;
}
