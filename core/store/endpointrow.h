#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"

#include <QSqlQuery>
#include <QString>
#include <QVector>

// How one Endpoint maps to a row of the endpoints table (docs/data-model.md). Kept apart from
// the JSON export on purpose: the database and the CLI output are two contracts that may change
// at different times.
namespace EndpointRow {
// The columns in the order shared by the INSERT, the SELECT and bind()/read(); `id` is selected
// only, so that a reader can name the row it cannot understand. Every reader of the table
// (ResultsReader too) takes the columns from here.
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
// Columns that selectColumns() lists, and placeholders per row of insertStatement().
constexpr int columnCount = PortsJson + 1;
// The column's name in the endpoints table ("agent_port").
QLatin1String columnName(Column column);

// INSERT with one placeholder per column, in the order bind() fills them.
QString insertStatement();
// The same for `rows` endpoints in one statement: one round trip to a PostgreSQL server
// instead of one per endpoint.
QString insertStatement(int rows);
// The column list for a SELECT whose rows read() understands; with `alias`, qualified by it
// ("c.id, c.address, ...") for joins.
QString selectColumns(const QString &alias = {});
void bind(QSqlQuery &query, qint64 queryId, const Endpoint &endpoint);
// Binds row `row` of insertStatement(rows).
void bind(QSqlQuery &query, int row, qint64 queryId, const Endpoint &endpoint);
// The current row of a SELECT of selectColumns(), starting at column `firstColumn`; fails on a
// key this version does not know.
Result<Endpoint> read(const QSqlQuery &query, int firstColumn = 0);
} // namespace EndpointRow
