#include "health/healthsettingsimport.h"

#include "common/clock.h"
#include "health/healthstore.h"
#include "store/auditlog.h"

namespace {

// The words of the translation context "HealthSettingsImport".
QString tr(const char *text)
{
    return QCoreApplication::translate("HealthSettingsImport", text);
}

AuditEntry entry(const QString &phase, const QString &detail)
{
    AuditEntry entry;
    entry.at = Clock::instance().now();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = QLatin1String(HealthSettingsImport::auditAction);
    entry.phase = phase;
    entry.detail = detail;
    return entry;
}

} // namespace

Result<Done> HealthSettingsImport::apply(const std::shared_ptr<Database> &database,
                                         const HealthSettingsList &settings, const QString &source)
{
    QStringList names;
    for (const HealthSettings &one : settings.all())
        names << one.name;
    // Stable, English words in the log (like the commands' details): the file and the names.
    const QString what
        = QStringLiteral("from %1: %2").arg(source, names.join(QStringLiteral(", ")));
    AuditLog log(database);
    const Result<qint64> intent = log.append(entry(QLatin1String(AuditPhase::intent), what));
    if (!intent)
        return Result<Done>::failure(
            tr("the import is not recorded in the audit log, so nothing was changed: %1")
                .arg(intent.error()));
    const Result<Done> saved = HealthStore(database).saveSettings(settings);
    AuditEntry outcome = entry(QLatin1String(AuditPhase::outcome),
                               saved ? QStringLiteral("imported %1").arg(what)
                                     : QStringLiteral("failed %1: %2").arg(what, saved.error()));
    outcome.intentId = *intent;
    const Result<qint64> recorded = log.append(outcome);
    if (!saved)
        return saved;
    if (!recorded)
        return Result<Done>::failure(
            tr("the settings were imported, but their outcome is not in the audit log: %1")
                .arg(recorded.error()));
    return Done {};
}
