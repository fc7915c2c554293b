#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// One rule of the automatic response (reference 002: the action the manager takes by itself when
// an agent detects a security risk): the keywords it looks for in the threat's name, and what it
// does to the computer.
struct AutoResponseRule
{
    enum class Action {
        Quarantine, // the agent closes the computer's network but for its consoles
        StartService, // the product's service, started where it is not running
        Notify, // only an event and a notification: the administrator decides
    };

    // Optional, for the report and the events; ruleName() makes one up when it is empty.
    QString name;
    // As the reference's policy file does: a keyword matches a threat name that contains it,
    // whatever the case ("Eicar" matches "Eicar_test_file", "WORM_" matches "worm_x").
    QStringList match;
    Action action = Action::Notify;
    // StartService: the service to start; empty: every service the agent reports stopped.
    QString service;

    bool matches(const QString &threat) const;
    // `name`, or "rule N" (1-based `index` in the list) when it has none; a stable key, never
    // translated, since the quarantine report exports it.
    QString ruleName(int index) const;
    bool operator==(const AutoResponseRule &other) const;
};

// The automatic response as the policy document carries it (docs/auto-response.md):
//
//   "autoResponse": { "enabled": true,
//     "rules": [ { "match": ["WORM_", "TROJ_", "Eicar"], "action": "quarantine" } ] }
//
// with, per rule, an optional "name" and, for "start-service", an optional "service". The global
// switch turns every rule off at once; the first rule that matches a detection applies.
struct AutoResponseSettings
{
    Q_DECLARE_TR_FUNCTIONS(AutoResponseSettings)

public:
    // Bounds that keep a hostile document from making every detection a long scan.
    static constexpr int maxRules = 200;
    static constexpr int maxKeywords = 100;
    static constexpr int maxTextLength = 256;

    bool enabled = false;
    QVector<AutoResponseRule> rules;

    // The one way in and out of the JSON (the policy export and import carry this object).
    // Fails naming the field ("autoResponse.rules[1].action: ..."); unknown keys are refused.
    static Result<AutoResponseSettings> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The index of the first rule that matches `threat`; none when none does (or when no rule
    // has a keyword). Whether the response is on is the caller's question.
    std::optional<int> ruleFor(const QString &threat) const;
    bool operator==(const AutoResponseSettings &other) const;
};

// Stable keys: "quarantine", "start-service", "notify".
QString toKey(AutoResponseRule::Action action);
std::optional<AutoResponseRule::Action> autoResponseActionFromKey(const QString &key);
// In the administrator's language: "Quarantine", "Start service", "Notify only".
QString displayName(AutoResponseRule::Action action);
