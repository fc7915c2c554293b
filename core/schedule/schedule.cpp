#include "schedule/schedule.h"

#include "common/jsonfields.h"

#include <QJsonValue>
#include <QLocale>

#include <array>

namespace {

struct FrequencyKey
{
    ScheduleFrequency frequency;
    const char *key;
};

const std::array<FrequencyKey, 4> frequencyKeys = { {
    { ScheduleFrequency::Daily, "daily" },
    { ScheduleFrequency::Weekly, "weekly" },
    { ScheduleFrequency::Monthly, "monthly" },
    { ScheduleFrequency::EveryNHours, "every-n-hours" },
} };

// Qt::DayOfWeek runs from Monday = 1 to Sunday = 7.
const std::array<const char *, 7> dayKeys
    = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

const QString timeFormat = QStringLiteral("HH:mm");

QString dayKey(Qt::DayOfWeek day)
{
    return QString::fromLatin1(dayKeys[std::size_t(day) - 1]);
}

Result<Qt::DayOfWeek> dayFromKey(const QString &key)
{
    for (std::size_t i = 0; i < dayKeys.size(); ++i) {
        if (key == QLatin1String(dayKeys[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return Result<Qt::DayOfWeek>::failure(
        Schedule::tr("the schedule's day of the week \"%1\" is not one of monday ... sunday")
            .arg(key));
}

// The value of `key`, or an error that names the key and what it should have been.
Result<QJsonValue> member(const QJsonObject &object, const char *key, QJsonValue::Type type,
                          const char *expected)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.type() != type) {
        return Result<QJsonValue>::failure(Schedule::tr("the schedule's \"%1\" must be %2")
                                               .arg(QLatin1String(key), Schedule::tr(expected)));
    }
    return value;
}

// The whole number at `key` (see ::wholeNumber()).
Result<int> wholeNumberAt(const QJsonObject &object, const char *key)
{
    const Result<QJsonValue> value
        = member(object, key, QJsonValue::Double, QT_TRANSLATE_NOOP("Schedule", "a whole number"));
    if (!value)
        return Result<int>::failure(value.error());
    const std::optional<int> number = wholeNumber(*value);
    if (!number) {
        return Result<int>::failure(
            Schedule::tr("the schedule's \"%1\" must be a whole number").arg(QLatin1String(key)));
    }
    return *number;
}

} // namespace

QString toKey(ScheduleFrequency frequency)
{
    for (const FrequencyKey &entry : frequencyKeys) {
        if (entry.frequency == frequency)
            return QString::fromLatin1(entry.key);
    }
    Q_UNREACHABLE();
}

Result<ScheduleFrequency> scheduleFrequencyFromKey(const QString &key)
{
    for (const FrequencyKey &entry : frequencyKeys) {
        if (key == QLatin1String(entry.key))
            return entry.frequency;
    }
    return Result<ScheduleFrequency>::failure(
        Schedule::tr("unknown schedule frequency \"%1\"; expected daily, weekly, monthly or "
                     "every-n-hours")
            .arg(key));
}

Result<int> Schedule::checkDayOfMonth(int day)
{
    if (day >= 1 && day <= 31)
        return day;
    return Result<int>::failure(tr("The day of the month must be from 1 to 31, not %1.").arg(day));
}

Result<int> Schedule::checkIntervalHours(int hours)
{
    if (hours >= minIntervalHours && hours <= maxIntervalHours)
        return hours;
    return Result<int>::failure(
        tr("A query every N hours needs N from %1 to %2 (one week), not %3.")
            .arg(QString::number(minIntervalHours), QString::number(maxIntervalHours),
                 QString::number(hours)));
}

Result<Schedule> Schedule::validated() const
{
    if (int(dayOfWeek) < 1 || int(dayOfWeek) > 7)
        return Result<Schedule>::failure(
            tr("The day of the week %1 does not exist.").arg(int(dayOfWeek)));
    for (const Result<int> &checked :
         { checkDayOfMonth(dayOfMonth), checkIntervalHours(intervalHours) }) {
        if (!checked)
            return Result<Schedule>::failure(checked.error());
    }
    if (!timeOfDay.isValid())
        return Result<Schedule>::failure(tr("The time of day is not a valid time."));
    if (timeOfDay.second() != 0 || timeOfDay.msec() != 0)
        return Result<Schedule>::failure(
            tr("The time of day is kept in whole minutes; %1 has seconds.")
                .arg(timeOfDay.toString(Qt::ISODate)));
    if (enabled && !effectiveFrom.isValid())
        return Result<Schedule>::failure(
            tr("An enabled schedule needs the time it was saved (effectiveFrom)."));
    return *this;
}

QJsonObject Schedule::toJson() const
{
    QJsonObject object {
        { QStringLiteral("enabled"), enabled },
        { QStringLiteral("frequency"), toKey(frequency) },
        { QStringLiteral("dayOfWeek"), dayKey(dayOfWeek) },
        { QStringLiteral("dayOfMonth"), dayOfMonth },
        { QStringLiteral("time"), timeOfDay.toString(timeFormat) },
        { QStringLiteral("intervalHours"), intervalHours },
    };
    if (effectiveFrom.isValid())
        object.insert(QStringLiteral("effectiveFrom"),
                      effectiveFrom.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

Result<Schedule> Schedule::fromJson(const QJsonObject &object)
{
    using Parsed = Result<Schedule>;
    Schedule schedule;
    const auto enabledValue = member(object, "enabled", QJsonValue::Bool,
                                     QT_TRANSLATE_NOOP("Schedule", "true or false"));
    if (!enabledValue)
        return Parsed::failure(enabledValue.error());
    schedule.enabled = enabledValue->toBool();

    const auto frequencyValue
        = member(object, "frequency", QJsonValue::String, QT_TRANSLATE_NOOP("Schedule", "text"));
    if (!frequencyValue)
        return Parsed::failure(frequencyValue.error());
    const auto frequency = scheduleFrequencyFromKey(frequencyValue->toString());
    if (!frequency)
        return Parsed::failure(frequency.error());
    schedule.frequency = *frequency;

    const auto dayValue
        = member(object, "dayOfWeek", QJsonValue::String, QT_TRANSLATE_NOOP("Schedule", "text"));
    if (!dayValue)
        return Parsed::failure(dayValue.error());
    const auto day = dayFromKey(dayValue->toString());
    if (!day)
        return Parsed::failure(day.error());
    schedule.dayOfWeek = *day;

    const auto dayOfMonth = wholeNumberAt(object, "dayOfMonth");
    if (!dayOfMonth)
        return Parsed::failure(dayOfMonth.error());
    schedule.dayOfMonth = *dayOfMonth;
    const auto hours = wholeNumberAt(object, "intervalHours");
    if (!hours)
        return Parsed::failure(hours.error());
    schedule.intervalHours = *hours;

    const auto timeValue
        = member(object, "time", QJsonValue::String, QT_TRANSLATE_NOOP("Schedule", "text"));
    if (!timeValue)
        return Parsed::failure(timeValue.error());
    schedule.timeOfDay = QTime::fromString(timeValue->toString(), timeFormat);
    if (!schedule.timeOfDay.isValid())
        return Parsed::failure(tr("the schedule's time \"%1\" is not a time of day (HH:mm)")
                                   .arg(timeValue->toString()));

    if (object.contains(QLatin1String("effectiveFrom"))) {
        const auto fromValue = member(object, "effectiveFrom", QJsonValue::String,
                                      QT_TRANSLATE_NOOP("Schedule", "text"));
        if (!fromValue)
            return Parsed::failure(fromValue.error());
        schedule.effectiveFrom = QDateTime::fromString(fromValue->toString(), Qt::ISODateWithMs);
        if (!schedule.effectiveFrom.isValid())
            return Parsed::failure(
                tr("the schedule's effectiveFrom \"%1\" is not an ISO-8601 date and time")
                    .arg(fromValue->toString()));
        schedule.effectiveFrom = schedule.effectiveFrom.toUTC();
    }
    return schedule.validated();
}

QString Schedule::description() const
{
    const QLocale locale;
    const QString time = locale.toString(timeOfDay, QLocale::ShortFormat);
    switch (frequency) {
    case ScheduleFrequency::Daily:
        return tr("Daily at %1").arg(time);
    case ScheduleFrequency::Weekly:
        return tr("Weekly on %1 at %2").arg(locale.dayName(dayOfWeek), time);
    case ScheduleFrequency::Monthly:
        // A day that some months lack runs on their last day (docs/scheduling.md).
        if (dayOfMonth > 28)
            return tr("Monthly on day %1 at %2, or on the last day of a shorter month")
                .arg(QString::number(dayOfMonth), time);
        return tr("Monthly on day %1 at %2").arg(QString::number(dayOfMonth), time);
    case ScheduleFrequency::EveryNHours:
        return tr("Every %n hour(s), counted from %1", nullptr, intervalHours).arg(time);
    }
    Q_UNREACHABLE();
}

bool Schedule::operator==(const Schedule &other) const
{
    return enabled == other.enabled && frequency == other.frequency && dayOfWeek == other.dayOfWeek
        && dayOfMonth == other.dayOfMonth && timeOfDay == other.timeOfDay
        && intervalHours == other.intervalHours && effectiveFrom == other.effectiveFrom;
}
