#pragma once

#include "common/result.h"
#include "store/auditchain.h"
#include "store/auditentry.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

// The append-only record of every command (docs/data-model.md, "audit_log"). Nothing here
// changes or deletes a row, and the database refuses UPDATE and DELETE on the table with a
// trigger, so no other code path can either; query retention does not touch it. Each entry
// carries the hash of the one before (AuditChain), so a row changed by someone who got past the
// triggers shows in verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(std::shared_ptr<Database> database);

    // Appends one entry, chained to the newest one, and returns its id. `at`, `osUser` and
    // `action` are required; `phase` is complete, intent or outcome (which names its intent).
    // Appends from several connections (consoles) take turns, so the chain never forks.
    Result<qint64> append(const AuditEntry &entry);
    // Checks the whole chain and lists the commands whose outcome was never written.
    Result<AuditVerification> verify() const;
    // Newest first.
    Result<QVector<AuditEntry>> search(const AuditFilter &filter) const;
    // For CSV export: exportHeaders() then one row per computer of each entry (an entry with no
    // computer gives one row with the computer cells empty), oldest first, streamed to `sink`
    // without holding the log in memory. `sink` returns false to stop.
    static QStringList exportHeaders();
    Result<Done> exportRows(const AuditFilter &filter,
                            const std::function<bool(const QStringList &row)> &sink) const;

    // The user this process runs as, for AuditEntry::osUser.
    static QString currentOsUser();
    // An entry from its stored columns; fails naming the entry when they cannot be read.
    static Result<AuditEntry> entryFrom(const AuditChain::Row &row);

private:
    Result<QString> newestHash() const;
    Result<Done> select(const AuditFilter &filter, bool newestFirst,
                        const std::function<bool(const AuditEntry &)> &sink) const;

    std::shared_ptr<Database> m_database;
};
