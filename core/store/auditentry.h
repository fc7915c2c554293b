#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

// What one command did to one computer.
struct AuditTarget
{
    QString computer; // address, or name when there is no address
    QString outcome; // a stable key of the command's caller: "done", "refused", "unreachable"
    QString detail; // why, in words; may be empty

    bool operator==(const AuditTarget &other) const
    {
        return computer == other.computer && outcome == other.outcome && detail == other.detail;
    }
};

// How an entry takes part in a command (docs/commands.md, "The audit log"): an intent is written
// before anything is sent, its outcome after; an intent without an outcome is a command that
// was interrupted (a killed console) and stays visible as such. Stable keys, stored as is.
namespace AuditPhase {
inline const char *const complete = "complete"; // the whole command in one entry (before schema 4)
inline const char *const intent = "intent"; // about to be sent to these computers ("pending")
inline const char *const outcome = "outcome"; // what each computer did; intentId names the intent
inline const char *const chainAnchor = "chain-anchor"; // written once by migration 4
} // namespace AuditPhase

// One command an administrator gave (issue 4: move, quarantine, release, start service).
struct AuditEntry
{
    qint64 id = 0; // filled in by AuditLog::append()
    QDateTime at; // UTC
    QString osUser; // who, as the operating system knows them
    QString action; // a stable key: "move", "quarantine", "release", "start-service"
    QVector<AuditTarget> targets;
    QString detail; // arguments and anything else worth keeping; never a secret
    QString phase = QLatin1String(AuditPhase::complete);
    qint64 intentId = 0; // for an outcome: the id of its intent
    // The hash chain (docs/security.md, "The audit log cannot be quietly rewritten"): filled in
    // by AuditLog::append() and when read; empty for an entry written before the chain began.
    QString previousHash;
    QString hash;
};

// A break in the audit log's hash chain: the entry where verification found it, and what.
struct AuditChainProblem
{
    qint64 id = 0;
    QString problem;
};

// What AuditLog::verify() found.
struct AuditVerification
{
    qint64 entries = 0; // every entry read
    qint64 preChainEntries = 0; // written before the chain began, anchored by migration 4
    qint64 headId = 0; // the newest entry, and its hash: note it elsewhere to detect a removal
    QString headHash; // of the newest entries (which no later entry links to)
    QVector<AuditChainProblem> problems; // empty: the chain is whole
    QVector<AuditEntry> openIntents; // commands whose outcome was never written, oldest first

    bool intact() const { return problems.isEmpty(); }
};

// What AuditLog::search() and exportRows() select. Empty fields select everything.
struct AuditFilter
{
    QString text; // in the user, action, computers, outcomes or details; case-insensitive
    QString action; // exactly this action key
    QDateTime from; // at or after (inclusive)
    QDateTime to; // before (exclusive)
    int limit = 0; // search(): at most this many, newest first; 0 for all
};
