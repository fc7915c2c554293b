#pragma once

#include "quarantine/quarantineroster.h"

#include <QJsonObject>
#include <QStringList>

// The Computer Quarantine Status report as `osmgmt-cli quarantine-status` writes it and the
// console exports it (docs/quarantine.md): one record per computer, keys not words.
namespace QuarantineReport {
// name, address, state, reason, policy, since, graceEnds, missingCves, why
QStringList fields();
// Times ISO 8601 UTC, empty when unknown; missingCves an array (a CSV cell separates them with
// spaces).
QJsonObject record(const QuarantineEntry &entry);
} // namespace QuarantineReport
