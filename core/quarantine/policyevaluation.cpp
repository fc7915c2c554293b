#include "quarantine/policyevaluation.h"

#include <algorithm>

bool PolicyStanding::operator==(const PolicyStanding &other) const
{
    return policy == other.policy && address == other.address && name == other.name
        && firstFailing == other.firstFailing && graceEnds == other.graceEnds
        && missingCves == other.missingCves && warnedAt == other.warnedAt
        && quarantinedAt == other.quarantinedAt;
}

const PolicyStanding *PolicyVerdict::deciding(const QVector<PolicyStanding> &standings)
{
    const PolicyStanding *best = nullptr;
    const auto key = [](const PolicyStanding &s) {
        // Quarantined before pending; then the earlier time; then the name.
        return std::make_tuple(s.isQuarantined() ? 0 : 1,
                               s.isQuarantined() ? s.quarantinedAt : s.graceEnds, s.policy);
    };
    for (const PolicyStanding &standing : standings) {
        if (!best || key(standing) < key(*best))
            best = &standing;
    }
    return best;
}

bool PolicyVerdict::changed(const QVector<PolicyStanding> &before) const
{
    return action != Action::None || !warn.isEmpty() || standings != before;
}

std::optional<PolicyStanding> PolicyEvaluation::standingFor(const QuarantinePolicy &policy,
                                                            const ComputerFacts &computer,
                                                            const PolicyStanding *before,
                                                            const QDateTime &now,
                                                            QStringList &ended)
{
    const auto end = [&](const QString &why) -> std::optional<PolicyStanding> {
        if (before)
            ended.append(tr("policy %1: %2").arg(policy.name, why));
        return std::nullopt;
    };
    if (!policy.enabled)
        return end(tr("the policy is off"));
    if (!policy.appliesTo.matches(computer.target()))
        return end(tr("the policy no longer targets it"));
    if (const std::optional<PolicyExclusion> exclusion
        = policy.exclusionFor(computer.target(), now))
        return end(tr("excluded (%1)").arg(exclusion->reason));
    const QStringList missing = policy.missingOf(*computer.missingCves);
    if (missing.isEmpty())
        return end(tr("compliant"));
    PolicyStanding standing;
    if (before) {
        standing = *before;
    } else {
        standing.policy = policy.name;
        standing.address = computer.address;
        standing.firstFailing = now;
    }
    standing.name = computer.name;
    // The grace period as the policy says now: an administrator who shortens it shortens it for
    // the computers already pending.
    standing.graceEnds = standing.firstFailing.addSecs(qint64(policy.graceHours) * 3600);
    standing.missingCves = missing;
    return standing;
}

PolicyVerdict PolicyEvaluation::evaluate(const QVector<QuarantinePolicy> &policies,
                                         const ComputerFacts &computer,
                                         const QVector<PolicyStanding> &before,
                                         const QDateTime &now)
{
    PolicyVerdict verdict;
    verdict.computer = computer;
    // Without a report the computer's standings stay as they are: nothing is known to change.
    if (!computer.missingCves) {
        verdict.standings = before;
        return verdict;
    }
    const auto previous = [&before](const QString &policy) -> const PolicyStanding * {
        for (const PolicyStanding &standing : before) {
            if (standing.policy == policy)
                return &standing;
        }
        return nullptr;
    };
    for (const QuarantinePolicy &policy : policies) {
        std::optional<PolicyStanding> standing
            = standingFor(policy, computer, previous(policy.name), now, verdict.ended);
        if (standing)
            verdict.standings.append(*standing);
    }
    for (const PolicyStanding &standing : before) {
        const bool known = std::any_of(policies.cbegin(), policies.cend(),
                                       [&](const auto &p) { return p.name == standing.policy; });
        if (!known)
            verdict.ended.append(tr("policy %1: the policy was removed").arg(standing.policy));
    }
    const bool wasQuarantined = std::any_of(before.cbegin(), before.cend(),
                                            [](const auto &s) { return s.isQuarantined(); });
    bool mustQuarantine = false;
    for (PolicyStanding &standing : verdict.standings) {
        if (!standing.warnedAt.isValid()) {
            standing.warnedAt = now;
            verdict.warn.append(standing.policy);
        }
        if (now >= standing.graceEnds) {
            mustQuarantine = true;
            if (!standing.isQuarantined())
                standing.quarantinedAt = now;
        }
    }
    if (mustQuarantine && !wasQuarantined)
        verdict.action = PolicyVerdict::Action::Quarantine;
    else if (!mustQuarantine && wasQuarantined)
        verdict.action = PolicyVerdict::Action::Release;
    return verdict;
}
