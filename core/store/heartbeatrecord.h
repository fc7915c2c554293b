#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// The heartbeat state of an agent of this server (docs/watch.md, "Heartbeats").
enum class HeartbeatState {
    Online, // it answered its last heartbeat, or has not yet missed enough of them
    Offline, // it missed N heartbeats in a row
    Missing, // offline for longer than the missing threshold (30 days by default)
};

// Stable keys for the database, files and the CLI: "online", "offline", "missing".
QString toKey(HeartbeatState state);
std::optional<HeartbeatState> heartbeatStateFromKey(const QString &key);

// What the store keeps of one agent of this server between heartbeat rounds (table
// agent_heartbeats, schema 6). The agent is known by its address.
struct AgentHeartbeat
{
    QString address; // canonical text form
    quint16 port = 0; // its agent port
    QString name;
    HeartbeatState state = HeartbeatState::Online;
    QDateTime lastContact; // UTC; invalid: it has not answered a heartbeat yet
    QDateTime lastHeartbeat; // UTC; when it was last asked; invalid: never
    // The last heartbeat's outcome: "answered", or why not ("unreachable", "protocol-error",
    // "refused"); empty before the first heartbeat.
    QString outcome;
    QString outcomeDetail; // in words; agent text made printable
    int missedHeartbeats = 0; // in a row, since the last contact
    QDateTime offlineSince; // UTC; the heartbeat that made it Offline; invalid while online
    // Its AD computer object's DN as the last query found it, for the heartbeat groups' Applies
    // to; not stored with the heartbeat (HeartbeatStore::roster() fills it in), nor compared.
    QString adPath;

    bool operator==(const AgentHeartbeat &other) const;
};

// The health indicators an agent reported at its last heartbeat with a full report (table
// agent_health, schema 8): indicator key -> state key (core/health, HealthKeys), so that an
// indicator that turns to Needs attention gives its event once.
struct AgentHealthRecord
{
    QString address;
    QMap<QString, QString> indicators;
    QDateTime evaluatedAt; // UTC
    // The CVE identifiers it reported missing in that report (schema 12); absent when it did
    // not say. The CVE compliance policies judge it by them (docs/policies.md).
    std::optional<QStringList> missingCves = std::nullopt;
};

// The kinds of event, stable keys (docs/watch.md, "Events").
namespace EventKind {
inline const char *const wentOffline = "went-offline";
inline const char *const cameOnline = "came-online";
inline const char *const wentMissing = "went-missing";
inline const char *const statusChanged = "status-changed"; // between two completed queries
inline const char *const needsAttention = "needs-attention"; // a health indicator
// The automatic response to a detection (docs/auto-response.md): done and seen in force, not
// done or not in force (the detail says why and what to do), or a notify-only rule.
inline const char *const autoResponseVerified = "auto-response-verified";
inline const char *const autoResponseFailed = "auto-response-failed";
inline const char *const autoResponseNotified = "auto-response-notified";
// CVE compliance policies (docs/policies.md): a computer turned pending, was quarantined or
// released by a policy.
inline const char *const policyPending = "policy-pending";
inline const char *const policyQuarantined = "policy-quarantined";
inline const char *const policyReleased = "policy-released";
bool isKnown(const QString &kind);
QStringList all();
} // namespace EventKind

// One change of a computer, as the events table keeps it (schema 6): generic, so that every
// kind has the same columns. `from` and `to` are the stable keys of the old and new state
// (heartbeat states, security statuses, health states).
struct ComputerEvent
{
    qint64 id = 0; // filled in when stored
    QDateTime at; // UTC
    QString kind; // EventKind
    QString name;
    QString address;
    QString from;
    QString to;
    QString detail; // in words, may be empty

    bool operator==(const ComputerEvent &other) const;
};

// What events to read. Empty fields select everything.
struct EventFilter
{
    QDateTime since; // at or after
    QString kind; // exactly this kind
    int limit = 0; // the newest this many; 0: all
    qint64 afterId = 0; // only events appended after the one with this id; 0: any
    QStringList kinds = {}; // any of these kinds; empty: any
    qint64 throughId = 0; // only events appended up to the one with this id; 0: any
};

Q_DECLARE_METATYPE(ComputerEvent)
