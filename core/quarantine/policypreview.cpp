#include "quarantine/policypreview.h"

#include <QJsonArray>

QVector<PreviewEntry> PolicyPreview::of(const QuarantinePolicy &policy,
                                        const QVector<ComputerFacts> &computers,
                                        const QHash<QString, QVector<PolicyStanding>> &standings,
                                        const QDateTime &now)
{
    QuarantinePolicy on = policy;
    on.enabled = true;
    QVector<PreviewEntry> entries;
    for (const ComputerFacts &computer : computers) {
        QVector<PolicyStanding> before;
        for (const PolicyStanding &standing : standings.value(computer.address)) {
            if (standing.policy == policy.name)
                before.append(standing);
        }
        const PolicyVerdict verdict = PolicyEvaluation::evaluate({ on }, computer, before, now);
        if (verdict.standings.isEmpty())
            continue;
        const PolicyStanding &standing = verdict.standings.first();
        entries.append({ policy.name, computer,
                         now >= standing.graceEnds ? PreviewEntry::Outcome::Quarantine
                                                   : PreviewEntry::Outcome::Pending,
                         standing.graceEnds, standing.missingCves });
    }
    return entries;
}

QStringList PolicyPreview::fields()
{
    return {
        QStringLiteral("policy"),  QStringLiteral("name"),      QStringLiteral("address"),
        QStringLiteral("outcome"), QStringLiteral("graceEnds"), QStringLiteral("missingCves")
    };
}

QJsonObject PolicyPreview::record(const PreviewEntry &entry)
{
    return { { QStringLiteral("policy"), entry.policy },
             { QStringLiteral("name"), entry.computer.name },
             { QStringLiteral("address"), entry.computer.address },
             { QStringLiteral("outcome"),
               entry.outcome == PreviewEntry::Outcome::Quarantine ? QStringLiteral("quarantine")
                                                                  : QStringLiteral("pending") },
             { QStringLiteral("graceEnds"), entry.graceEnds.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("missingCves"), QJsonArray::fromStringList(entry.missingCves) } };
}
