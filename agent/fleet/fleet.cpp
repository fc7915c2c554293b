#include "fleet/fleet.h"

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "fleet/fleetstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace {

template<typename T> Result<T> failAt(const QString &path, const QString &problem)
{
    return Result<T>::failure(path + QStringLiteral(": ") + problem);
}

// A JSON value as the administrator wrote it, for error messages.
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// The first key of `object` that is not in `known`, so a typo ("behavior") is an error
// instead of a silently ignored setting.
QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

Result<QString> optionalString(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return failAt<QString>(
            path + QLatin1Char('.') + key,
            QCoreApplication::translate("Fleet", "%1 is not a string").arg(jsonText(value)));
    return value.toString();
}

// Dotted-quad IPv4 only: QHostAddress also takes "127.1" and "1", which in a fleet file are
// far more likely typos than intent.
Result<QHostAddress> parseAddress(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    const QString text = value.toString();
    QHostAddress address;
    const bool looksRight = text.contains(QLatin1Char(':')) || dottedQuad.match(text).hasMatch();
    if (value.isUndefined())
        return failAt<QHostAddress>(path, QCoreApplication::translate("Fleet", "missing"));
    if (!value.isString() || !looksRight || !address.setAddress(text))
        return failAt<QHostAddress>(
            path,
            QCoreApplication::translate("Fleet", "%1 is not an IP address").arg(jsonText(value)));
    return address;
}

Result<quint16> parsePort(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return failAt<quint16>(path, QCoreApplication::translate("Fleet", "missing"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 65535 || std::floor(number) != number)
        return failAt<quint16>(path,
                               QCoreApplication::translate("Fleet", "%1 is not a port (1-65535)")
                                   .arg(jsonText(value)));
    return quint16(number);
}

Result<QVector<quint16>> parseListen(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return QVector<quint16>();
    if (!value.isArray())
        return failAt<QVector<quint16>>(
            path, QCoreApplication::translate("Fleet", "not an array of ports"));
    QVector<quint16> ports;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        const Result<quint16> port = parsePort(array.at(i), itemPath);
        if (!port)
            return Result<QVector<quint16>>::failure(port.error());
        if (ports.contains(*port))
            return failAt<QVector<quint16>>(
                itemPath,
                QCoreApplication::translate("Fleet", "port %1 is listed twice").arg(*port));
        ports.append(*port);
    }
    return ports;
}

// "silentAfterSeconds": a whole number of seconds, 0 or more (0: silent from the start).
Result<std::optional<qint64>> parseSilentAfter(const QJsonObject &object, const QString &path)
{
    const QJsonValue value = object.value(QStringLiteral("silentAfterSeconds"));
    if (value.isUndefined())
        return std::optional<qint64>();
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds != double(qint64(seconds)))
        return failAt<std::optional<qint64>>(
            path + QStringLiteral(".silentAfterSeconds"),
            QCoreApplication::translate("Fleet", "%1 is not a whole number of seconds, 0 or more")
                .arg(jsonText(value)));
    return std::optional<qint64>(qint64(seconds));
}

// "failCommands": { "quarantine": "nftables is not available", ... }: the commands the agent
// answers with a failure, and the reason it gives.
Result<QHash<QString, QString>> parseFailCommands(const QJsonObject &object, const QString &path)
{
    using Parsed = Result<QHash<QString, QString>>;
    const QJsonValue value = object.value(QStringLiteral("failCommands"));
    QHash<QString, QString> failing;
    if (value.isUndefined())
        return failing;
    const QString at = path + QStringLiteral(".failCommands");
    if (!value.isObject())
        return failAt<QHash<QString, QString>>(
            at, QCoreApplication::translate("Fleet", "not an object"));
    const QJsonObject commands = value.toObject();
    for (auto it = commands.begin(); it != commands.end(); ++it) {
        const QString key = at + QLatin1Char('.') + it.key();
        if (it.key() != MessageType::quarantine && it.key() != MessageType::release
            && it.key() != MessageType::startService)
            return failAt<QHash<QString, QString>>(
                key,
                QCoreApplication::translate("Fleet",
                                            "not a command that can fail (quarantine, release, "
                                            "start-service)"));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return failAt<QHash<QString, QString>>(
                key, QCoreApplication::translate("Fleet", "not a reason (a non-empty string)"));
        failing.insert(it.key(), it.value().toString());
    }
    return Parsed(failing);
}

