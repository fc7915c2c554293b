#include "export/endpointjson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace {

// A port number is a JSON integer within 0..65535; anything else is refused rather than rounded.
std::optional<quint16> portNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > 65535 || number != double(int(number)))
        return std::nullopt;
    return quint16(number);
}

Result<PortObservation> portFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const std::optional<quint16> port = portNumber(object.value(QLatin1String("port")));
    if (!value.isObject() || !port)
        return Result<PortObservation>::failure(QCoreApplication::translate(
            "EndpointJson", "each entry of \"ports\" needs a \"port\" between 0 and 65535"));
    const QString key = object.value(QLatin1String("outcome")).toString();
    const std::optional<PortOutcome> outcome = portOutcomeFromKey(key);
    if (!outcome)
        return Result<PortObservation>::failure(
            QCoreApplication::translate("EndpointJson", "port %1 has an unknown outcome \"%2\"")
                .arg(QString::number(*port), key));
    return PortObservation { *port, *outcome, object.value(QLatin1String("detail")).toString() };
}

// The text members, each required to be a JSON string.
constexpr std::pair<const char *, QString Endpoint::*> textMembers[] = {
    { "name", &Endpoint::name },     { "address", &Endpoint::address },
    { "server", &Endpoint::server }, { "agentVersion", &Endpoint::agentVersion },
    { "domain", &Endpoint::domain }, { "adPath", &Endpoint::adPath },
    { "detail", &Endpoint::detail },
};

} // namespace

QJsonObject endpointToJson(const Endpoint &endpoint)
{
    QJsonArray ports;
    for (const PortObservation &observation : endpoint.ports) {
        ports.append(QJsonObject { { QStringLiteral("port"), int(observation.port) },
                                   { QStringLiteral("outcome"), toKey(observation.outcome) },
                                   { QStringLiteral("detail"), observation.detail } });
    }
    QJsonObject object;
    for (const auto &[key, member] : textMembers)
        object.insert(QLatin1String(key), endpoint.*member);
    object.insert(QLatin1String("status"), toKey(endpoint.status));
    object.insert(QLatin1String("gate"), toKey(endpoint.gate));
    object.insert(QLatin1String("agentPort"), int(endpoint.agentPort));
    object.insert(QLatin1String("ports"), ports);
    return object;
}

Result<Endpoint> endpointFromJson(const QJsonObject &object)
{
    const auto fail = [](const QString &why) { return Result<Endpoint>::failure(why); };
    Endpoint endpoint;
    for (const auto &[key, member] : textMembers) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return fail(QCoreApplication::translate("EndpointJson", "\"%1\" must be a string")
                            .arg(QLatin1String(key)));
        endpoint.*member = value.toString();
    }
    const QString statusKey = object.value(QLatin1String("status")).toString();
    const std::optional<SecurityStatus> status = securityStatusFromKey(statusKey);
    if (!status)
        return fail(
            QCoreApplication::translate("EndpointJson", "unknown status \"%1\"").arg(statusKey));
    endpoint.status = *status;
    const QString gateKey = object.value(QLatin1String("gate")).toString();
    const std::optional<GateResult> gate = gateResultFromKey(gateKey);
    if (!gate)
        return fail(
            QCoreApplication::translate("EndpointJson", "unknown gate result \"%1\"").arg(gateKey));
    endpoint.gate = *gate;
    const std::optional<quint16> agentPort = portNumber(object.value(QLatin1String("agentPort")));
    if (!agentPort)
        return fail(QCoreApplication::translate("EndpointJson",
                                                "\"agentPort\" must be between 0 and 65535"));
    endpoint.agentPort = *agentPort;
    const QJsonValue ports = object.value(QLatin1String("ports"));
    if (!ports.isArray())
        return fail(QCoreApplication::translate("EndpointJson", "\"ports\" must be an array"));
    for (const QJsonValue &entry : ports.toArray()) {
        Result<PortObservation> port = portFromJson(entry);
        if (!port)
            return fail(port.error());
        endpoint.ports.append(*port);
    }
    return endpoint;
}

bool writeEndpointsJson(QIODevice *device, const QVector<Endpoint> &endpoints)
{
    // One object at a time, laid out exactly as QJsonDocument lays out an indented array: a
    // /16 never exists as one QJsonArray and one document in memory.
    if (device->write("[\n") != 2)
        return false;
    bool first = true;
    for (const Endpoint &endpoint : endpoints) {
        QByteArray object = QJsonDocument(endpointToJson(endpoint)).toJson(QJsonDocument::Indented);
        object.chop(1); // the document's final new line
        object.replace('\n', "\n    ");
        const QByteArray chunk = (first ? QByteArray("    ") : QByteArray(",\n    ")) + object;
        if (device->write(chunk) != chunk.size())
            return false;
        first = false;
    }
    const QByteArray end = first ? QByteArray("]\n") : QByteArray("\n]\n");
    return device->write(end) == end.size();
}

QByteArray endpointsToJson(const QVector<Endpoint> &endpoints)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeEndpointsJson(&buffer, endpoints);
    return bytes;
}
