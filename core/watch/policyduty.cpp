#include "watch/policyduty.h"

#include "commands/commandrun.h"
#include "common/clock.h"
#include "quarantine/policystore.h"
#include "store/auditlog.h"
#include "watch/heartbeatasker.h"

#include <QEventLoop>

#include <algorithm>

// What one round decided and did.
struct PolicyDuty::Round
{
    QDateTime now;
    QVector<PolicyVerdict> verdicts; // the computers whose standings or state change
    QHash<QString, QVector<PolicyStanding>> before; // their standings before, by address
    QVector<ComputerEvent> events;
    int warned = 0;
    int quarantined = 0;
    int released = 0;
    int failed = 0; // commands not done; tried again next round
    QStringList problems; // audit log failures
};

namespace {

const QuarantinePolicy *policyNamed(const QVector<QuarantinePolicy> &policies, const QString &name)
{
    for (const QuarantinePolicy &policy : policies) {
        if (policy.name == name)
            return &policy;
    }
    return nullptr;
}

PolicyStanding *standingOf(PolicyVerdict &verdict, const QString &policy)
{
    for (PolicyStanding &standing : verdict.standings) {
        if (standing.policy == policy)
            return &standing;
    }
    return nullptr;
}

CommandTarget targetOf(const ComputerFacts &computer)
{
    return { computer.address, computer.port, computer.name, QString() };
}

ComputerEvent eventOf(const ComputerFacts &computer, const char *kind, const QDateTime &at,
                      const QString &from, const QString &to, const QString &detail)
{
    return { 0, at, QLatin1String(kind), computer.name, computer.address, from, to, detail };
}

} // namespace

PolicyDuty::PolicyDuty(PolicyJob job)
    : m_job(std::move(job))
{ }

void PolicyDuty::cancel()
{
    m_cancelled = true;
    const std::lock_guard<std::mutex> lock(m_runMutex);
    if (m_run)
        QMetaObject::invokeMethod(m_run.data(), &CommandRun::cancel, Qt::QueuedConnection);
    if (auto *asker = qobject_cast<HeartbeatAsker *>(m_asker.data()))
        QMetaObject::invokeMethod(asker, &HeartbeatAsker::cancel, Qt::QueuedConnection);
}

QString PolicyDuty::warningText(const QuarantinePolicy &policy, const PolicyStanding &standing)
{
    const QString message = policy.message.isEmpty()
        ? tr("This computer lacks security updates that policy %1 requires.").arg(policy.name)
        : policy.message;
    return message + QLatin1Char('\n')
        + tr("Missing: %1. Quarantine from %2 UTC unless they are installed.")
              .arg(standing.missingCves.join(QStringLiteral(", ")),
                   standing.graceEnds.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void PolicyDuty::askUnknown(const QVector<QuarantinePolicy> &policies,
                            QVector<ComputerFacts> &facts)
{
    QVector<int> unknown;
    QVector<AgentHeartbeat> agents;
    for (int i = 0; i < facts.size(); ++i) {
        const ComputerFacts &computer = facts.at(i);
        const bool targeted = std::any_of(policies.cbegin(), policies.cend(), [&](const auto &p) {
            return p.enabled && p.appliesTo.matches(computer.target());
        });
        if (computer.reported || !targeted)
            continue;
        AgentHeartbeat agent;
        agent.address = computer.address;
        agent.port = computer.port;
        agent.name = computer.name;
        agents.append(agent);
        unknown.append(i);
    }
    if (agents.isEmpty() || m_cancelled)
        return;
    HeartbeatAsker asker(agents, m_credentials, m_job.timeoutMs, m_job.parallel);
    QEventLoop loop;
    QObject::connect(&asker, &HeartbeatAsker::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        m_asker = &asker;
    }
    asker.start();
    loop.exec();
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        m_asker = nullptr;
    }
    const QDateTime now = Clock::instance().now().toUTC();
    for (int k = 0; k < unknown.size() && k < asker.answers().size(); ++k) {
        const std::optional<HeartbeatAnswer> &answer = asker.answers().at(k);
        if (answer && answer->status && answer->status->missingCves) {
            facts[unknown.at(k)].missingCves = answer->status->missingCves;
            facts[unknown.at(k)].reportedAt = now;
        }
    }
}

QHash<QString, TargetOutcome> PolicyDuty::send(Round &round, const AgentCommand &command,
                                               const QVector<CommandTarget> &targets,
                                               const QString &note)
{
    QHash<QString, TargetOutcome> outcomes;
    if (targets.isEmpty())
        return outcomes;
    if (!m_credentials || m_cancelled) {
        for (const CommandTarget &target : targets)
            outcomes.insert(target.address,
                            { target, TargetOutcome::Kind::Skipped,
                              m_cancelled ? tr("the watcher stopped")
                                          : tr("no console certificate to send it with") });
        return outcomes;
    }
    const AgentTls::Credentials credentials = *m_credentials;
    const StoreConnection store = m_job.store;
    CommandRun run(
        command, targets,
        [credentials](const CommandTarget &) { return Result<AgentTls::Credentials>(credentials); },
        [store](const AuditEntry &entry) -> Result<qint64> {
            const Result<std::shared_ptr<Database>> database = store.open();
            if (!database)
                return Result<qint64>::failure(database.error());
            return AuditLog(database.value()).append(entry);
        },
        CommandRun::Options { m_job.parallel, m_job.timeoutMs, note });
    QEventLoop loop;
    QObject::connect(&run, &CommandRun::finished, &loop,
                     [&](const QVector<TargetOutcome> &done, const QString &auditError) {
                         for (const TargetOutcome &outcome : done)
                             outcomes.insert(outcome.target.address, outcome);
                         if (!auditError.isEmpty())
                             round.problems.append(auditError);
                         loop.quit();
                     });
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        m_run = &run;
    }
    run.start();
    loop.exec();
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        m_run = nullptr;
    }
    return outcomes;
}

