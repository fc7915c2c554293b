#pragma once

#include "store/heartbeatrecord.h"
#include "watch/heartbeatstate.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

// What the client tree shows of an agent's heartbeat (docs/watch.md, "Heartbeats"): its state
// and, while Offline, its aging band; as a colour (the tree's icon) and in words (its tooltip).
struct HeartbeatMark
{
    HeartbeatState state = HeartbeatState::Online;
    std::optional<OfflineAge> age; // while Offline
    QDateTime lastContact; // UTC; invalid: never answered a heartbeat
    // While Offline, the band's bound as the settings set it (its upper one; for Longer, the
    // third band's): the tooltip says "less than 1 day" only while the band is a day.
    std::chrono::seconds bandBound { 0 };

    // The marks of `agents` at `now`, by address.
    static QHash<QString, HeartbeatMark> of(const QVector<AgentHeartbeat> &agents,
                                            const QDateTime &now,
                                            const HeartbeatSettings &settings);

    // Green online; amber to red as an Offline agent ages; grey once Missing.
    QColor colour() const;
    QString text() const;

    // The last contact as text() shows it: to the minute.
    QDateTime shownContact() const;

    // Equal when they show the same: an agent answering every round, within the minute its
    // tooltip shows, leaves the tree alone.
    bool operator==(const HeartbeatMark &other) const
    {
        return state == other.state && age == other.age && shownContact() == other.shownContact()
            && bandBound == other.bandBound;
    }
    bool operator!=(const HeartbeatMark &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(HeartbeatMark)
