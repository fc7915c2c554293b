#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>

#include <optional>

// The real agent's quarantine as kept in its state directory (quarantine.json), so that a
// restart or a reboot re-applies it: only a `release` ends a quarantine. The file exists
// exactly while the host is quarantined.
struct QuarantineRecord
{
    QList<QHostAddress> consoles; // the addresses the quarantine commands came from
    QDateTime since;
    // The allow list's addresses (`quarantine.allow`), its names as they resolved when the
    // quarantine was applied: a boot restores them before the network (and DNS) is up.
    QList<QHostAddress> allowed;

    // Every address the rules keep open: the consoles, then the allowed ones.
    QList<QHostAddress> reachable() const;

    // The record in `directory`; none when the host is not quarantined.
    static Result<std::optional<QuarantineRecord>> load(const QString &directory);
    // Written atomically (QSaveFile).
    Result<bool> save(const QString &directory) const;
    static Result<bool> remove(const QString &directory);
};
