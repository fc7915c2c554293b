#include "endpoint/portsjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// (The messages keep the translation context of the store's row, where they were first written.)

QByteArray portsToJson(const QVector<PortObservation> &ports)
{
    QJsonArray array;
    for (const PortObservation &observation : ports) {
        array.append(QJsonObject { { QStringLiteral("port"), int(observation.port) },
                                   { QStringLiteral("outcome"), toKey(observation.outcome) },
                                   { QStringLiteral("detail"), observation.detail } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Result<QVector<PortObservation>> portsFromJson(const QByteArray &json)
{
    using Ports = Result<QVector<PortObservation>>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Ports::failure(
            QCoreApplication::translate("EndpointRow", "ports_json is not JSON: %1")
                .arg(parseError.errorString()));
    if (!document.isArray())
        return Ports::failure(
            QCoreApplication::translate("EndpointRow", "ports_json is not a JSON array"));
    QVector<PortObservation> ports;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const int port = object.value(QLatin1String("port")).toInt(-1);
        if (port < 0 || port > 65535)
            return Ports::failure(
                QCoreApplication::translate("EndpointRow", "ports_json has a port out of range"));
        const QString key = object.value(QLatin1String("outcome")).toString();
        const std::optional<PortOutcome> outcome = portOutcomeFromKey(key);
        if (!outcome)
            return Ports::failure(QCoreApplication::translate(
                                      "EndpointRow", "ports_json has an unknown outcome \"%1\"")
                                      .arg(key));
        ports.append(PortObservation { quint16(port), *outcome,
                                       object.value(QLatin1String("detail")).toString() });
    }
    return ports;
}
