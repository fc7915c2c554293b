#pragma once

#include "store/auditentry.h"
#include "store/migrations.h"

#include <QSqlDatabase>
#include <QString>

// The audit log's hash chain (docs/security.md, "The audit log cannot be quietly rewritten").
// Each entry stores the hash of the one before it (previous_hash) and its own (entry_hash), a
// SHA-256 over the previous hash and the entry's columns exactly as stored. Changing, removing
// or inserting an entry breaks the chain at that entry or the next one, and verify() names it.
namespace AuditChain {

// The previous hash of the very first entry: 64 zeros.
QString genesis();

// The columns of one audit_log row as stored, which is what the hash covers.
struct Row
{
    qint64 id = 0;
    QString at;
    QString osUser;
    QString action;
    QString targetsJson;
    QString detail;
    QString phase;
    qint64 intentId = 0; // 0: NULL
    QString previousHash; // empty: NULL (written before the chain began)
    QString entryHash;
};

// SHA-256, in lowercase hex, of `previousHash` and the row's columns, each written as its UTF-8
// length in decimal, ':', the bytes and ',' (a netstring), so no two rows give the same input.
QString entryHash(const QString &previousHash, const Row &row);

// The columns of audit_log every reader selects, in Row's order; `prefix` qualifies them.
QString selectColumns(const QString &prefix = {});
// A Row from a query positioned on a row selected with selectColumns().
Row rowFrom(const class QSqlQuery &query);

// Walks the whole log in id order and checks every link; reports every break, not only the
// first, and the commands whose intent has no outcome. An error text when the log cannot be
// read.
Result<AuditVerification> verify(const QSqlDatabase &db);

// Migration 4's step after its statements: the entries written before the chain existed get no
// hash of their own; one "chain-anchor" entry is appended whose previous_hash is their chain
// hash (computed as if they had been chained from the start), so that changing any of them
// later breaks the link to the anchor. Nothing when the log is empty.
Result<Done> anchorPreChainEntries(const QSqlDatabase &db, SqlDialect dialect);

} // namespace AuditChain
