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
// INSERT with one placeholder per column, in the order bind() fills them.
QString insertStatement();
// The column list for a SELECT whose rows read() understands.
QString selectColumns();
void bind(QSqlQuery &query, qint64 queryId, const Endpoint &endpoint);
// The current row of a SELECT of selectColumns(); fails on a key this version does not know.
Result<Endpoint> read(const QSqlQuery &query);

// ports_json: [{"port": 135, "outcome": "refused", "detail": "..."}], compact.
QByteArray portsToJson(const QVector<PortObservation> &ports);
Result<QVector<PortObservation>> portsFromJson(const QByteArray &json);
} // namespace EndpointRow
