#pragma once

#include "commands/commandtarget.h"
#include "health/healthevaluation.h"
#include "health/healthsnapshot.h"
#include "results/resultswriter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

// One computer of a health report (docs/health.md, "The health report"): what its agent
// reported in a query, and what the evaluation made of it.
struct HealthRow
{
    HealthSnapshot snapshot;
    HealthVerdict verdict;
};

// The health report of one query, as `osmgmt-cli health` writes it and the results export
// carries it: the same fields, keys and CSV columns everywhere.
namespace HealthReport {

// Every snapshot evaluated with `settings` at `now`, in the snapshots' order.
QVector<HealthRow> evaluate(const QVector<HealthSnapshot> &snapshots,
                            const HealthSettingsList &settings, const QDateTime &now);

// name, address, health, indicators {antivirus, ...}, settings, conflicts, stoppedServices,
// patterns [{name, raw, version}], lastScan, patternDate (absent data: null).
QJsonObject toJson(const HealthRow &row);
// The CSV columns (English, stable) and one row's cells; lists joined with "; ".
QStringList csvHeader();
QStringList csvCells(const HealthRow &row);

// The product services that are stopped, each with the computers where it is, in address
// order: what "Start service where it is not running" sends (one command per service).
QMap<QString, QVector<CommandTarget>> stoppedServices(const QVector<HealthSnapshot> &snapshots);

// The health columns of a results export (issue 12, point 6): overall, each indicator, the
// stopped services and the definitions date in CSV; in JSON a "health" object per endpoint
// with a snapshot. `rows` is matched to the endpoints by address.
ExtraColumns resultsColumns(const QVector<HealthRow> &rows);

} // namespace HealthReport