Result<FleetAgent> parseAgentObject(const QJsonObject &object, const QString &path)
{
    const QString unknown
        = unknownKey(object,
                     { QStringLiteral("port"), QStringLiteral("behaviour"),
                       QStringLiteral("server"), QStringLiteral("version"),
                       QStringLiteral("domain"), QStringLiteral("ca"), QStringLiteral("status"),
                       QStringLiteral("silentAfterSeconds"), QStringLiteral("failCommands") });
    if (!unknown.isEmpty())
        return failAt<FleetAgent>(path + QLatin1Char('.') + unknown,
                                  QCoreApplication::translate("Fleet", "unknown key"));
    FleetAgent agent;
    const Result<quint16> port
        = parsePort(object.value(QStringLiteral("port")), path + QStringLiteral(".port"));
    if (!port)
        return Result<FleetAgent>::failure(port.error());
    agent.port = *port;
    const QJsonValue behaviour = object.value(QStringLiteral("behaviour"));
    if (!behaviour.isUndefined()) {
        const auto parsed = agentBehaviourFromKey(behaviour.toString());
        if (!behaviour.isString() || !parsed)
            return failAt<FleetAgent>(
                path + QStringLiteral(".behaviour"),
                QCoreApplication::translate("Fleet",
                                            "%1 is not a behaviour (answer, stall, garbage, close)")
                    .arg(jsonText(behaviour)));
        agent.behaviour = *parsed;
    }
    QString *fields[] = { &agent.identity.server, &agent.identity.version, &agent.identity.domain };
    const QString keys[]
        = { QStringLiteral("server"), QStringLiteral("version"), QStringLiteral("domain") };
    for (int i = 0; i < 3; ++i) {
        const Result<QString> text = optionalString(object, keys[i], path);
        if (!text)
            return Result<FleetAgent>::failure(text.error());
        *fields[i] = *text;
    }
    Result<AgentStatus> status = parseFleetStatus(object.value(QStringLiteral("status")),
                                                  path + QStringLiteral(".status"));
    if (!status)
        return Result<FleetAgent>::failure(status.error());
    agent.status = std::move(status).value();
    const Result<qint64> skew = parseFleetClockSkew(object.value(QStringLiteral("status")),
                                                    path + QStringLiteral(".status"));
    if (!skew)
        return Result<FleetAgent>::failure(skew.error());
    agent.clockSkewSeconds = *skew;
    const Result<std::optional<qint64>> silent = parseSilentAfter(object, path);
    if (!silent)
        return Result<FleetAgent>::failure(silent.error());
    agent.silentAfterSeconds = *silent;
    Result<QHash<QString, QString>> failing = parseFailCommands(object, path);
    if (!failing)
        return Result<FleetAgent>::failure(failing.error());
    agent.failCommands = std::move(failing).value();
    return agent;
}

// A CA certificate file named in the fleet, relative to the fleet file's folder.
Result<QSslCertificate> readCa(const QJsonValue &value, const QString &path,
                               const QString &baseDirectory)
{
    if (!value.isString() || value.toString().isEmpty())
        return failAt<QSslCertificate>(path,
                                       QCoreApplication::translate("Fleet", "not a file name"));
    const QString fileName = QDir(baseDirectory).filePath(value.toString());
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failAt<QSslCertificate>(path,
                                       QCoreApplication::translate("Fleet", "cannot read %1: %2")
                                           .arg(fileName, file.errorString()));
    const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(file.readAll());
    if (!ca)
        return failAt<QSslCertificate>(path, fileName + QStringLiteral(": ") + ca.error());
    return ca;
}

