#include "store/auditlog.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <lmcons.h>
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

QString targetsToJson(const QVector<AuditTarget> &targets)
{
    QJsonArray array;
    for (const AuditTarget &target : targets) {
        array.append(QJsonObject { { QStringLiteral("computer"), target.computer },
                                   { QStringLiteral("outcome"), target.outcome },
                                   { QStringLiteral("detail"), target.detail } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QVector<AuditTarget>> targetsFromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return Result<QVector<AuditTarget>>::failure(
            QCoreApplication::translate("AuditLog", "targets_json is not a JSON array"));
    QVector<AuditTarget> targets;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        targets.append({ object.value(QLatin1String("computer")).toString(),
                         object.value(QLatin1String("outcome")).toString(),
                         object.value(QLatin1String("detail")).toString() });
    }
    return targets;
}

// LIKE pattern for "contains `text`", with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

AuditLog::AuditLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

QString AuditLog::currentOsUser()
{
    // The account, not $USER (%USERNAME%), which any process can set.
#ifdef _WIN32
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 0)
        return QString::fromWCharArray(name, int(size) - 1);
    return QStringLiteral("unknown account (error %1)").arg(GetLastError());
#else
    if (const passwd *account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(geteuid());
#endif
}

namespace {
// Any fixed 64-bit number, the same in every osmgmt ("audit"): PostgreSQL consoles appending at
// once take turns on it, so that each reads the newest hash and links to it before the next one
// does. SQLite's BEGIN IMMEDIATE already serialises writers. An advisory lock needs no
// privilege, so the console's role can keep to INSERT and SELECT (docs/security.md).
constexpr qint64 appendLockKey = 0x6175646974;

bool validPhase(const AuditEntry &entry)
{
    if (entry.phase == QLatin1String(AuditPhase::outcome))
        return entry.intentId > 0;
    return entry.intentId == 0
        && (entry.phase == QLatin1String(AuditPhase::complete)
            || entry.phase == QLatin1String(AuditPhase::intent));
}
} // namespace

Result<QString> AuditLog::newestHash() const
{
    if (m_database->dialect() == SqlDialect::PostgreSql) {
        const Result<Done> locked = SqlTransaction::exec(
            m_database->connection(),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(appendLockKey));
        if (!locked)
            return Result<QString>::failure(locked.error());
    }
    QSqlQuery newest(m_database->connection());
    // An entry without a hash after the chain began is reported by verify(); the chain goes on
    // from the last hashed one.
    if (!newest.exec(QStringLiteral("SELECT entry_hash FROM audit_log WHERE entry_hash IS NOT "
                                    "NULL ORDER BY id DESC LIMIT 1")))
        return Result<QString>::failure(sqlErrorText(newest.lastError()));
    return newest.next() ? newest.value(0).toString() : AuditChain::genesis();
}

Result<qint64> AuditLog::append(const AuditEntry &entry)
{
    if (!entry.at.isValid() || entry.osUser.isEmpty() || entry.action.isEmpty()
        || !validPhase(entry))
        return Result<qint64>::failure(
            tr("an audit entry needs a time, a user, an action and a phase (an outcome names its "
               "intent); this one was not recorded"));
    AuditChain::Row row;
    row.at = storeTime(entry.at);
    row.osUser = entry.osUser;
    row.action = entry.action;
    row.targetsJson = targetsToJson(entry.targets);
    row.detail = notNullText(entry.detail);
    row.phase = entry.phase;
    row.intentId = entry.intentId;
    qint64 id = 0;
    // Outlives the transaction (see QueryStore::appendEndpoints()).
    QSqlQuery insert(m_database->connection());
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        const Result<QString> previous = newestHash();
        if (!previous)
            return Result<Done>::failure(previous.error());
        insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, os_user, action, targets_json, detail, phase, intent_id,"
            " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        const Result<qint64> inserted = insertReturningId(
            insert,
            { row.at, row.osUser, row.action, row.targetsJson, row.detail, row.phase,
              row.intentId ? QVariant(row.intentId) : QVariant(QMetaType::fromType<qint64>()),
              previous.value(), AuditChain::entryHash(previous.value(), row) });
        if (!inserted)
            return Result<Done>::failure(inserted.error());
        id = inserted.value();
        return Done {};
    });
    if (!written) {
        Logging::get("store")->error("recording the audit entry for {} failed: {}", entry.action,
                                     written.error());
        return Result<qint64>::failure(
            tr("cannot record the action in the audit log: %1").arg(written.error()));
    }
    return id;
}

