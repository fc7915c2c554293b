#pragma once

#include "common/clock.h"

#include <QDateTime>

// A clock the test moves: schedules, grace periods and ages are tested without waiting.
class TestClock : public Clock
{
public:
    explicit TestClock(QDateTime now = {})
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
