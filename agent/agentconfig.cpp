#include "agentconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentConfig", text);
}

Result<AgentConfig> failAt(const QString &path, const QString &problem)
{
    return Result<AgentConfig>::failure(path + QStringLiteral(": ") + problem);
}

QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return key;
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
    QString unknown = unknownKey(root,
                                 { QStringLiteral("listen"), QStringLiteral("stateDirectory"),
                                   QStringLiteral("registration") });
    if (!unknown.isEmpty())
        return failAt(unknown, tr("unknown key"));
    AgentConfig config;
    const QJsonObject listen = root.value(QStringLiteral("listen")).toObject();
    if (!config.address.setAddress(listen.value(QStringLiteral("address")).toString()))
        return failAt(QStringLiteral("listen.address"), tr("missing or not an IP address"));
    const double port = listen.value(QStringLiteral("port")).toDouble(-1);
    if (port < 1 || port > 65535 || port != double(int(port)))
        return failAt(QStringLiteral("listen.port"), tr("missing or not a port (1-65535)"));
    config.port = quint16(port);
    config.stateDirectory = root.value(QStringLiteral("stateDirectory")).toString();
    if (config.stateDirectory.isEmpty())
        return failAt(QStringLiteral("stateDirectory"), tr("missing"));
    config.stateDirectory = QDir(baseDirectory).absoluteFilePath(config.stateDirectory);
    const QJsonObject registration = root.value(QStringLiteral("registration")).toObject();
    unknown = unknownKey(
        registration, { QStringLiteral("server"), QStringLiteral("domain"), QStringLiteral("ca") });
    if (!unknown.isEmpty())
        return failAt(QStringLiteral("registration.") + unknown, tr("unknown key"));
    config.server = registration.value(QStringLiteral("server")).toString();
    if (config.server.isEmpty())
        return failAt(QStringLiteral("registration.server"), tr("missing"));
    config.domain = registration.value(QStringLiteral("domain")).toString();
    const QString ca = registration.value(QStringLiteral("ca")).toString();
    if (!ca.isEmpty())
        config.caFile = QDir(baseDirectory).absoluteFilePath(ca);
    return config;
}
