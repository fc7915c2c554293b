#pragma once

#include "common/result.h"
#include "endpoint/appliesto.h"
#include "watch/heartbeatstate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <chrono>

// One group of computers whose heartbeats are judged their own way (issue 13, point 2: "per
// group like the health settings: laptops can have 'never offline'"), chosen with the health
// settings' Applies to (core/endpoint/appliesto.h).
struct HeartbeatGroup
{
    QString name;
    AppliesTo appliesTo;
    std::chrono::seconds interval { 10 * 60 };
    int missesForOffline = 2;
    bool neverOffline = false;

    bool operator==(const HeartbeatGroup &other) const;
};

// Every heartbeat setting of a store (docs/watch.md, "Heartbeat settings"): the defaults, which
// apply to every agent no group takes, the groups in order (the first that takes an agent
// decides), and the aging bands and missing threshold, which are the same for every agent. Kept
// in the store (HeartbeatPolicyStore), so every watcher of the store follows the same settings.
class HeartbeatPolicy
{
public:
    // Ranges of the values, checked when read from a file, the store or the settings page.
    static constexpr int maxIntervalMinutes = 24 * 60;
    static constexpr int maxMisses = 100;
    static constexpr int maxDays = 3650;

    HeartbeatSettings defaults; // interval, N, the bands, the missing threshold
    QVector<HeartbeatGroup> groups;

    // The settings an agent is judged by: the defaults with the interval, N and "never offline"
    // of the first group that takes it. `groupName` gets that group's name (empty: the
    // defaults), `conflicts` every group that takes it when more than one does.
    HeartbeatSettings settingsFor(const AppliesToTarget &target, QString *groupName = nullptr,
                                  QStringList *conflicts = nullptr) const;
    // The shortest interval of the defaults and every group: how often the heartbeat duty runs.
    std::chrono::seconds shortestInterval() const;

    // Empty when the values are in range and the bands grow (1 hour < 1 day < 7 days < missing),
    // else what is wrong, in words.
    QString problem() const;

    // {"heartbeatSettings": {"intervalMinutes", "missesForOffline", "agingBands": {"firstHours",
    // "secondHours", "thirdDays"}, "missingAfterDays", "groups": [{"name", "appliesTo",
    // "intervalMinutes", "missesForOffline", "neverOffline"}]}}.
    QJsonObject toJson() const;
    // The whole document or nothing: a wrong key or value, a duplicate or empty group name, or
    // bands out of order fail naming them ("heartbeatSettings.groups[1].intervalMinutes: ...").
    static Result<HeartbeatPolicy> fromJson(const QJsonObject &document);

    bool operator==(const HeartbeatPolicy &other) const;
};
