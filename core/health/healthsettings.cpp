#include "health/healthsettings.h"

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

// Reads {KEY: bool} in the object at `key` (absent: `fallback`); a failure names the key.
Result<bool> flagIn(const QJsonObject &settings, const QString &key, const QString &flag,
                    bool fallback, const QString &path)
{
    const QJsonValue section = settings.value(key);
    if (section.isUndefined())
        return fallback;
    const QString at = path + QLatin1Char('.') + key;
    if (!section.isObject())
        return failureAt<bool>(at, tr("not an object"));
    for (const QString &inner : section.toObject().keys()) {
        if (inner != flag)
            return failureAt<bool>(at + QLatin1Char('.') + inner, tr("unknown key"));
    }
    const QJsonValue value = section.toObject().value(flag);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        return failureAt<bool>(at + QLatin1Char('.') + flag, tr("not true or false"));
    return value.toBool();
}

Result<int> daysIn(const QJsonObject &settings, const QString &key, int fallback,
                   const QString &path)
{
    const QJsonValue section = settings.value(key);
    if (section.isUndefined())
        return fallback;
    const QString at = path + QLatin1Char('.') + key;
    if (!section.isObject())
        return failureAt<int>(at, tr("not an object"));
    for (const QString &inner : section.toObject().keys()) {
        if (inner != withinKey)
            return failureAt<int>(at + QLatin1Char('.') + inner, tr("unknown key"));
    }
    const QJsonValue value = section.toObject().value(withinKey);
    if (value.isUndefined())
        return fallback;
    const double days = value.toDouble(-1);
    if (!value.isDouble() || days != int(days) || days < 1 || days > maxDays)
        return failureAt<int>(at + QLatin1Char('.') + withinKey,
                              tr("not a whole number of days from 1 to %1").arg(maxDays));
    return int(days);
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
    if (!value.isObject())
        return failureAt<HealthSettings>(path, tr("not an object"));
    const QJsonObject object = value.toObject();
    static const QStringList known { nameKey, enabledKey,  appliesToKey,   antivirusKey,
                                     scanKey, firewallKey, definitionsKey, serviceKey };
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return failureAt<HealthSettings>(path + QLatin1Char('.') + key, tr("unknown key"));
    }
    HealthSettings settings;
    const QJsonValue name = object.value(nameKey);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return failureAt<HealthSettings>(path + QStringLiteral(".name"),
                                         tr("missing or not a non-empty string"));
    settings.name = name.toString().trimmed();
    const QJsonValue enabled = object.value(enabledKey);
    if (!enabled.isUndefined() && !enabled.isBool())
        return failureAt<HealthSettings>(path + QStringLiteral(".enabled"),
                                         tr("not true or false"));
    settings.enabled = enabled.toBool(true);
    if (settings.isDefault() && object.contains(appliesToKey))
        return failureAt<HealthSettings>(path + QStringLiteral(".appliesTo"),
                                         tr("(Default Settings) apply to every computer no "
                                            "other settings target; they take no targets"));
    const Result<AppliesTo> appliesTo
        = AppliesTo::fromJson(object.value(appliesToKey), path + QStringLiteral(".appliesTo"));
    if (!appliesTo)
        return R::failure(appliesTo.error());
    settings.appliesTo = *appliesTo;
    const Result<bool> antivirus = flagIn(object, antivirusKey, healthyKey, false, path);
    const Result<int> scan = daysIn(object, scanKey, 7, path);
    const Result<bool> firewall = flagIn(object, firewallKey, healthyKey, false, path);
    const Result<int> definitions = daysIn(object, definitionsKey, 7, path);
    const Result<bool> service = flagIn(object, serviceKey, enabledKey, true, path);
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
    for (const QString &key : document.keys()) {
        if (key != documentKey)
            return failureAt<HealthSettingsList>(key, tr("unknown key"));
    }
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
