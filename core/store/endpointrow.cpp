#include "store/endpointrow.h"

#include "endpoint/portsjson.h"
#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <iterator>

namespace EndpointRow {

QString insertStatement()
{
    return insertStatement(1);
}

QString insertStatement(int rows)
{
    // query_id takes the place of the id, which the database gives.
    QString statement = QStringLiteral("INSERT INTO endpoints (query_id");
    QString row = QStringLiteral("(?");
    for (int column = Address; column < columnCount; ++column) {
        statement += QLatin1String(", ") + columnName(Column(column));
        row += QLatin1String(", ?");
    }
    statement += QLatin1String(") VALUES ");
    row += QLatin1Char(')');
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            statement += QLatin1String(", ");
        statement += row;
    }
    return statement;
}

QLatin1String columnName(Column column)
{
    static const char *const names[]
        = { "id",     "address",       "name",   "status",  "gate",   "agent_port",
            "server", "agent_version", "domain", "ad_path", "detail", "ports_json" };
    static_assert(std::size(names) == columnCount);
    return QLatin1String(names[column]);
}

QString selectColumns(const QString &alias)
{
    QStringList columns;
    for (int column = Id; column < columnCount; ++column) {
        const QLatin1String name = columnName(Column(column));
        columns << (alias.isEmpty() ? QString(name) : alias + QLatin1Char('.') + name);
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

} // namespace EndpointRow
