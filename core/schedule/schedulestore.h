#pragma once

#include "common/result.h"
#include "schedule/schedule.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

// What the schedules table holds: the schedule and when its last run started.
struct StoredSchedule
{
    Schedule schedule; // disabled until the administrator saves one
    std::optional<QDateTime> lastRun; // UTC; empty when the schedule never ran
};

// The console's one schedule in the database (the schedules table, schema 2;
// docs/data-model.md), over one Database and so on that Database's thread. One row, written
// whole in one transaction.
class ScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleStore)

public:
    explicit ScheduleStore(std::shared_ptr<Database> database);

    // The stored schedule, or a disabled default with no last run when none was saved. A row
    // that cannot be read fails with the reason instead of turning into another schedule.
    Result<StoredSchedule> load() const;
    // Validates and stores the schedule; keeps the last run.
    Result<Done> save(const Schedule &schedule);
    // Stores when the last scheduled run started; keeps the schedule.
    Result<Done> saveLastRun(const QDateTime &startedAt);

private:
    Result<Done> upsert(const QString &sql, const QVariantList &values);

    std::shared_ptr<Database> m_database;
};
