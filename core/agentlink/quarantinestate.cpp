#include "agentlink/quarantinestate.h"

#include "policy/cveid.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
const QString stateKey = QStringLiteral("state");
const QString reasonKey = QStringLiteral("reason");
const QString policyKey = QStringLiteral("policy");
const QString sinceKey = QStringLiteral("since");
const QString graceEndsKey = QStringLiteral("graceEnds");
const QString missingCvesKey = QStringLiteral("missingCves");
const QString whyKey = QStringLiteral("why");

Result<QuarantineState> wrong(const QString &path, const QString &key)
{
    return Result<QuarantineState>::failure(
        QCoreApplication::translate("QuarantineState", "%1 is missing or of the wrong type")
            .arg(path + QLatin1Char('.') + key));
}

// An optional time: absent stays invalid, present must be ISO 8601.
bool readTime(const QJsonObject &object, const QString &key, QDateTime &time)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid();
}
} // namespace

QString toKey(QuarantineState::State state)
{
    switch (state) {
    case QuarantineState::State::Quarantined:
        return QStringLiteral("quarantined");
    case QuarantineState::State::Pending:
        return QStringLiteral("pending");
    case QuarantineState::State::Released:
        return QStringLiteral("released");
    }
    return {};
}

QString toKey(QuarantineState::Reason reason)
{
    switch (reason) {
    case QuarantineState::Reason::Manual:
        return QStringLiteral("manual");
    case QuarantineState::Reason::Policy:
        return QStringLiteral("policy");
    case QuarantineState::Reason::Detection:
        return QStringLiteral("detection");
    }
    return {};
}

std::optional<QuarantineState::State> quarantineStateFromKey(const QString &key)
{
    for (auto state : { QuarantineState::State::Quarantined, QuarantineState::State::Pending,
                        QuarantineState::State::Released }) {
        if (toKey(state) == key)
            return state;
    }
    return std::nullopt;
}

std::optional<QuarantineState::Reason> quarantineReasonFromKey(const QString &key)
{
    for (auto reason : { QuarantineState::Reason::Manual, QuarantineState::Reason::Policy,
                         QuarantineState::Reason::Detection }) {
        if (toKey(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QString displayName(QuarantineState::State state)
{
    switch (state) {
    case QuarantineState::State::Quarantined:
        return QCoreApplication::translate("QuarantineState", "Quarantined");
    case QuarantineState::State::Pending:
        return QCoreApplication::translate("QuarantineState", "Pending");
    case QuarantineState::State::Released:
        return QCoreApplication::translate("QuarantineState", "Released");
    }
    return {};
}

QString displayName(QuarantineState::Reason reason)
{
    switch (reason) {
    case QuarantineState::Reason::Manual:
        return QCoreApplication::translate("QuarantineState", "Manual");
    case QuarantineState::Reason::Policy:
        return QCoreApplication::translate("QuarantineState", "Policy");
    case QuarantineState::Reason::Detection:
        return QCoreApplication::translate("QuarantineState", "Detection");
    }
    return {};
}

QString describe(const QuarantineState &quarantine)
{
    QString who = displayName(quarantine.reason);
    if (!quarantine.policy.isEmpty())
        who = QCoreApplication::translate("QuarantineState", "%1: %2").arg(who, quarantine.policy);
    QString text = QCoreApplication::translate("QuarantineState", "%1 (%2)")
                       .arg(displayName(quarantine.state), who);
    if (quarantine.since.isValid())
        text = QCoreApplication::translate("QuarantineState", "%1 since %2")
                   .arg(text,
                        quarantine.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm "
                                                                         "'UTC'")));
    if (!quarantine.why.isEmpty())
        text = QCoreApplication::translate("QuarantineState", "%1: %2").arg(text, quarantine.why);
    return text;
}

QJsonObject QuarantineState::toJson() const
{
    QJsonObject object { { stateKey, toKey(state) }, { reasonKey, toKey(reason) } };
    if (!policy.isEmpty())
        object.insert(policyKey, policy);
    if (since.isValid())
        object.insert(sinceKey, since.toUTC().toString(Qt::ISODate));
    if (graceEnds.isValid())
        object.insert(graceEndsKey, graceEnds.toUTC().toString(Qt::ISODate));
    if (!missingCves.isEmpty())
        object.insert(missingCvesKey, QJsonArray::fromStringList(missingCves));
    if (!why.isEmpty())
        object.insert(whyKey, why);
    return object;
}

Result<QuarantineState> QuarantineState::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return Result<QuarantineState>::failure(
            QCoreApplication::translate("QuarantineState", "%1 is missing or of the wrong type")
                .arg(path));
    const QJsonObject object = value.toObject();
    QuarantineState quarantine;
    const auto state = quarantineStateFromKey(object.value(stateKey).toString());
    if (!state)
        return wrong(path, stateKey);
    quarantine.state = *state;
    const auto reason = quarantineReasonFromKey(object.value(reasonKey).toString());
    if (!reason)
        return wrong(path, reasonKey);
    quarantine.reason = *reason;
    for (const QString &key : { policyKey, whyKey }) {
        if (!object.value(key).isUndefined() && !object.value(key).isString())
            return wrong(path, key);
    }
    quarantine.policy = object.value(policyKey).toString();
    quarantine.why = object.value(whyKey).toString();
    if (!readTime(object, sinceKey, quarantine.since))
        return wrong(path, sinceKey);
    if (!readTime(object, graceEndsKey, quarantine.graceEnds))
        return wrong(path, graceEndsKey);
    const QJsonValue cves = object.value(missingCvesKey);
    if (!cves.isUndefined() && !cves.isArray())
        return wrong(path, missingCvesKey);
    for (const QJsonValue &cve : cves.toArray()) {
        if (!isCveId(cve.toString()))
            return wrong(
                path,
                QStringLiteral("%1[%2]").arg(missingCvesKey).arg(quarantine.missingCves.size()));
        quarantine.missingCves.append(cve.toString());
    }
    return quarantine;
}

bool QuarantineState::operator==(const QuarantineState &other) const
{
    return state == other.state && reason == other.reason && policy == other.policy
        && since == other.since && graceEnds == other.graceEnds && missingCves == other.missingCves
        && why == other.why;
}
