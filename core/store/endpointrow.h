#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVector>

// How one Endpoint maps to a row of the endpoints table (docs/data-model.md). Kept apart from
// the JSON export on purpose: the database and the CLI output are two contracts that may change
// at different times.
namespace EndpointRow {
// Columns that selectColumns() lists, and placeholders per row of insertStatement().
constexpr int columnCount = 12;

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

// ports_json: [{"port": 135, "outcome": "refused", "detail": "..."}], compact.
QByteArray portsToJson(const QVector<PortObservation> &ports);
Result<QVector<PortObservation>> portsFromJson(const QByteArray &json);
} // namespace EndpointRow
