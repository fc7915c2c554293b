#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Whether a computer is quarantined, by whom, since when and why (issue 14, point 1): what an
// agent reports in its status as `quarantine` (docs/agent-protocol.md, "status") and what the
// Computer Quarantine Status report lists (reference 001).
struct QuarantineState
{
    // Pending: a policy will quarantine it when its grace period ends (reference 001: its user
    // is warned first). Released: it was quarantined and is not any more.
    enum class State { Quarantined, Pending, Released };
    // Who decided: an administrator, a compliance policy, or an automatic response to a
    // detected security risk (reference 002).
    enum class Reason { Manual, Policy, Detection };

    State state = State::Quarantined;
    Reason reason = Reason::Manual;
    QString policy; // the policy's or automatic rule's name; empty for a manual quarantine
    QDateTime since; // when it entered this state (UTC)
    QDateTime graceEnds; // pending: when the grace period ends; invalid otherwise
    QStringList missingCves; // policy: the CVE identifiers the computer still misses
    QString why; // in words, e.g. "quarantined by the console at 127.0.0.1"

    QJsonObject toJson() const;
    // Fails naming the key that is missing or of the wrong type (`path` prefixes it).
    static Result<QuarantineState> fromJson(const QJsonValue &value, const QString &path);
    bool operator==(const QuarantineState &other) const;
};

Q_DECLARE_METATYPE(QuarantineState)

// The stable keys of the status and the report: "quarantined", "pending", "released"; "manual",
// "policy", "detection".
QString toKey(QuarantineState::State state);
QString toKey(QuarantineState::Reason reason);
std::optional<QuarantineState::State> quarantineStateFromKey(const QString &key);
std::optional<QuarantineState::Reason> quarantineReasonFromKey(const QString &key);
// In the user's language, for pages and tooltips.
QString displayName(QuarantineState::State state);
QString displayName(QuarantineState::Reason reason);
// One line for a tooltip or a detail: "Quarantined (policy Critical 2026) since 2026-12-01
// 10:59 UTC: <why>".
QString describe(const QuarantineState &quarantine);
