#include "quarantine/quarantinepolicy.h"

#include "common/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QString policiesKey = QStringLiteral("quarantinePolicies");
const QString autoResponseKey = QStringLiteral("autoResponse");
const QString nameKey = QStringLiteral("name");
const QString enabledKey = QStringLiteral("enabled");
const QString cvesKey = QStringLiteral("cves");
const QString appliesToKey = QStringLiteral("appliesTo");
const QString exclusionsKey = QStringLiteral("exclusions");
const QString graceKey = QStringLiteral("graceHours");
const QString messageKey = QStringLiteral("message");
const QString computerKey = QStringLiteral("computer");
const QString reasonKey = QStringLiteral("reason");
const QString untilKey = QStringLiteral("until");

constexpr int maxNameLength = 200;

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A string at `key` (absent: empty) that is at most `limit` characters and, unless `multiline`,
// one line.
Result<QString> textAt(const JsonFields &fields, const QString &key, int limit, bool multiline)
{
    const QJsonValue value = fields.object().value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return failureAt<QString>(fields.pathOf(key), QuarantinePolicy::tr("not a string"));
    QString text = value.toString().trimmed();
    if (text.size() > limit)
        return failureAt<QString>(fields.pathOf(key),
                                  QuarantinePolicy::tr("longer than %1 characters").arg(limit));
    if (multiline)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (hasControlCharacter(multiline ? QString(text).remove(QLatin1Char('\n')) : text))
        return failureAt<QString>(fields.pathOf(key),
                                  QuarantinePolicy::tr("contains a control character"));
    return text;
}

Result<PolicyExclusion> exclusionFromJson(const QJsonValue &value, const QString &path)
{
    using R = Result<PolicyExclusion>;
    const Result<JsonFields> fields
        = JsonFields::read(value, path, { computerKey, reasonKey, untilKey });
    if (!fields)
        return R::failure(fields.error());
    PolicyExclusion exclusion;
    for (const auto &[key, target] : { std::pair { computerKey, &exclusion.computer },
                                       std::pair { reasonKey, &exclusion.reason } }) {
        const Result<QString> text = textAt(*fields, key, maxNameLength * 2, false);
        if (!text)
            return R::failure(text.error());
        if (text->isEmpty())
            return failureAt<PolicyExclusion>(fields->pathOf(key),
                                              QuarantinePolicy::tr("missing or empty"));
        *target = *text;
    }
    const QJsonValue until = fields->object().value(untilKey);
    if (!until.isUndefined() && !until.isNull()) {
        exclusion.until = QDate::fromString(until.toString(), Qt::ISODate);
        if (!exclusion.until.isValid())
            return failureAt<PolicyExclusion>(
                fields->pathOf(untilKey), QuarantinePolicy::tr("not a date such as 2027-01-31"));
    }
    return exclusion;
}

Result<QStringList> cvesFromJson(const JsonFields &fields)
{
    const Result<QStringList> cves = fields.strings(cvesKey);
    if (!cves)
        return cves;
    if (cves->size() > QuarantinePolicy::maxCves)
        return failureAt<QStringList>(
            fields.pathOf(cvesKey),
            QuarantinePolicy::tr("more than %1 identifiers").arg(QuarantinePolicy::maxCves));
    QStringList normal;
    for (const QString &cve : *cves) {
        if (!isCveId(cve))
            return failureAt<QStringList>(
                QStringLiteral("%1[%2]").arg(fields.pathOf(cvesKey)).arg(normal.size()),
                QuarantinePolicy::tr("\"%1\" is not a CVE identifier (CVE-YYYY-NNNN)")
                    .arg(cve.left(40)));
        if (!normal.contains(cve.toUpper()))
            normal.append(cve.toUpper());
    }
    return normal;
}

} // namespace

bool PolicyExclusion::appliesAt(const QDateTime &now) const
{
    return !until.isValid() || now.toUTC().date() <= until;
}

bool PolicyExclusion::covers(const AppliesToTarget &target) const
{
    AppliesTo one;
    one.computers = { computer };
    return one.matches(target);
}

bool PolicyExclusion::operator==(const PolicyExclusion &other) const
{
    return computer == other.computer && reason == other.reason && until == other.until;
}

std::optional<PolicyExclusion> QuarantinePolicy::exclusionFor(const AppliesToTarget &target,
                                                              const QDateTime &now) const
{
    for (const PolicyExclusion &exclusion : exclusions) {
        if (exclusion.appliesAt(now) && exclusion.covers(target))
            return exclusion;
    }
    return std::nullopt;
}

QStringList QuarantinePolicy::missingOf(const QStringList &missing) const
{
    QSet<QString> reported;
    for (const QString &cve : missing)
        reported.insert(cve.toUpper());
    QStringList found;
    for (const QString &cve : cves) {
        if (reported.contains(cve))
            found.append(cve);
    }
    return found;
}

QJsonObject QuarantinePolicy::toJson() const
{
    QJsonArray excluded;
    for (const PolicyExclusion &exclusion : exclusions) {
        QJsonObject object { { computerKey, exclusion.computer }, { reasonKey, exclusion.reason } };
        if (exclusion.until.isValid())
            object.insert(untilKey, exclusion.until.toString(Qt::ISODate));
        excluded.append(object);
    }
    return { { nameKey, name },
             { enabledKey, enabled },
             { cvesKey, QJsonArray::fromStringList(cves) },
             { appliesToKey, appliesTo.toJson() },
             { exclusionsKey, excluded },
             { graceKey, graceHours },
             { messageKey, message } };
}