Result<AuditVerification> AuditLog::verify() const
{
    return AuditChain::verify(m_database->connection());
}

Result<AuditEntry> AuditLog::entryFrom(const AuditChain::Row &row)
{
    AuditEntry entry;
    entry.id = row.id;
    entry.at = storedTime(row.at);
    entry.osUser = row.osUser;
    entry.action = row.action;
    Result<QVector<AuditTarget>> targets = targetsFromJson(row.targetsJson);
    if (!targets || !entry.at.isValid())
        return Result<AuditEntry>::failure(
            tr("audit entry %1 cannot be read: %2")
                .arg(QString::number(entry.id),
                     targets ? tr("its time is not one this version writes") : targets.error()));
    entry.targets = std::move(targets).value();
    entry.detail = row.detail;
    entry.phase = row.phase;
    entry.intentId = row.intentId;
    entry.previousHash = row.previousHash;
    entry.hash = row.entryHash;
    return entry;
}

Result<QVector<AuditEntry>> AuditLog::search(const AuditFilter &filter) const
{
    QVector<AuditEntry> entries;
    const Result<Done> selected = select(filter, true, [&entries](const AuditEntry &entry) {
        entries.append(entry);
        return true;
    });
    if (!selected)
        return Result<QVector<AuditEntry>>::failure(selected.error());
    return entries;
}

QStringList AuditLog::exportHeaders()
{
    // Stable English keys: the export is read by scripts and auditors, whatever the UI language.
    return { QStringLiteral("time_utc"), QStringLiteral("os_user"),
             QStringLiteral("action"),   QStringLiteral("computer"),
             QStringLiteral("outcome"),  QStringLiteral("outcome_detail"),
             QStringLiteral("detail") };
}

Result<Done> AuditLog::exportRows(const AuditFilter &filter,
                                  const std::function<bool(const QStringList &row)> &sink) const
{
    AuditFilter all = filter;
    all.limit = 0;
    return select(all, false, [&sink](const AuditEntry &entry) {
        const QString at = storeTime(entry.at);
        if (entry.targets.isEmpty())
            return sink({ at, entry.osUser, entry.action, {}, {}, {}, entry.detail });
        for (const AuditTarget &target : entry.targets) {
            if (!sink({ at, entry.osUser, entry.action, target.computer, target.outcome,
                        target.detail, entry.detail }))
                return false;
        }
        return true;
    });
}

Result<Done> AuditLog::select(const AuditFilter &filter, bool newestFirst,
                              const std::function<bool(const AuditEntry &)> &sink) const
{
    // One row per command: its complete entry or its outcome, and an intent only while it has
    // no outcome (a command interrupted before it ended). The chain's anchor is no command.
    QStringList conditions { QStringLiteral(
        "(phase IN ('complete', 'outcome') OR (phase = 'intent' AND NOT EXISTS (SELECT 1 FROM"
        " audit_log o WHERE o.intent_id = audit_log.id AND o.phase = 'outcome')))") };
    QVariantList values;
    if (!filter.text.isEmpty()) {
        // LOWER() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
        conditions << QStringLiteral(
            "(LOWER(os_user) LIKE ? ESCAPE '\\' OR LOWER(action) LIKE ? ESCAPE '\\'"
            " OR LOWER(targets_json) LIKE ? ESCAPE '\\' OR LOWER(detail) LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            values << containsPattern(filter.text);
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << storeTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << storeTime(filter.to);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY at %3, id %3")
                      .arg(AuditChain::selectColumns(), conditions.join(QLatin1String(" AND ")),
                           newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Result<Done>::failure(
            tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError())));
    while (query.next()) {
        const Result<AuditEntry> entry = entryFrom(AuditChain::rowFrom(query));
        if (!entry)
            return Result<Done>::failure(entry.error());
        if (!sink(entry.value()))
            return Done {};
    }
    if (query.lastError().isValid())
        return Result<Done>::failure(
            tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError())));
    return Done {};
}
