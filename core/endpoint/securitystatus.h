#pragma once

#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

// Where an endpoint stands with respect to this server (reference 000, "Security Status").
enum class SecurityStatus {
    ManagedByThisServer,
    ManagedByAnotherServer,
    NoClientInstalled,
    Unreachable,
    UnresolvedAd,
};

// What the gate connect (the "Declare a computer unreachable by checking port N" option) saw.
// Refused and timed out stay apart: host up with the port closed, or host down or filtered.
enum class GateResult { Connected, Refused, Timeout, NoRoute, Skipped };

namespace SecurityStatuses {
inline constexpr std::array<SecurityStatus, 5> all = {
    SecurityStatus::ManagedByThisServer, SecurityStatus::ManagedByAnotherServer,
    SecurityStatus::NoClientInstalled,   SecurityStatus::Unreachable,
    SecurityStatus::UnresolvedAd,
};
// The four statuses of an endpoint outside server management, in the manual's order.
inline constexpr std::array<SecurityStatus, 4> outside = {
    SecurityStatus::ManagedByAnotherServer,
    SecurityStatus::NoClientInstalled,
    SecurityStatus::Unreachable,
    SecurityStatus::UnresolvedAd,
};
} // namespace SecurityStatuses

namespace GateResults {
inline constexpr std::array<GateResult, 5> all = {
    GateResult::Connected, GateResult::Refused, GateResult::Timeout,
    GateResult::NoRoute,   GateResult::Skipped,
};
} // namespace GateResults

// Stable keys for files, the CLI and the database: "managed-by-another-server", ...
QString toKey(SecurityStatus status);
std::optional<SecurityStatus> securityStatusFromKey(const QString &key);
// The UI words (GLOSSARY.md), translated in the current language.
QString displayName(SecurityStatus status);

QString toKey(GateResult gate);
std::optional<GateResult> gateResultFromKey(const QString &key);
QString displayName(GateResult gate);

Q_DECLARE_METATYPE(SecurityStatus)
Q_DECLARE_METATYPE(GateResult)