Result<QuarantinePolicy> QuarantinePolicy::fromJson(const QJsonValue &value, const QString &path)
{
    using R = Result<QuarantinePolicy>;
    // Every failure names the policy as well as its place, once the name is known.
    const QJsonValue nameValue = value.toObject().value(nameKey);
    const QString named = nameValue.isString() && !nameValue.toString().trimmed().isEmpty()
        ? QStringLiteral("%1 \"%2\"").arg(path, nameValue.toString().trimmed().left(maxNameLength))
        : path;
    const Result<JsonFields> fields = JsonFields::read(
        value, named,
        { nameKey, enabledKey, cvesKey, appliesToKey, exclusionsKey, graceKey, messageKey });
    if (!fields)
        return R::failure(fields.error());
    QuarantinePolicy policy;
    const Result<QString> name = textAt(*fields, nameKey, maxNameLength, false);
    if (!name)
        return R::failure(name.error());
    if (name->isEmpty())
        return failureAt<QuarantinePolicy>(fields->pathOf(nameKey), tr("missing or empty"));
    policy.name = *name;
    const Result<bool> enabled = fields->flag(enabledKey, false);
    if (!enabled)
        return R::failure(enabled.error());
    policy.enabled = *enabled;
    const Result<QStringList> cves = cvesFromJson(*fields);
    if (!cves)
        return R::failure(cves.error());
    policy.cves = *cves;
    if (policy.cves.isEmpty())
        return failureAt<QuarantinePolicy>(fields->pathOf(cvesKey),
                                           tr("no CVE identifier: the policy would check nothing"));
    Result<AppliesTo> appliesTo
        = AppliesTo::fromJson(fields->object().value(appliesToKey), fields->pathOf(appliesToKey));
    if (!appliesTo)
        return R::failure(appliesTo.error());
    policy.appliesTo = std::move(appliesTo).value();
    const QJsonValue exclusions = fields->object().value(exclusionsKey);
    if (!exclusions.isUndefined() && !exclusions.isArray())
        return failureAt<QuarantinePolicy>(fields->pathOf(exclusionsKey), tr("not an array"));
    for (const QJsonValue &item : exclusions.toArray()) {
        const Result<PolicyExclusion> exclusion
            = exclusionFromJson(item,
                                QStringLiteral("%1[%2]")
                                    .arg(fields->pathOf(exclusionsKey))
                                    .arg(policy.exclusions.size()));
        if (!exclusion)
            return R::failure(exclusion.error());
        policy.exclusions.append(*exclusion);
    }
    const Result<int> grace
        = fields->wholeNumber(graceKey, 0, 0, maxGraceHours,
                              tr("a whole number of hours from 0 to %1").arg(maxGraceHours));
    if (!grace)
        return R::failure(grace.error());
    policy.graceHours = *grace;
    const Result<QString> message = textAt(*fields, messageKey, maxMessageLength, true);
    if (!message)
        return R::failure(message.error());
    policy.message = *message;
    return policy;
}

bool QuarantinePolicy::operator==(const QuarantinePolicy &other) const
{
    return toJson() == other.toJson();
}

const QuarantinePolicy *PolicyDocument::find(const QString &name) const
{
    for (const QuarantinePolicy &policy : policies) {
        if (policy.name.compare(name, Qt::CaseInsensitive) == 0)
            return &policy;
    }
    return nullptr;
}

QuarantinePolicy *PolicyDocument::find(const QString &name)
{
    return const_cast<QuarantinePolicy *>(std::as_const(*this).find(name));
}

QJsonObject PolicyDocument::toJson() const
{
    QJsonArray array;
    for (const QuarantinePolicy &policy : policies)
        array.append(policy.toJson());
    QJsonObject object { { policiesKey, array } };
    if (autoResponse)
        object.insert(autoResponseKey, autoResponse->toJson());
    return object;
}

QByteArray PolicyDocument::toText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<PolicyDocument> PolicyDocument::fromJson(const QJsonObject &object)
{
    using R = Result<PolicyDocument>;
    const Result<JsonFields> fields
        = JsonFields::read(object, QString(), { policiesKey, autoResponseKey });
    if (!fields)
        return R::failure(fields.error());
    PolicyDocument document;
    const QJsonValue policies = object.value(policiesKey);
    if (!policies.isUndefined() && !policies.isArray())
        return failureAt<PolicyDocument>(policiesKey, tr("not an array"));
    for (const QJsonValue &item : policies.toArray()) {
        const QString path
            = QStringLiteral("%1[%2]").arg(policiesKey).arg(document.policies.size());
        Result<QuarantinePolicy> policy = QuarantinePolicy::fromJson(item, path);
        if (!policy)
            return R::failure(policy.error());
        if (document.find(policy->name))
            return failureAt<PolicyDocument>(
                QStringLiteral("%1 \"%2\".name").arg(path, policy->name),
                tr("another policy has this name"));
        document.policies.append(std::move(policy).value());
    }
    const QJsonValue autoResponse = object.value(autoResponseKey);
    if (!autoResponse.isUndefined()) {
        if (!autoResponse.isObject())
            return failureAt<PolicyDocument>(autoResponseKey, tr("not an object"));
        Result<AutoResponseSettings> settings
            = AutoResponseSettings::fromJson(autoResponse.toObject());
        if (!settings)
            return R::failure(settings.error());
        document.autoResponse = std::move(settings).value();
    }
    return document;
}

Result<PolicyDocument> PolicyDocument::fromText(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<PolicyDocument>::failure(
            tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!json.isObject())
        return Result<PolicyDocument>::failure(tr("not a JSON object"));
    return fromJson(json.object());
}
