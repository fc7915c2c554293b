#pragma once

#include "agentlink/agentstatus.h"
#include "store/heartbeatrecord.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <chrono>
#include <optional>

// The heartbeat settings (docs/watch.md, "Heartbeats"), with the defaults.
struct HeartbeatSettings
{
    std::chrono::seconds interval { 10 * 60 }; // between two heartbeats of an agent
    int missesForOffline = 2; // N missed heartbeats in a row make an agent Offline
    // Laptops and the like: missed heartbeats are counted, but the agent never turns Offline
    // (nor Missing); one already Offline when this was set ages on until it answers.
    bool neverOffline = false;
    // The aging bands of an Offline agent: offline for less than each of these.
    std::chrono::seconds firstBand { 60 * 60 }; // 1 hour
    std::chrono::seconds secondBand { 24 * 60 * 60 }; // 1 day
    std::chrono::seconds thirdBand { 7 * 24 * 60 * 60 }; // 7 days
    // Offline this long makes an agent Missing.
    std::chrono::seconds missingAfter { 30 * 24 * 60 * 60 }; // 30 days
};

// How long an Offline agent has been offline, in the settings' bands.
enum class OfflineAge {
    UnderFirstBand, // less than 1 hour by default
    UnderSecondBand, // less than 1 day
    UnderThirdBand, // less than 7 days
    Longer, // 7 days or more, not yet missing
};

// Stable keys: "under-1-hour"-like names would lie once the settings change, so the bands are
// numbered: "band-1" .. "band-3", "longer".
QString toKey(OfflineAge age);

// What one heartbeat found.
struct HeartbeatAnswer
{
    bool answered = false; // the agent answered `status` over its TLS link
    QString outcome; // "answered", "unreachable", "protocol-error", "refused"
    QString detail; // why not, in words
    // The agent's health report, when it gave it (the heartbeat presented this server's
    // certificate): the heartbeat's own health evaluation reads it (needs-attention events).
    std::optional<AgentStatus> status;
};

// The heartbeat state machine of one agent (docs/watch.md, "Heartbeats"): driven by the
// heartbeats' outcomes and the Clock's time, no threads, no timers.
//
//   Online  --N missed in a row-->          Offline  (went-offline; offline since then)
//   Offline --offline >= missingAfter-->    Missing  (went-missing)
//   Offline or Missing --an answer-->       Online   (came-online)
//
// Each transition gives its event once: the state it leads to is stored with the event, so the
// next round starts from there.
namespace HeartbeatStateMachine {

// Applies one heartbeat's outcome, at `now`, to `agent`; returns the events of the transitions
// it made: usually none or one (went-offline and went-missing at once when missingAfter is 0).
QVector<ComputerEvent> apply(AgentHeartbeat &agent, const HeartbeatAnswer &answer,
                             const QDateTime &now, const HeartbeatSettings &settings);

// The aging band of an Offline agent at `now`; nullopt for Online and Missing agents.
std::optional<OfflineAge> offlineAge(const AgentHeartbeat &agent, const QDateTime &now,
                                     const HeartbeatSettings &settings);

} // namespace HeartbeatStateMachine
