#include "store/endpointrow.h"

#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

#include <iterator>

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
    return insertStatement(1);
}

QString insertStatement(int rows)
{
    QString statement = QStringLiteral(
        "INSERT INTO endpoints (query_id, address, name, status, gate, agent_port, server,"
        " agent_version, domain, ad_path, detail, ports_json) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            statement += QLatin1String(", ");
        statement += row;
    }
    return statement;
}

QString selectColumns(const QString &alias)
{
    static const char *const names[]
        = { "id",     "address",       "name",   "status",  "gate",   "agent_port",
            "server", "agent_version", "domain", "ad_path", "detail", "ports_json" };
    static_assert(std::size(names) == columnCount);
    QStringList columns;
    for (const char *name : names) {
        columns << (alias.isEmpty() ? QString::fromLatin1(name)
                                    : alias + QLatin1Char('.') + QLatin1String(name));
    }
    return columns.join(QLatin1String(", "));
}

void bind(QSqlQuery &query, qint64 queryId, const Endpoint &endpoint)
{
    bind(query, 0, queryId, endpoint);
}

void bind(QSqlQuery &query, int row, qint64 queryId, const Endpoint &endpoint)
{
    // Placeholder 0 of a row is query_id; the others follow Column, shifted by the unselected id.
    const int first = row * columnCount;
    query.bindValue(first, queryId);
    query.bindValue(first + Address, notNullText(endpoint.address));
    query.bindValue(first + Name, notNullText(endpoint.name));
    query.bindValue(first + Status, toKey(endpoint.status));
    query.bindValue(first + Gate, toKey(endpoint.gate));
    query.bindValue(first + AgentPort, int(endpoint.agentPort));
    query.bindValue(first + Server, notNullText(endpoint.server));
    query.bindValue(first + AgentVersion, notNullText(endpoint.agentVersion));
    query.bindValue(first + Domain, notNullText(endpoint.domain));
    query.bindValue(first + AdPath, notNullText(endpoint.adPath));
    query.bindValue(first + Detail, notNullText(endpoint.detail));
    query.bindValue(first + PortsJson, QString::fromUtf8(portsToJson(endpoint.ports)));
}

Result<Endpoint> read(const QSqlQuery &query, int firstColumn)
{
    const auto text = [&query, firstColumn](Column column) {
        return query.value(firstColumn + column).toString();
    };
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
    const int agentPort = query.value(firstColumn + AgentPort).toInt();
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
