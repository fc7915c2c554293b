#pragma once

#include "endpoint/securitystatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

// Where one query stands. A query still "running" after the program stopped is turned into
// Cancelled by QueryStore::markInterruptedQueries().
enum class QueryState { Running, Completed, Cancelled, Failed };

// Stable keys for the database, files and the CLI: "running", "completed", ...
QString toKey(QueryState state);
std::optional<QueryState> queryStateFromKey(const QString &key);
// The UI words, translated in the current language.
QString displayName(QueryState state);

// One query as the store keeps it.
struct QueryRecord
{
    qint64 id = 0;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC; invalid while running
    QueryState state = QueryState::Running;
    QString serverName; // the console's server name when the query ran
    QByteArray scopeJson; // the scope it covered, as the scope module serialises it
    quint64 totalAddresses = 0; // how many addresses the scope held
    qint64 endpointCount = 0; // how many endpoints are stored for it
    QString error; // why it failed or was cancelled; empty otherwise
    // Stored endpoints per status, every status present (0 when none); kept by the store with
    // each batch, so reading them costs nothing however large the query.
    QMap<SecurityStatus, qint64> statusCounts;
    // Batches committed so far, each one transaction (0 for queries stored before schema 3).
    qint64 batchCount = 0;

    // From start to finish in milliseconds; -1 while running.
    qint64 durationMs() const;
};
