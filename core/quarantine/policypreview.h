#pragma once

#include "quarantine/policyevaluation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

// What a policy would do now, before it is turned on (issue 14, point 4: "Before a policy is
// turned on, the console shows a preview"): the computers it would put in pending or quarantine,
// judged as the watcher's round would (PolicyEvaluation) with the policy on. Pure; the CLI's
// `policy preview` and the console's preview read it.
struct PreviewEntry
{
    enum class Outcome { Pending, Quarantine };
    QString policy;
    ComputerFacts computer;
    Outcome outcome = Outcome::Pending;
    QDateTime graceEnds;
    QStringList missingCves;
};

class PolicyPreview
{
    Q_DECLARE_TR_FUNCTIONS(PolicyPreview)

public:
    // `policy` as if on, over `computers` (their standings kept: a computer pending already
    // keeps its grace period), at `now`; in the computers' order.
    static QVector<PreviewEntry> of(const QuarantinePolicy &policy,
                                    const QVector<ComputerFacts> &computers,
                                    const QHash<QString, QVector<PolicyStanding>> &standings,
                                    const QDateTime &now);

    // policy, name, address, outcome ("pending" | "quarantine"), graceEnds, missingCves
    static QStringList fields();
    static QJsonObject record(const PreviewEntry &entry);
};
