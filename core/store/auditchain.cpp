#include "store/auditchain.h"

#include "common/clock.h"
#include "store/auditlog.h"
#include "store/sqltransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditChain", text);
}

void addField(QCryptographicHash &hash, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView(","));
}

} // namespace

namespace AuditChain {

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString entryHash(const QString &previousHash, const Row &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field :
         { previousHash, row.at, row.osUser, row.action, row.targetsJson, row.detail, row.phase,
           row.intentId ? QString::number(row.intentId) : QString() })
        addField(hash, field);
    return QString::fromLatin1(hash.result().toHex());
}

QString selectColumns(const QString &prefix)
{
    QStringList columns { QStringLiteral("id"),
                          QStringLiteral("at"),
                          QStringLiteral("os_user"),
                          QStringLiteral("action"),
                          QStringLiteral("targets_json"),
                          QStringLiteral("detail"),
                          QStringLiteral("phase"),
                          QStringLiteral("intent_id"),
                          QStringLiteral("previous_hash"),
                          QStringLiteral("entry_hash") };
    for (QString &column : columns)
        column.prepend(prefix);
    return columns.join(QLatin1String(", "));
}

Row rowFrom(const QSqlQuery &query)
{
    Row row;
    row.id = query.value(0).toLongLong();
    row.at = query.value(1).toString();
    row.osUser = query.value(2).toString();
    row.action = query.value(3).toString();
    row.targetsJson = query.value(4).toString();
    row.detail = query.value(5).toString();
    row.phase = query.value(6).toString();
    row.intentId = query.value(7).isNull() ? 0 : query.value(7).toLongLong();
    row.previousHash = query.value(8).toString();
    row.entryHash = query.value(9).toString();
    return row;
}

Result<AuditVerification> verify(const QSqlDatabase &db)
{
    using Failure = Result<AuditVerification>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(selectColumns())))
        return Failure::failure(
            tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError())));
    AuditVerification result;
    QString previous = genesis();
    bool chainBegan = false;
    while (query.next()) {
        const Row row = rowFrom(query);
        ++result.entries;
        result.headId = row.id;
        const QString computed = entryHash(previous, row);
        if (row.entryHash.isEmpty()) {
            if (chainBegan) {
                // Only entries older than the chain may lack a hash: this one was added around
                // osmgmt. The chain goes on from the last hashed entry.
                result.problems.append(
                    { row.id,
                      tr("entry %1 has no hash: it was not written by osmgmt's audit log")
                          .arg(row.id) });
                continue;
            }
            ++result.preChainEntries;
            previous = computed;
            result.headHash = computed;
            continue;
        }
        chainBegan = true;
        if (row.previousHash != previous)
            result.problems.append(
                { row.id,
                  tr("entry %1 does not follow the entry before it: an earlier entry was "
                     "changed, removed or inserted")
                      .arg(row.id) });
        else if (row.entryHash != computed)
            result.problems.append(
                { row.id, tr("entry %1 was changed after it was written").arg(row.id) });
        previous = row.entryHash;
        result.headHash = row.entryHash;
    }
    if (query.lastError().isValid())
        return Failure::failure(
            tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError())));

    QSqlQuery open(db);
    open.setForwardOnly(true);
    if (!open.exec(QStringLiteral("SELECT %1 FROM audit_log i WHERE i.phase = 'intent' AND NOT "
                                  "EXISTS (SELECT 1 FROM audit_log o WHERE o.intent_id = i.id "
                                  "AND o.phase = 'outcome') ORDER BY i.id")
                       .arg(selectColumns(QStringLiteral("i.")))))
        return Failure::failure(
            tr("cannot read the audit log: %1").arg(sqlErrorText(open.lastError())));
    while (open.next()) {
        Result<AuditEntry> entry = AuditLog::entryFrom(rowFrom(open));
        if (!entry)
            return Failure::failure(entry.error());
        result.openIntents.append(std::move(entry).value());
    }
    return result;
}

Result<Done> anchorPreChainEntries(const QSqlDatabase &db, SqlDialect)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(selectColumns())))
        return Result<Done>::failure(sqlErrorText(query.lastError()));
    QString previous = genesis();
    qint64 count = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
    while (query.next()) {
        const Row row = rowFrom(query);
        previous = entryHash(previous, row);
        firstId = count++ == 0 ? row.id : firstId;
        lastId = row.id;
    }
    if (query.lastError().isValid())
        return Result<Done>::failure(sqlErrorText(query.lastError()));
    query.finish();
    if (count == 0)
        return Done {};
    Row anchor;
    anchor.at = storeTime(Clock::instance().now());
    anchor.osUser = AuditLog::currentOsUser();
    anchor.action = QStringLiteral("audit-chain-start");
    anchor.targetsJson = QStringLiteral("[]");
    // Stored words, not translated: the log reads the same in every language.
    anchor.detail = QStringLiteral("the %1 entries written before the hash chain began (ids %2 to "
                                   "%3) are anchored here: this entry's previous hash is theirs")
                        .arg(count)
                        .arg(firstId)
                        .arg(lastId);
    anchor.phase = QLatin1String(AuditPhase::chainAnchor);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, action, targets_json, "
                                  "detail, phase, previous_hash, entry_hash) VALUES (?, ?, ?, ?, "
                                  "?, ?, ?, ?)"));
    for (const QString &value :
         { anchor.at, anchor.osUser, anchor.action, anchor.targetsJson, anchor.detail, anchor.phase,
           previous, entryHash(previous, anchor) })
        insert.addBindValue(value);
    if (!insert.exec())
        return Result<Done>::failure(sqlErrorText(insert.lastError()));
    return Done {};
}

} // namespace AuditChain
