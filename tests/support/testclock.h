#pragma once

#include "common/clock.h"

#include <QDateTime>

// An instant written as in the store and the scope files ("2024-05-10T02:00:00Z").
// A typo in a test's time fails loudly instead of comparing with an invalid QDateTime.
inline QDateTime at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("not an ISO-8601 time: %s", iso);
    return time;
}

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
