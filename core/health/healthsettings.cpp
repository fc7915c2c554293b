#include "health/healthsettings.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HealthSettings", text);
}

const QString nameKey = QStringLiteral("name");
const QString enabledKey = QStringLiteral("enabled");
const QString appliesToKey = QStringLiteral("appliesTo");
const QString antivirusKey = QStringLiteral("antivirus");
const QString scanKey = QStringLiteral("antivirusScan");
const QString firewallKey = QStringLiteral("firewall");
const QString definitionsKey = QStringLiteral("virusDefinitions");
const QString serviceKey = QStringLiteral("service");
const QString healthyKey = QStringLiteral("disabledIsHealthy");
const QString withinKey = QStringLiteral("withinDays");
const QString documentKey = QStringLiteral("healthSettings");

// Days are whole and at most ten years: a larger number is a typing mistake.
constexpr int maxDays = 3650;

// Reads {FLAG: bool} in the object at `key` (absent: `fallback`); a failure names the key.
Result<bool> flagIn(const JsonFields &settings, const QString &key, const QString &flag,
                    bool fallback)
{
    const Result<JsonFields> section = settings.section(key, { flag });
    if (!section)
        return Result<bool>::failure(section.error());
    return section->flag(flag, fallback);
}

// Reads {"withinDays": N} in the object at `key` (absent: `fallback`).
Result<int> daysIn(const JsonFields &settings, const QString &key, int fallback)
{
    const Result<JsonFields> section = settings.section(key, { withinKey });
    if (!section)
        return Result<int>::failure(section.error());
    return section->wholeNumber(withinKey, fallback, 1, maxDays,
                                tr("a whole number of days from 1 to %1").arg(maxDays));
}

} // namespace

QString HealthSettings::defaultName()
{
    // A fixed name, as reference 001 shows it; never translated, so files and stores agree.
    return QStringLiteral("(Default Settings)");
}

HealthSettings HealthSettings::defaults()
{
    HealthSettings settings;
    settings.name = defaultName();
    return settings;
}

QJsonObject HealthSettings::toJson() const
{
    QJsonObject object {
        { nameKey, name },
        { enabledKey, enabled },
        { antivirusKey, QJsonObject { { healthyKey, antivirusDisabledIsHealthy } } },
        { scanKey, QJsonObject { { withinKey, antivirusScanWithinDays } } },
        { firewallKey, QJsonObject { { healthyKey, firewallDisabledIsHealthy } } },
        { definitionsKey, QJsonObject { { withinKey, virusDefinitionsWithinDays } } },
        { serviceKey, QJsonObject { { enabledKey, serviceEnabled } } },
    };
    if (!isDefault())
        object.insert(appliesToKey, appliesTo.toJson());
    return object;
}

Result<HealthSettings> HealthSettings::fromJson(const QJsonValue &value, const QString &path)
{
    using R = Result<HealthSettings>;
    const Result<JsonFields> fields
        = JsonFields::read(value, path,
                           { nameKey, enabledKey, appliesToKey, antivirusKey, scanKey, firewallKey,
                             definitionsKey, serviceKey });
    if (!fields)
        return R::failure(fields.error());
    const QJsonObject &object = fields->object();
    HealthSettings settings;
    const QJsonValue name = object.value(nameKey);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return failureAt<HealthSettings>(path + QStringLiteral(".name"),
                                         tr("missing or not a non-empty string"));
    settings.name = name.toString().trimmed();
    const Result<bool> enabled = fields->flag(enabledKey, true);
    if (!enabled)
        return R::failure(enabled.error());
    settings.enabled = *enabled;
    if (settings.isDefault() && object.contains(appliesToKey))
        return failureAt<HealthSettings>(path + QStringLiteral(".appliesTo"),
                                         tr("(Default Settings) apply to every computer no "
                                            "other settings target; they take no targets"));
    const Result<AppliesTo> appliesTo
        = AppliesTo::fromJson(object.value(appliesToKey), path + QStringLiteral(".appliesTo"));
    if (!appliesTo)
        return R::failure(appliesTo.error());
    settings.appliesTo = *appliesTo;
    const Result<bool> antivirus = flagIn(*fields, antivirusKey, healthyKey, false);
    const Result<int> scan = daysIn(*fields, scanKey, 7);
    const Result<bool> firewall = flagIn(*fields, firewallKey, healthyKey, false);
    const Result<int> definitions = daysIn(*fields, definitionsKey, 7);
    const Result<bool> service = flagIn(*fields, serviceKey, enabledKey, true);
    for (const QString &error : { antivirus.error(), scan.error(), firewall.error(),
                                  definitions.error(), service.error() }) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    settings.antivirusDisabledIsHealthy = *antivirus;
    settings.antivirusScanWithinDays = *scan;
    settings.firewallDisabledIsHealthy = *firewall;
    settings.virusDefinitionsWithinDays = *definitions;
    settings.serviceEnabled = *service;
    return settings;
}

bool HealthSettings::operator==(const HealthSettings &other) const
{
    return toJson() == other.toJson() && appliesTo == other.appliesTo;
}

HealthSettingsList::HealthSettingsList()
    : m_settings { HealthSettings::defaults() }
{ }

HealthSettingsList::HealthSettingsList(QVector<HealthSettings> settings)
    : m_settings(std::move(settings))
{
    const bool hasDefault = std::any_of(m_settings.begin(), m_settings.end(),
                                        [](const HealthSettings &s) { return s.isDefault(); });
    if (!hasDefault)
        m_settings.prepend(HealthSettings::defaults());
}

const HealthSettings &HealthSettingsList::defaultSettings() const
{
    for (const HealthSettings &settings : m_settings) {
        if (settings.isDefault())
            return settings;
    }
    Q_UNREACHABLE();
}

QJsonObject HealthSettingsList::toJson() const
{
    QJsonArray array;
    for (const HealthSettings &settings : m_settings)
        array.append(settings.toJson());
    return QJsonObject { { documentKey, array } };
}

Result<HealthSettingsList> HealthSettingsList::fromJson(const QJsonObject &document)
{
    using R = Result<HealthSettingsList>;
    const Result<JsonFields> fields = JsonFields::read(document, QString(), { documentKey });
    if (!fields)
        return R::failure(fields.error());
    const QJsonValue array = document.value(documentKey);
    if (!array.isArray())
        return failureAt<HealthSettingsList>(documentKey, tr("missing or not an array"));
    QVector<HealthSettings> all;
    QSet<QString> names;
    for (const QJsonValue &item : array.toArray()) {
        const QString path = QStringLiteral("%1[%2]").arg(documentKey).arg(all.size());
        const Result<HealthSettings> settings = HealthSettings::fromJson(item, path);
        if (!settings)
            return R::failure(settings.error());
        if (names.contains(settings->name.toCaseFolded()))
            return failureAt<HealthSettingsList>(
                path + QStringLiteral(".name"),
                tr("\"%1\" names other settings already").arg(settings->name));
        names.insert(settings->name.toCaseFolded());
        all.append(*settings);
    }
    return HealthSettingsList(std::move(all));
}
