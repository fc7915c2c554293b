#pragma once

#include "quarantine/quarantinepolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// What the console knows of one agent of this server when it evaluates the policies: who it
// is, and the CVE identifiers it last reported missing.
struct ComputerFacts
{
    QString address;
    quint16 port = 0; // its agent port
    QString name;
    QString adPath; // its AD computer object's DN; empty for an IP-only endpoint
    // Absent: the agent never said (an agent older than the key, or none of its reports is
    // stored): no policy can judge it, and nothing changes for it.
    std::optional<QStringList> missingCves;
    QDateTime reportedAt; // when that report was taken (UTC)
    // A report of it is stored, whether or not it said its missing CVEs: an agent that reports
    // without the key (older than it) is not asked again at every round.
    bool reported = false;

    AppliesToTarget target() const { return { address, name, adPath }; }
};

// Where one computer stands with one policy it fails (table policy_standings): pending from
// `firstFailing` until `graceEnds`, then quarantined. A computer that complies, is excluded or is
// no longer targeted has no standing.
struct PolicyStanding
{
    QString policy;
    QString address;
    QString name;
    QDateTime firstFailing; // UTC: the first evaluation that saw it failing
    QDateTime graceEnds; // firstFailing + the policy's grace period
    QStringList missingCves; // the policy's identifiers it misses, as last seen
    QDateTime warnedAt; // its user was warned with the policy's message; invalid: not yet
    QDateTime quarantinedAt; // the policy quarantined it; invalid: pending

    bool isQuarantined() const { return quarantinedAt.isValid(); }
    bool operator==(const PolicyStanding &other) const;
};

// What the evaluation decides for one computer at one time (docs/policies.md, "Evaluation").
struct PolicyVerdict
{
    enum class Action {
        None, // nothing to send (it may still be pending, or its pending standing cleared)
        Quarantine, // a grace period ended: quarantine it
        Release, // the policies had quarantined it and none requires it any more
    };

    ComputerFacts computer;
    Action action = Action::None;
    // Its standings after this evaluation, one per policy it fails; what the store keeps. With
    // Quarantine, the standings whose grace period ended carry `quarantinedAt` = now: the
    // caller clears it when the command fails, so the next evaluation tries again.
    QVector<PolicyStanding> standings;
    // The standings whose user is to be warned now (the first evaluation that sees it failing a
    // policy): their `warnedAt` is now; the caller clears it when the warning is not delivered.
    QStringList warn; // policy names
    // Why the standings that ended ended, one line each (compliant, excluded, policy off...).
    QStringList ended;

    // The standing that decides what the report shows: the quarantining one that quarantined
    // first, else the pending one whose grace period ends first (ties: by policy name).
    static const PolicyStanding *deciding(const QVector<PolicyStanding> &standings);
    bool changed(const QVector<PolicyStanding> &before) const;
};

// The CVE compliance evaluation (reference 001, chapter 4), a pure function of the policies, a
// computer's facts, its stored standings and the time, so that tests drive it with a clock:
// - a computer a policy targets, not excluded at `now`, that misses any of its CVE identifiers
//   is pending from the first evaluation that saw it failing, and its user is warned once;
// - once the grace period (from that first time) has ended, it is quarantined;
// - once no policy requires it any more (compliant, excluded, the policy off, removed or no
//   longer targeting it), a computer the policies quarantined is released;
// - an expired exclusion no longer applies; a disabled policy does nothing.
// Several policies may target a computer: each keeps its own standing (and grace period); the
// computer is quarantined as soon as any one's grace period ends and released only when none
// requires it.
class PolicyEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(PolicyEvaluation)

public:
    static PolicyVerdict evaluate(const QVector<QuarantinePolicy> &policies,
                                  const ComputerFacts &computer,
                                  const QVector<PolicyStanding> &before, const QDateTime &now);

private:
    // The standing `policy` gives the computer now, or none with why in `ended`.
    static std::optional<PolicyStanding> standingFor(const QuarantinePolicy &policy,
                                                     const ComputerFacts &computer,
                                                     const PolicyStanding *before,
                                                     const QDateTime &now, QStringList &ended);
};
