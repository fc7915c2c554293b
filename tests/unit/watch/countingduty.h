#pragma once

#include "common/clock.h"
#include "watch/watchduty.h"

#include <QList>

#include <atomic>

// A duty that only counts its rounds and when they ran: what a cycle runs is then visible.
class CountingDuty : public WatchDuty
{
public:
    CountingDuty(QString name, std::chrono::seconds interval)
        : m_name(std::move(name))
        , m_interval(interval)
    { }

    QString name() const override { return m_name; }
    std::chrono::seconds interval() const override { return m_interval; }
    Result<QString> runRound(const std::shared_ptr<Database> &) override
    {
        ++rounds;
        if (failing)
            return Result<QString>::failure(QStringLiteral("failed on purpose"));
        return QStringLiteral("round %1").arg(rounds.load());
    }

    std::atomic<int> rounds { 0 };
    bool failing = false;

private:
    QString m_name;
    std::chrono::seconds m_interval;
};