// `servers`: the CA of each server that agents of the fleet may be registered to.
Result<QHash<QString, QSslCertificate>> parseServers(const QJsonValue &value,
                                                     const QString &baseDirectory)
{
    using Parsed = Result<QHash<QString, QSslCertificate>>;
    QHash<QString, QSslCertificate> servers;
    if (value.isUndefined())
        return servers;
    if (!value.isObject())
        return failAt<QHash<QString, QSslCertificate>>(
            QStringLiteral("servers"), QCoreApplication::translate("Fleet", "not an object"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = QStringLiteral("servers.") + it.key();
        const QString unknown = unknownKey(it.value().toObject(), { QStringLiteral("ca") });
        if (!it.value().isObject() || !unknown.isEmpty())
            return failAt<QHash<QString, QSslCertificate>>(
                unknown.isEmpty() ? path : path + QLatin1Char('.') + unknown,
                unknown.isEmpty() ? QCoreApplication::translate("Fleet", "not an object")
                                  : QCoreApplication::translate("Fleet", "unknown key"));
        const Result<QSslCertificate> ca = readCa(it.value().toObject().value(QStringLiteral("ca")),
                                                  path + QStringLiteral(".ca"), baseDirectory);
        if (!ca)
            return Parsed::failure(ca.error());
        servers.insert(it.key(), *ca);
    }
    return servers;
}

struct FleetContext
{
    QString baseDirectory;
    QHash<QString, QSslCertificate> servers;
};

Result<std::optional<FleetAgent>> parseAgent(const QJsonValue &value, const QString &path,
                                             const FleetEndpoint &endpoint,
                                             const FleetContext &context)
{
    using Parsed = Result<std::optional<FleetAgent>>;
    if (value.isUndefined())
        return std::optional<FleetAgent>();
    if (!value.isObject())
        return failAt<std::optional<FleetAgent>>(
            path, QCoreApplication::translate("Fleet", "not an object"));
    Result<FleetAgent> agent = parseAgentObject(value.toObject(), path);
    if (!agent)
        return Parsed::failure(agent.error());
    if (endpoint.listen.contains(agent->port))
        return failAt<std::optional<FleetAgent>>(
            path + QStringLiteral(".port"),
            QCoreApplication::translate("Fleet", "%1 port %2 is also in listen")
                .arg(endpoint.address.toString())
                .arg(agent->port));
    FleetAgent result = std::move(agent).value();
    result.identity.name = endpoint.name;
    const QJsonValue ca = value.toObject().value(QStringLiteral("ca"));
    if (!ca.isUndefined()) {
        const Result<QSslCertificate> own
            = readCa(ca, path + QStringLiteral(".ca"), context.baseDirectory);
        if (!own)
            return Parsed::failure(own.error());
        result.ca = *own;
    } else if (context.servers.contains(result.identity.server)) {
        result.ca = context.servers.value(result.identity.server);
    }
    return std::optional<FleetAgent>(std::move(result));
}

Result<FleetEndpoint> parseEndpoint(const QJsonValue &value, const QString &path,
                                    const FleetContext &context)
{
    if (!value.isObject())
        return failAt<FleetEndpoint>(path, QCoreApplication::translate("Fleet", "not an object"));
    const QJsonObject object = value.toObject();
    const QString unknown = unknownKey(object,
                                       { QStringLiteral("address"), QStringLiteral("name"),
                                         QStringLiteral("listen"), QStringLiteral("agent") });
    if (!unknown.isEmpty())
        return failAt<FleetEndpoint>(path + QLatin1Char('.') + unknown,
                                     QCoreApplication::translate("Fleet", "unknown key"));
    FleetEndpoint endpoint;
    const Result<QHostAddress> address
        = parseAddress(object.value(QStringLiteral("address")), path + QStringLiteral(".address"));
    const Result<QString> name = optionalString(object, QStringLiteral("name"), path);
    const Result<QVector<quint16>> listen
        = parseListen(object.value(QStringLiteral("listen")), path + QStringLiteral(".listen"));
    for (const QString &error : { address.error(), name.error(), listen.error() }) {
        if (!error.isEmpty())
            return Result<FleetEndpoint>::failure(error);
    }
    endpoint.address = *address;
    endpoint.name = *name;
    endpoint.listen = *listen;
    const auto agent = parseAgent(object.value(QStringLiteral("agent")),
                                  path + QStringLiteral(".agent"), endpoint, context);
    if (!agent)
        return Result<FleetEndpoint>::failure(agent.error());
    endpoint.agent = *agent;
    return endpoint;
}

Result<QJsonObject> fleetObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("Fleet", "not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("Fleet", "not a JSON object"));
    const QString unknown
        = unknownKey(document.object(), { QStringLiteral("endpoints"), QStringLiteral("servers") });
    if (!unknown.isEmpty())
        return failAt<QJsonObject>(unknown, QCoreApplication::translate("Fleet", "unknown key"));
    return document.object();
}

Result<QJsonArray> endpointArray(const QJsonObject &fleet)
{
    const QJsonValue endpoints = fleet.value(QStringLiteral("endpoints"));
    if (!endpoints.isArray())
        return failAt<QJsonArray>(QStringLiteral("endpoints"),
                                  QCoreApplication::translate("Fleet", "missing or not an array"));
    return endpoints.toArray();
}

} // namespace

