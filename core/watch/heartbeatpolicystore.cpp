#include "watch/heartbeatpolicystore.h"

#include "common/clock.h"
#include "store/auditlog.h"
#include "store/sqltransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

HeartbeatPolicyStore::HeartbeatPolicyStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<HeartbeatPolicy> HeartbeatPolicyStore::load() const
{
    using R = Result<HeartbeatPolicy>;
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT settings_json FROM heartbeat_settings WHERE id = 1")))
        return R::failure(
            tr("cannot read the heartbeat settings: %1").arg(sqlErrorText(select.lastError())));
    if (!select.next())
        return HeartbeatPolicy();
    const QJsonDocument document = QJsonDocument::fromJson(select.value(0).toString().toUtf8());
    const Result<HeartbeatPolicy> policy = HeartbeatPolicy::fromJson(document.object());
    if (!policy)
        return R::failure(
            tr("the stored heartbeat settings cannot be used: %1").arg(policy.error()));
    return policy;
}

Result<Done> HeartbeatPolicyStore::save(const HeartbeatPolicy &policy, const QString &how)
{
    if (const QString problem = policy.problem(); !problem.isEmpty())
        return Result<Done>::failure(tr("the heartbeat settings were not saved: %1").arg(problem));
    const QDateTime now = Clock::instance().now().toUTC();
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery upsert(m_database->connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO heartbeat_settings (id, settings_json, updated_at) VALUES (1, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json,"
            " updated_at = excluded.updated_at"));
        upsert.addBindValue(
            QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(storeTime(now));
        if (!upsert.exec())
            return Result<Done>::failure(
                tr("cannot save the heartbeat settings: %1").arg(sqlErrorText(upsert.lastError())));
        return Done {};
    });
    if (!written)
        return written;
    AuditEntry entry;
    entry.at = now;
    entry.osUser = AuditLog::currentOsUser();
    entry.action = auditAction();
    entry.detail = QStringLiteral("%1; %2 groups").arg(how).arg(policy.groups.size());
    const Result<qint64> audited = AuditLog(m_database).append(entry);
    if (!audited)
        return Result<Done>::failure(
            tr("the heartbeat settings were saved, but the audit log refused the entry: %1")
                .arg(audited.error()));
    return Done {};
}

Result<bool> HeartbeatPolicyStore::saveIfNone(const HeartbeatPolicy &policy, const QString &how)
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT COUNT(*) FROM heartbeat_settings")) || !select.next())
        return Result<bool>::failure(
            tr("cannot read the heartbeat settings: %1").arg(sqlErrorText(select.lastError())));
    if (select.value(0).toInt() > 0)
        return false;
    const Result<Done> saved = save(policy, how);
    if (!saved)
        return Result<bool>::failure(saved.error());
    return true;
}
