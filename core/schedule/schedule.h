#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>

// How often the console runs the saved scope on its own: the manual's Scheduled Query
// (reference 000: Settings, "Enable scheduled query", "Specify the schedule", Save).
enum class ScheduleFrequency {
    Daily, // every day at timeOfDay
    Weekly, // on dayOfWeek at timeOfDay
    Monthly, // on dayOfMonth at timeOfDay; in a shorter month, on its last day
    EveryNHours, // every intervalHours hours, in step with timeOfDay (docs/scheduling.md)
};

QString toKey(ScheduleFrequency frequency);
Result<ScheduleFrequency> scheduleFrequencyFromKey(const QString &key);

// The console's one schedule. Times of day are wall-clock times in the console's time zone;
// effectiveFrom is an instant (UTC). A Schedule is plain data: validated() says whether it can
// be planned, and the planning functions (scheduleplan.h) expect a valid one.
struct Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    static constexpr int minIntervalHours = 1;
    static constexpr int maxIntervalHours = 168; // one week

    bool enabled = false;
    ScheduleFrequency frequency = ScheduleFrequency::Daily;
    Qt::DayOfWeek dayOfWeek = Qt::Monday;
    int dayOfMonth = 1;
    QTime timeOfDay = QTime(2, 0); // minutes; seconds are dropped
    int intervalHours = 24;
    // When the schedule was saved. Scheduled times before it are never due, so a schedule saved
    // at 10:00 for 02:00 does not run at once as "missed". Required when enabled.
    QDateTime effectiveFrom;

    // This schedule, or the first problem found, in words the administrator can act on.
    Result<Schedule> validated() const;
    // The checks of single fields, shared with the schedule dialog so the reason shown at the
    // field is the reason a saved schedule is refused. The value, or why it is refused.
    static Result<int> checkDayOfMonth(int day);
    static Result<int> checkIntervalHours(int hours);

    // {"enabled", "frequency", "dayOfWeek", "dayOfMonth", "time", "intervalHours",
    // "effectiveFrom"} with keys, not words (docs/scheduling.md). fromJson validates.
    QJsonObject toJson() const;
    static Result<Schedule> fromJson(const QJsonObject &object);

    // "Weekly on Monday at 02:30", in the UI language.
    QString description() const;

    bool operator==(const Schedule &other) const;
    bool operator!=(const Schedule &other) const { return !(*this == other); }
};