// One warning per policy and computer, the first round that sees it failing that policy
// (reference 001: users are warned before the quarantine). Computers that read the same text
// get it in one command.
void PolicyDuty::warnUsers(Round &round, const QVector<QuarantinePolicy> &policies)
{
    // (policy, text) -> the verdicts to warn
    QMap<QPair<QString, QString>, QVector<int>> groups;
    for (int i = 0; i < round.verdicts.size(); ++i) {
        PolicyVerdict &verdict = round.verdicts[i];
        for (const QString &name : std::as_const(verdict.warn)) {
            const QuarantinePolicy *policy = policyNamed(policies, name);
            const PolicyStanding *standing = standingOf(verdict, name);
            if (policy && standing)
                groups[{ name, warningText(*policy, *standing) }].append(i);
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QVector<CommandTarget> targets;
        for (int i : it.value())
            targets.append(targetOf(round.verdicts.at(i).computer));
        const QHash<QString, TargetOutcome> outcomes
            = send(round, AgentCommand::warn(it.key().second), targets,
                   tr("policy %1").arg(it.key().first));
        for (int i : it.value()) {
            PolicyVerdict &verdict = round.verdicts[i];
            const TargetOutcome outcome = outcomes.value(verdict.computer.address);
            if (outcome.kind == TargetOutcome::Kind::Done) {
                ++round.warned;
                continue;
            }
            // Not warned: the next round tries again.
            ++round.failed;
            if (PolicyStanding *standing = standingOf(verdict, it.key().first))
                standing->warnedAt = {};
        }
    }
}

void PolicyDuty::quarantineOrRelease(Round &round, PolicyVerdict::Action action)
{
    const bool quarantine = action == PolicyVerdict::Action::Quarantine;
    // Quarantines in one command per deciding policy, so that the audit entry names it.
    QMap<QString, QVector<int>> groups;
    for (int i = 0; i < round.verdicts.size(); ++i) {
        const PolicyVerdict &verdict = round.verdicts.at(i);
        if (verdict.action != action)
            continue;
        const PolicyStanding *deciding = PolicyVerdict::deciding(verdict.standings);
        groups[quarantine && deciding ? deciding->policy : QString()].append(i);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QVector<CommandTarget> targets;
        for (int i : it.value())
            targets.append(targetOf(round.verdicts.at(i).computer));
        const QString note = quarantine
            ? tr("policy %1").arg(it.key())
            : tr("CVE compliance policies: no policy requires the quarantine any more");
        const QHash<QString, TargetOutcome> outcomes
            = send(round, quarantine ? AgentCommand::quarantine() : AgentCommand::release(),
                   targets, note);
        for (int i : it.value()) {
            PolicyVerdict &verdict = round.verdicts[i];
            const TargetOutcome outcome = outcomes.value(verdict.computer.address);
            const bool done = outcome.kind == TargetOutcome::Kind::Done;
            if (!done) {
                // Left as it was, so that the next round tries again.
                ++round.failed;
                if (quarantine) {
                    for (PolicyStanding &standing : verdict.standings) {
                        if (standing.quarantinedAt == round.now)
                            standing.quarantinedAt = {};
                    }
                } else {
                    verdict.standings = round.before.value(verdict.computer.address);
                }
                continue;
            }
            const PolicyStanding *deciding = PolicyVerdict::deciding(verdict.standings);
            if (quarantine) {
                ++round.quarantined;
                round.events.append(eventOf(
                    verdict.computer, EventKind::policyQuarantined, round.now,
                    QStringLiteral("pending"), QStringLiteral("quarantined"),
                    tr("policy %1: misses %2")
                        .arg(deciding->policy, deciding->missingCves.join(QStringLiteral(", ")))));
            } else {
                ++round.released;
                round.events.append(eventOf(verdict.computer, EventKind::policyReleased, round.now,
                                            QStringLiteral("quarantined"),
                                            QStringLiteral("released"),
                                            verdict.ended.join(QStringLiteral("; "))));
            }
        }
    }
}

Result<QString> PolicyDuty::runRound(const std::shared_ptr<Database> &store)
{
    const PolicyStore policies(store);
    const Result<PolicyDocument> document = policies.load();
    if (!document)
        return Result<QString>::failure(document.error());
    const Result<QHash<QString, QVector<PolicyStanding>>> stored = policies.standings();
    if (!stored)
        return Result<QString>::failure(stored.error());
    const bool anyOn = std::any_of(document->policies.cbegin(), document->policies.cend(),
                                   [](const auto &p) { return p.enabled; });
    if (!anyOn && stored->isEmpty())
        return tr("no quarantine policy is on");
    Result<QVector<ComputerFacts>> facts = policies.facts();
    if (!facts)
        return Result<QString>::failure(facts.error());
    QVector<ComputerFacts> computers = std::move(facts).value();
    m_credentials = m_job.console ? m_job.console() : std::nullopt;
    askUnknown(document->policies, computers);

    Round round;
    round.now = Clock::instance().now().toUTC();
    int pending = 0, unknown = 0;
    for (const ComputerFacts &computer : std::as_const(computers)) {
        const QVector<PolicyStanding> before = stored->value(computer.address);
        PolicyVerdict verdict
            = PolicyEvaluation::evaluate(document->policies, computer, before, round.now);
        unknown += computer.missingCves ? 0 : 1;
        const PolicyStanding *deciding = PolicyVerdict::deciding(verdict.standings);
        pending += deciding && !deciding->isQuarantined() ? 1 : 0;
        if (!verdict.changed(before))
            continue;
        round.before.insert(computer.address, before);
        round.verdicts.append(std::move(verdict));
    }
    warnUsers(round, document->policies);
    quarantineOrRelease(round, PolicyVerdict::Action::Quarantine);
    quarantineOrRelease(round, PolicyVerdict::Action::Release);

    QHash<QString, QVector<PolicyStanding>> changed;
    for (const PolicyVerdict &verdict : std::as_const(round.verdicts)) {
        changed.insert(verdict.computer.address, verdict.standings);
        const QVector<PolicyStanding> before = round.before.value(verdict.computer.address);
        for (const PolicyStanding &standing : verdict.standings) {
            const bool isNew = std::none_of(before.cbegin(), before.cend(), [&](const auto &s) {
                return s.policy == standing.policy;
            });
            if (isNew && !standing.isQuarantined())
                round.events.append(eventOf(
                    verdict.computer, EventKind::policyPending, round.now,
                    QStringLiteral("compliant"), QStringLiteral("pending"),
                    tr("policy %1: misses %2; quarantined at %3 unless compliant")
                        .arg(standing.policy, standing.missingCves.join(QStringLiteral(", ")),
                             standing.graceEnds.toString(Qt::ISODate))));
        }
    }
    const Result<Done> saved = policies.saveStandings(changed, round.events);
    if (!saved)
        return Result<QString>::failure(saved.error());
    QString text = tr("%1 computers evaluated: %2 pending; %3 warned, %4 quarantined, %5 released")
                       .arg(computers.size())
                       .arg(pending)
                       .arg(round.warned)
                       .arg(round.quarantined)
                       .arg(round.released);
    if (round.failed > 0)
        text += QStringLiteral("; ")
            + tr("%1 commands not done (tried again next round; see the audit log)")
                  .arg(round.failed);
    if (unknown > 0)
        text += QStringLiteral("; ")
            + tr("%1 agents did not report their missing CVEs").arg(unknown);
    if (!round.problems.isEmpty())
        text += QStringLiteral("; ") + round.problems.join(QStringLiteral("; "));
    return text;
}
