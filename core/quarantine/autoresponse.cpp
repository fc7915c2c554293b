#include "quarantine/autoresponse.h"

#include "common/enumkeys.h"
#include "common/jsonfields.h"

#include <QJsonArray>

namespace {
const EnumKeys<AutoResponseRule::Action, 3> actionKeys {
    "AutoResponseRule",
    { { { AutoResponseRule::Action::Quarantine, "quarantine",
          QT_TRANSLATE_NOOP("AutoResponseRule", "Quarantine") },
        { AutoResponseRule::Action::StartService, "start-service",
          QT_TRANSLATE_NOOP("AutoResponseRule", "Start service") },
        { AutoResponseRule::Action::Notify, "notify",
          QT_TRANSLATE_NOOP("AutoResponseRule", "Notify only") } } }
};

const QString enabledKey = QStringLiteral("enabled");
const QString rulesKey = QStringLiteral("rules");
const QString nameKey = QStringLiteral("name");
const QString matchKey = QStringLiteral("match");
const QString actionKey = QStringLiteral("action");
const QString serviceKey = QStringLiteral("service");

// An optional text field: absent is empty; otherwise a string of at most maxTextLength
// characters without control characters (it reaches events, logs and the report).
Result<QString> optionalText(const JsonFields &fields, const QString &key)
{
    const QJsonValue value = fields.object().value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return failureAt<QString>(fields.pathOf(key), AutoResponseSettings::tr("not a string"));
    const QString text = value.toString().trimmed();
    if (text.size() > AutoResponseSettings::maxTextLength)
        return failureAt<QString>(fields.pathOf(key),
                                  AutoResponseSettings::tr("longer than %1 characters")
                                      .arg(AutoResponseSettings::maxTextLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return failureAt<QString>(fields.pathOf(key),
                                      AutoResponseSettings::tr("contains a control character"));
    }
    return text;
}

Result<AutoResponseRule> ruleFrom(const QJsonValue &value, const QString &path)
{
    using R = Result<AutoResponseRule>;
    const Result<JsonFields> fields
        = JsonFields::read(value, path, { nameKey, matchKey, actionKey, serviceKey });
    if (!fields)
        return R::failure(fields.error());
    AutoResponseRule rule;
    const Result<QString> name = optionalText(*fields, nameKey);
    if (!name)
        return R::failure(name.error());
    rule.name = *name;
    const Result<QStringList> match = fields->strings(matchKey);
    if (!match)
        return R::failure(match.error());
    // A rule without a keyword would match nothing and look as if it guarded something.
    if (match->isEmpty())
        return failureAt<AutoResponseRule>(
            fields->pathOf(matchKey),
            AutoResponseSettings::tr("no keyword: a rule needs at least one"));
    if (match->size() > AutoResponseSettings::maxKeywords)
        return failureAt<AutoResponseRule>(fields->pathOf(matchKey),
                                           AutoResponseSettings::tr("more than %1 keywords")
                                               .arg(AutoResponseSettings::maxKeywords));
    for (int i = 0; i < match->size(); ++i) {
        if (match->at(i).size() > AutoResponseSettings::maxTextLength)
            return failureAt<AutoResponseRule>(
                QStringLiteral("%1[%2]").arg(fields->pathOf(matchKey)).arg(i),
                AutoResponseSettings::tr("longer than %1 characters")
                    .arg(AutoResponseSettings::maxTextLength));
    }
    rule.match = *match;
    const QJsonValue action = fields->object().value(actionKey);
    const std::optional<AutoResponseRule::Action> parsed
        = action.isString() ? autoResponseActionFromKey(action.toString()) : std::nullopt;
    if (!parsed)
        return failureAt<AutoResponseRule>(
            fields->pathOf(actionKey),
            action.isUndefined()
                ? AutoResponseSettings::tr("missing (quarantine, start-service or notify)")
                : AutoResponseSettings::tr("not quarantine, start-service or notify"));
    rule.action = *parsed;
    const Result<QString> service = optionalText(*fields, serviceKey);
    if (!service)
        return R::failure(service.error());
    if (!service->isEmpty() && rule.action != AutoResponseRule::Action::StartService)
        return failureAt<AutoResponseRule>(
            fields->pathOf(serviceKey),
            AutoResponseSettings::tr("only a start-service rule names a service"));
    rule.service = *service;
    return rule;
}
} // namespace

QString toKey(AutoResponseRule::Action action)
{
    return actionKeys.key(action);
}

std::optional<AutoResponseRule::Action> autoResponseActionFromKey(const QString &key)
{
    return actionKeys.fromKey(key);
}

QString displayName(AutoResponseRule::Action action)
{
    return actionKeys.words(action);
}

bool AutoResponseRule::matches(const QString &threat) const
{
    for (const QString &keyword : match) {
        if (!keyword.isEmpty() && threat.contains(keyword, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString AutoResponseRule::ruleName(int index) const
{
    return name.isEmpty() ? QStringLiteral("rule %1").arg(index + 1) : name;
}

bool AutoResponseRule::operator==(const AutoResponseRule &other) const
{
    return name == other.name && match == other.match && action == other.action
        && service == other.service;
}

Result<AutoResponseSettings> AutoResponseSettings::fromJson(const QJsonObject &object)
{
    using R = Result<AutoResponseSettings>;
    const QString path = QStringLiteral("autoResponse");
    const Result<JsonFields> fields = JsonFields::read(object, path, { enabledKey, rulesKey });
    if (!fields)
        return R::failure(fields.error());
    AutoResponseSettings settings;
    const Result<bool> enabled = fields->flag(enabledKey, false);
    if (!enabled)
        return R::failure(enabled.error());
    settings.enabled = *enabled;
    const QJsonValue rules = object.value(rulesKey);
    if (rules.isUndefined())
        return settings;
    if (!rules.isArray())
        return failureAt<AutoResponseSettings>(fields->pathOf(rulesKey), tr("not an array"));
    const QJsonArray array = rules.toArray();
    if (array.size() > maxRules)
        return failureAt<AutoResponseSettings>(fields->pathOf(rulesKey),
                                               tr("more than %1 rules").arg(maxRules));
    for (int i = 0; i < array.size(); ++i) {
        const Result<AutoResponseRule> rule
            = ruleFrom(array.at(i), QStringLiteral("%1[%2]").arg(fields->pathOf(rulesKey)).arg(i));
        if (!rule)
            return R::failure(rule.error());
        settings.rules.append(*rule);
    }
    return settings;
}

QJsonObject AutoResponseSettings::toJson() const
{
    QJsonArray list;
    for (const AutoResponseRule &rule : rules) {
        QJsonObject object { { matchKey, QJsonArray::fromStringList(rule.match) },
                             { actionKey, toKey(rule.action) } };
        if (!rule.name.isEmpty())
            object.insert(nameKey, rule.name);
        if (!rule.service.isEmpty())
            object.insert(serviceKey, rule.service);
        list.append(object);
    }
    return { { enabledKey, enabled }, { rulesKey, list } };
}

std::optional<int> AutoResponseSettings::ruleFor(const QString &threat) const
{
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).matches(threat))
            return i;
    }
    return std::nullopt;
}

bool AutoResponseSettings::operator==(const AutoResponseSettings &other) const
{
    return enabled == other.enabled && rules == other.rules;
}
