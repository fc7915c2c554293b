#pragma once

#include "health/healthreport.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <array>

constexpr int healthStateCount = 4; // HealthState: Healthy, NeedsAttention, NoData, Untracked

// One past query as the health history keeps it: the overall state of each computer.
struct HealthQueryStates
{
    qint64 queryId = 0;
    QDateTime at; // when the query started (UTC)
    QHash<QString, HealthState> overallByAddress;
};

// What the flipbook shows of the store's health (issue 12, point 3), read on a worker by
// HealthSession: the newest query's snapshots evaluated with the stored settings, and the
// overall state of every computer in each past query. A query's ages are measured from the time
// it ran, so a past query shows what its evaluation said then.
struct HealthData
{
    qint64 queryId = 0; // the newest query with health; 0 when there is none
    QDateTime queryAt;
    HealthSettingsList settings;
    QHash<QString, HealthRow> current; // by address
    QVector<HealthQueryStates> history; // oldest first; the newest query last
};

// The computers of one point of the chart: how many were in each overall state.
struct HealthHistoryPoint
{
    qint64 queryId = 0;
    QDateTime at;
    std::array<int, healthStateCount> counts {};
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

// The Summary page's numbers for a group of the client tree: pure, so unit tests check them.
struct HealthSummary
{
    int computers = 0; // in the group
    int withAgent = 0; // of them, with a health snapshot (an agent of this server)
    // [0]: overall; [1 + indicator]: each indicator. Columns: HealthState.
    std::array<std::array<int, healthStateCount>, healthIndicatorCount + 1> counts {};
    QVector<HealthRow> needsAttention; // in address order
    // Every settings name that overlaps on a computer of the group (the settings icon's mark).
    QStringList overlapping;
    // The computers of the group where a product service is stopped, and which services.
    QVector<HealthRow> stopped;
    QVector<HealthHistoryPoint> history; // oldest first

    static HealthSummary of(const HealthData &data, const QVector<QString> &addresses);
};

// One computer's overall state in each past query that has it, oldest first.
QVector<QPair<HealthQueryStates, HealthState>> healthHistoryOf(const HealthData &data,
                                                               const QString &address);
