#include "store/endpointrow.h"

#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace {

// Column order shared by the INSERT, the SELECT and bind()/read(); `id` is selected only, so
// read() can name the row it cannot understand.
enum Column {
    Id,
    Address,
    Name,
    Status,
    Gate,
    AgentPort,
    Server,
    AgentVersion,
    Domain,
    AdPath,
    Detail,
    PortsJson,
};

} // namespace

namespace EndpointRow {

QString insertStatement()
{
    return QStringLiteral(
        "INSERT INTO endpoints (query_id, address, name, status, gate, agent_port, server,"
        " agent_version, domain, ad_path, detail, ports_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString selectColumns()
{
    return QStringLiteral("id, address, name, status, gate, agent_port, server, agent_version,"
                          " domain, ad_path, detail, ports_json");
}

void bind(QSqlQuery &query, qint64 queryId, const Endpoint &endpoint)
{
    // Placeholder 0 is query_id; the others follow Column, shifted by the unselected id.
    query.bindValue(0, queryId);
    query.bindValue(Address, notNullText(endpoint.address));
    query.bindValue(Name, notNullText(endpoint.name));
    query.bindValue(Status, toKey(endpoint.status));
    query.bindValue(Gate, toKey(endpoint.gate));
    query.bindValue(AgentPort, int(endpoint.agentPort));
    query.bindValue(Server, notNullText(endpoint.server));
    query.bindValue(AgentVersion, notNullText(endpoint.agentVersion));
    query.bindValue(Domain, notNullText(endpoint.domain));
    query.bindValue(AdPath, notNullText(endpoint.adPath));
    query.bindValue(Detail, notNullText(endpoint.detail));
    query.bindValue(PortsJson, QString::fromUtf8(portsToJson(endpoint.ports)));
}

Result<Endpoint> read(const QSqlQuery &query)
{
    const auto text = [&query](Column column) { return query.value(column).toString(); };
    const QString rowId = text(Id);
    const auto bad = [&rowId](const QString &what) {
        return Result<Endpoint>::failure(
            QCoreApplication::translate("EndpointRow", "endpoint row %1 cannot be read: %2")
                .arg(rowId, what));
    };

    Endpoint endpoint;
    endpoint.address = text(Address);
    endpoint.name = text(Name);
    const std::optional<SecurityStatus> status = securityStatusFromKey(text(Status));
    if (!status)
        return bad(QCoreApplication::translate("EndpointRow", "unknown security status \"%1\"")
                       .arg(text(Status)));
    endpoint.status = *status;
    const std::optional<GateResult> gate = gateResultFromKey(text(Gate));
    if (!gate)
        return bad(QCoreApplication::translate("EndpointRow", "unknown gate result \"%1\"")
                       .arg(text(Gate)));
    endpoint.gate = *gate;
    const int agentPort = query.value(AgentPort).toInt();
    if (agentPort < 0 || agentPort > 65535)
        return bad(QCoreApplication::translate("EndpointRow", "agent port %1 is out of range")
                       .arg(agentPort));
    endpoint.agentPort = quint16(agentPort);
    endpoint.server = text(Server);
    endpoint.agentVersion = text(AgentVersion);
    endpoint.domain = text(Domain);
    endpoint.adPath = text(AdPath);
    endpoint.detail = text(Detail);
    Result<QVector<PortObservation>> ports = portsFromJson(text(PortsJson).toUtf8());
    if (!ports)
        return bad(ports.error());
    endpoint.ports = std::move(ports).value();
    return endpoint;
}

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

} // namespace EndpointRow