QString toKey(AgentBehaviour behaviour)
{
    switch (behaviour) {
    case AgentBehaviour::Answer:
        return QStringLiteral("answer");
    case AgentBehaviour::Stall:
        return QStringLiteral("stall");
    case AgentBehaviour::Garbage:
        return QStringLiteral("garbage");
    case AgentBehaviour::Close:
        return QStringLiteral("close");
    }
    return {};
}

std::optional<AgentBehaviour> agentBehaviourFromKey(const QString &key)
{
    for (AgentBehaviour behaviour : { AgentBehaviour::Answer, AgentBehaviour::Stall,
                                      AgentBehaviour::Garbage, AgentBehaviour::Close }) {
        if (toKey(behaviour) == key)
            return behaviour;
    }
    return std::nullopt;
}

int Fleet::listenerCount() const
{
    int count = 0;
    for (const FleetEndpoint &endpoint : endpoints)
        count += int(endpoint.listen.size()) + (endpoint.agent ? 1 : 0);
    return count;
}

Result<Fleet> parseFleet(const QByteArray &json, const QString &baseDirectory)
{
    const Result<QJsonObject> object = fleetObject(json);
    if (!object)
        return Result<Fleet>::failure(object.error());
    const Result<QJsonArray> array = endpointArray(*object);
    if (!array)
        return Result<Fleet>::failure(array.error());
    Result<QHash<QString, QSslCertificate>> servers
        = parseServers(object->value(QStringLiteral("servers")), baseDirectory);
    if (!servers)
        return Result<Fleet>::failure(servers.error());
    const FleetContext context { baseDirectory, std::move(servers).value() };
    Fleet fleet;
    QHash<QString, int> entryOfAddress; // one entry per address: each is one computer
    for (int i = 0; i < array->size(); ++i) {
        const QString path = QStringLiteral("endpoints[%1]").arg(i);
        Result<FleetEndpoint> endpoint = parseEndpoint(array->at(i), path, context);
        if (!endpoint)
            return Result<Fleet>::failure(endpoint.error());
        const QString address = endpoint->address.toString();
        if (entryOfAddress.contains(address))
            return failAt<Fleet>(path + QStringLiteral(".address"),
                                 QCoreApplication::translate("Fleet", "%1 is already endpoints[%2]")
                                     .arg(address)
                                     .arg(entryOfAddress.value(address)));
        entryOfAddress.insert(address, i);
        fleet.endpoints.append(std::move(endpoint).value());
    }
    return fleet;
}
