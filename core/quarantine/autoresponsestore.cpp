#include "quarantine/autoresponsestore.h"

#include "common/clock.h"
#include "store/auditlog.h"
#include "store/sqltransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

AutoResponseStore::AutoResponseStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<AutoResponseStore::Stored> AutoResponseStore::load() const
{
    using R = Result<Stored>;
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral(
            "SELECT settings_json, enabled_since FROM auto_response_settings WHERE id = 1")))
        return R::failure(tr("cannot read the automatic response settings: %1")
                              .arg(sqlErrorText(select.lastError())));
    if (!select.next())
        return Stored {};
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(select.value(0).toString().toUtf8(), &error);
    if (!document.isObject())
        return R::failure(tr("the stored automatic response settings are not a JSON object: %1")
                              .arg(error.errorString()));
    const Result<AutoResponseSettings> settings = AutoResponseSettings::fromJson(document.object());
    if (!settings)
        return R::failure(
            tr("the stored automatic response settings cannot be used: %1").arg(settings.error()));
    return Stored { *settings, settings->enabled ? storedTime(select.value(1)) : QDateTime() };
}

Result<Done> AutoResponseStore::save(const AutoResponseSettings &settings, const QString &how)
{
    const QDateTime now = Clock::instance().now().toUTC();
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        // Off to on starts a new period; on to on (a rule added) keeps the one that runs. A
        // stored row that cannot be read is replaced, as if the response had been off.
        const Result<Stored> before = load();
        const QDateTime running = before ? before->enabledSince : QDateTime();
        const QDateTime since
            = !settings.enabled ? QDateTime() : (running.isValid() ? running : now);
        QSqlQuery upsert(m_database->connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO auto_response_settings (id, settings_json, enabled_since, updated_at)"
            " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " settings_json = excluded.settings_json, enabled_since = excluded.enabled_since,"
            " updated_at = excluded.updated_at"));
        upsert.addBindValue(
            QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(nullableStoreTime(since));
        upsert.addBindValue(storeTime(now));
        if (!upsert.exec())
            return Result<Done>::failure(tr("cannot save the automatic response settings: %1")
                                             .arg(sqlErrorText(upsert.lastError())));
        return Done {};
    });
    if (!written)
        return written;
    AuditEntry entry;
    entry.at = now;
    entry.osUser = AuditLog::currentOsUser();
    entry.action = auditAction();
    entry.detail = QStringLiteral("%1; %2; %3 rules")
                       .arg(how, settings.enabled ? QStringLiteral("on") : QStringLiteral("off"))
                       .arg(settings.rules.size());
    const Result<qint64> audited = AuditLog(m_database).append(entry);
    if (!audited)
        return Result<Done>::failure(
            tr("the automatic response settings were saved, but the audit log refused the "
               "entry: %1")
                .arg(audited.error()));
    return Done {};
}
