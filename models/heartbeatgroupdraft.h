#pragma once

#include "watch/heartbeatpolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A heartbeat group as the settings page's editor holds it while it is typed (docs/watch.md,
// "Heartbeat settings"): its Applies to as text, one entry a line, as an administrator writes it
// in the file that `osmgmt-cli heartbeat-settings import` reads. toGroup() checks it the way the
// import checks a file and names the field that is wrong, so the editor can point at it.
struct HeartbeatGroupDraft
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatGroupDraft)

public:
    enum class Field {
        None,
        Name,
        Ipv4Ranges,
        Ipv6Prefixes,
        AdContainers,
        Computers,
        AppliesTo,
        Interval,
        Misses
    };
    struct Problem
    {
        Field field = Field::None;
        QString message; // names the field: "IPv4 ranges, line 2 (10.0.0.x): ..."
    };

    QString name;
    QString ipv4Ranges;
    QString ipv6Prefixes;
    QString adContainers;
    QString computers;
    int intervalMinutes = 10;
    int missesForOffline = 2;
    bool neverOffline = false;

    static HeartbeatGroupDraft of(const HeartbeatGroup &group);
    // What is wrong, naming the field (field None: nothing). `otherNames`: the names of the
    // policy's other groups (a name is compared without case, as the import does).
    Problem problem(const QStringList &otherNames) const;
    // The group; only once problem() found nothing (an entry that does not parse is left out).
    HeartbeatGroup toGroup() const;
};
