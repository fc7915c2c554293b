#pragma once

#include <QDateTime>

#include <memory>

// The one source of time (DESIGN.md): schedules, grace periods and heartbeat ages read it, so
// tests move it instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock &instance();
    // Tests install their own clock; passing nullptr restores the system clock.
    static void setInstance(std::shared_ptr<Clock> clock);
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
