#pragma once

#include "watch/watchduty.h"

#include <QCoreApplication>

// The `status-changed` events as a duty of the watcher (docs/watch.md, "Events"): each round
// turns the completed queries stored since the last round into events (StatusChanges), whoever
// ran them (the console, `osmgmt-cli query`, a scheduled run).
class StatusChangeDuty : public WatchDuty
{
    Q_DECLARE_TR_FUNCTIONS(StatusChangeDuty)

public:
    QString name() const override { return QStringLiteral("status-changes"); }
    std::chrono::seconds interval() const override { return std::chrono::seconds(30); }
    Result<QString> runRound(const std::shared_ptr<Database> &store) override;
};
