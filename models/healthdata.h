#pragma once

#include "health/healthreport.h"
#include "health/healthstates.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <array>

// What the flipbook holds of the store's health (issue 12, point 3), read on a worker by
// HealthSession: the newest query's computers with their stored evaluated states (schema 11),
// then their statuses, read after them. The history of past queries stays in the store and is
// counted there (HealthStates::history), for the group asked.
struct HealthData
{
    qint64 queryId = 0; // the newest query with health; 0 when there is none
    QDateTime queryAt;
    HealthSettingsList settings;
    QHash<QString, HealthRow> current; // by address
    // The rows of `current` have their statuses (those that reported one); until then a page
    // that needs a status says it is being read.
    bool statusesRead = false;
};

// The Summary page's numbers for a group of the client tree. of() is pure, so unit tests check
// it; the history is counted by the store (HealthSession::summarize).
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
    bool historyRead = false; // summaries come first without their history, then with it
    QString historyError; // why the history could not be read, when it could not

    static HealthSummary of(const HealthData &data, const QVector<QString> &addresses);
};
