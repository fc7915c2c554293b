#include "store/auditlog.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

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
    // The account, not $USER, which any process can set.
    if (const passwd *account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(geteuid());
}

Result<qint64> AuditLog::append(const AuditEntry &entry)
{
    if (!entry.at.isValid() || entry.osUser.isEmpty() || entry.action.isEmpty())
        return Result<qint64>::failure(
            tr("an audit entry needs a time, a user and an action; this one was not recorded"));
    qint64 id = 0;
    // Outlives the transaction (see QueryStore::appendEndpoints()).
    QSqlQuery insert(m_database->connection());
    const QString error = m_database->writeTransaction([&]() -> QString {
        insert.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, action, targets_json,"
                                      " detail) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(timeText(entry.at));
        insert.addBindValue(entry.osUser);
        insert.addBindValue(entry.action);
        insert.addBindValue(targetsToJson(entry.targets));
        insert.addBindValue(notNullText(entry.detail));
        if (!insert.exec() || !insert.next())
            return sqlErrorText(insert.lastError());
        id = insert.value(0).toLongLong();
        // A statement still positioned on its row keeps SQLite from committing.
        insert.finish();
        return {};
    });
    if (!error.isEmpty()) {
        Logging::get("store")->error("recording the audit entry for {} failed: {}", entry.action,
                                     error);
        return Result<qint64>::failure(
            tr("cannot record the action in the audit log: %1").arg(error));
    }
    return id;
}

Result<QVector<AuditEntry>> AuditLog::search(const AuditFilter &filter) const
{
    QVector<AuditEntry> entries;
    const QString error = select(filter, true, [&entries](const AuditEntry &entry) {
        entries.append(entry);
        return true;
    });
    if (!error.isEmpty())
        return Result<QVector<AuditEntry>>::failure(error);
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

QString AuditLog::exportRows(const AuditFilter &filter,
                             const std::function<bool(const QStringList &row)> &sink) const
{
    AuditFilter all = filter;
    all.limit = 0;
    return select(all, false, [&sink](const AuditEntry &entry) {
        const QString at = timeText(entry.at);
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

QString AuditLog::select(const AuditFilter &filter, bool newestFirst,
                         const std::function<bool(const AuditEntry &)> &sink) const
{
    QStringList conditions { QStringLiteral("1 = 1") };
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
        values << timeText(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << timeText(filter.to);
    }
    QString sql = QStringLiteral("SELECT id, at, os_user, action, targets_json, detail FROM "
                                 "audit_log WHERE %1 ORDER BY at %2, id %2")
                      .arg(conditions.join(QLatin1String(" AND ")),
                           newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError()));
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.osUser = query.value(2).toString();
        entry.action = query.value(3).toString();
        Result<QVector<AuditTarget>> targets = targetsFromJson(query.value(4).toString());
        if (!targets || !entry.at.isValid())
            return tr("audit entry %1 cannot be read: %2")
                .arg(QString::number(entry.id),
                     targets ? tr("its time is not one this version writes") : targets.error());
        entry.targets = std::move(targets).value();
        entry.detail = query.value(5).toString();
        if (!sink(entry))
            return {};
    }
    if (query.lastError().isValid())
        return tr("cannot read the audit log: %1").arg(sqlErrorText(query.lastError()));
    return {};
}
