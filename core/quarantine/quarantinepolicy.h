#pragma once

#include "common/result.h"
#include "endpoint/appliesto.h"
#include "policy/cveid.h"
#include "quarantine/autoresponse.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A computer taken out of a policy (reference 001: "Add computers for exclusion"; Exclude device
// from quarantine policy adds one). The reason and the optional expiry go beyond the reference:
// an administrator should know later why a computer escaped, and a temporary exclusion should not
// stay forever.
struct PolicyExclusion
{
    QString computer; // a computer name (any case) or an address
    QString reason;
    QDate until; // the last day (UTC) it applies; invalid: no expiry

    // Whether it still applies at `now`: through the whole of its `until` day.
    bool appliesAt(const QDateTime &now) const;
    bool covers(const AppliesToTarget &target) const;
    bool operator==(const PolicyExclusion &other) const;
};

// A CVE compliance quarantine policy (reference 001, chapter 4, "Symantec Endpoint Protection
// Quarantine policy"; docs/policies.md): the CVE identifiers the target computers must have
// fixed, who it targets and excludes, and how long a non-compliant computer stays pending (its
// user warned with `message`) before it is quarantined.
struct QuarantinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(QuarantinePolicy)

public:
    static constexpr int maxGraceHours = 24 * 366;
    static constexpr int maxMessageLength = 1000;
    static constexpr int maxCves = 1000;

    QString name;
    bool enabled = false;
    QStringList cves; // upper case, CVE-YYYY-NNNN+
    AppliesTo appliesTo;
    QVector<PolicyExclusion> exclusions;
    int graceHours = 0; // 0: quarantined as soon as it is seen failing (the reference's default)
    QString message; // the pre-quarantine message its users see

    // The exclusion that takes `target` out at `now`, if any (an expired one does not).
    std::optional<PolicyExclusion> exclusionFor(const AppliesToTarget &target,
                                                const QDateTime &now) const;
    // The CVE identifiers of this policy among `missing` (an agent's report), in this
    // policy's order.
    QStringList missingOf(const QStringList &missing) const;

    QJsonObject toJson() const;
    // Fails naming the policy and the field: `quarantinePolicies[0] "Critical 2026".cves[1]: ...`.
    static Result<QuarantinePolicy> fromJson(const QJsonValue &value, const QString &path);
    bool operator==(const QuarantinePolicy &other) const;
};

// The policy document (docs/policies.md): `osmgmt-cli policy export|import` carry it whole.
// `autoResponse` is read and written by AutoResponseSettings, its one home; the store keeps it
// apart (AutoResponseStore), with the policies in PolicyStore.
struct PolicyDocument
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDocument)

public:
    QVector<QuarantinePolicy> policies;
    std::optional<AutoResponseSettings> autoResponse;

    const QuarantinePolicy *find(const QString &name) const;
    QuarantinePolicy *find(const QString &name);

    QJsonObject toJson() const;
    QByteArray toText() const; // indented JSON
    // Every policy checked; names unique (any case). Fails naming the first problem.
    static Result<PolicyDocument> fromJson(const QJsonObject &object);
    static Result<PolicyDocument> fromText(const QByteArray &text);
};
