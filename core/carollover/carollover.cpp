#include "carollover/carollover.h"

#include "carollover/caagents.h"
#include "common/clock.h"
#include "secrets/identityfiles.h"
#include "store/auditlog.h"

#include <QFile>

namespace {

const QString startAction = QStringLiteral("ca-rollover-start");
const QString finishAction = QStringLiteral("ca-rollover-finish");

} // namespace

CaRollover::CaRollover(Setup setup, ServerIdentity identity)
    : m_setup(std::move(setup))
    , m_identity(std::move(identity))
{ }

Result<CaRollover> CaRollover::open(Setup setup)
{
    const QString certificateFile = IdentityFiles::serverCertificate(setup.dataDirectory);
    if (!QFile::exists(certificateFile))
        return Result<CaRollover>::failure(
            tr("this console has no certificate authority yet (%1): the console makes it at its "
               "first start")
                .arg(certificateFile));
    Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(setup.secrets, certificateFile, setup.serverName);
    if (!identity)
        return Result<CaRollover>::failure(identity.error());
    return CaRollover(std::move(setup), std::move(identity).value());
}

CaRollover::Authority CaRollover::describe(const CertificateAuthority &authority)
{
    const QSslCertificate certificate = authority.certificate();
    return { authority.serverName(), certificateFingerprint(certificate),
             certificate.expiryDate().toUTC() };
}

QString CaRollover::key(const CommandTarget &target)
{
    return target.address + QLatin1Char(':') + QString::number(target.port);
}

Result<RolloverProgress> CaRollover::loadProgress() const
{
    const std::optional<CertificateAuthority> &pending = m_identity->pending();
    return RolloverProgress::load(RolloverProgress::fileIn(m_setup.dataDirectory),
                                  pending ? certificateFingerprint(pending->certificate())
                                          : QString());
}

Result<Done> CaRollover::audit(const QString &action, const QString &detail,
                               const QVector<AuditTarget> &targets) const
{
    AuditEntry entry;
    entry.at = Clock::instance().now();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = action;
    entry.detail = detail;
    entry.targets = targets;
    const Result<qint64> appended = AuditLog(m_setup.database).append(entry);
    if (!appended)
        return Result<Done>::failure(appended.error());
    return Done();
}

Result<AgentTls::Credentials> CaRollover::consoleOf(const CertificateAuthority &authority) const
{
    // A console certificate of `authority` for this step, in memory only.
    const Result<IssuedCertificate> issued
        = authority.issue(tr("osmgmt CA rollover of %1").arg(m_setup.serverName),
                          CertificateUse::Client, ServerIdentity::sessionCertificateDays);
    if (!issued)
        return Result<AgentTls::Credentials>::failure(issued.error());
    return AgentTls::Credentials { issued->certificate, issued->key };
}

Result<CaRollover::Status> CaRollover::status(Asking asking)
{
    using R = Result<Status>;
    Status status;
    status.current = describe(m_identity->authority());
    status.pendingProblem = m_identity->pendingProblem();
    const bool rolling = m_identity->pending().has_value();
    if (rolling)
        status.pending = describe(*m_identity->pending());
    if (asking == Asking::Never || (asking == Asking::DuringRollover && !rolling))
        return status;
    status.agentsAsked = true;
    Result<RolloverProgress> loaded = loadProgress();
    if (!loaded)
        return R::failure(loaded.error());
    RolloverProgress progress = std::move(loaded).value();
    const Result<QVector<CommandTarget>> targets
        = CaAgents::ofThisServer(m_setup.database, progress, m_setup.named, &status.note);
    if (!targets)
        return R::failure(targets.error());
    const QVector<CaAgents::Seen> seen = CaAgents::ask(
        *targets, m_identity->authority().certificate(),
        rolling ? m_identity->pending()->certificate() : QSslCertificate(), m_setup.timeoutMs);
    const QDateTime now = Clock::instance().now();
    for (const CaAgents::Seen &asked : seen) {
        const QString target = key(asked.target);
        Agent agent { asked.target, asked.standing, asked.detail };
        if (asked.standing) {
            if (rolling)
                progress.record({ target, asked.target.name, *asked.standing, now, asked.detail });
        } else if (progress.agents().contains(target)) {
            // Not reachable now: what the rollover last saw of it.
            const RolloverProgress::Agent &known = progress.agents().value(target);
            agent.standing = known.standing;
            agent.detail = tr("not reachable now (%1); last seen %2")
                               .arg(asked.detail, known.seen.toUTC().toString(Qt::ISODate));
        } else if (!asked.reachable) {
            // Never seen on the new CA: it still depends on the old one.
            agent.standing = RolloverProgress::Standing::OldCa;
            agent.detail
                = tr("not reachable now (%1); never moved to the new CA").arg(asked.detail);
        }
        if (!agent.standing)
            ++status.onNeither;
        else if (*agent.standing == RolloverProgress::Standing::NewCa)
            ++status.onNew;
        else
            ++status.onOld;
        status.agents.append(agent);
    }
    if (!rolling)
        return status;
    if (const Result<Done> saved = progress.save(); !saved)
        status.saveProblem = saved.error();
    return status;
}

Result<CertificateAuthority> CaRollover::start()
{
    Result<CertificateAuthority> next = m_identity->startRollover(m_setup.secrets);
    if (!next) {
        audit(startAction, tr("refused: %1").arg(next.error()));
        return next;
    }
    const Result<Done> audited
        = audit(startAction,
                tr("new CA %1 made; the current CA %2 stays trusted until the rollover is finished")
                    .arg(certificateFingerprint(next->certificate()),
                         certificateFingerprint(m_identity->authority().certificate())));
    // The identity now has a pending CA: read it again, as the next step will.
    Result<CaRollover> reopened = open(m_setup);
    if (reopened)
        m_identity = std::move(reopened->m_identity);
    if (!audited)
        return Result<CertificateAuthority>::failure(
            tr("the new CA was made, but the audit log did not record the step: %1")
                .arg(audited.error()));
    return next;
}

Result<CaRollover::Migration> CaRollover::planMigration()
{
    using R = Result<Migration>;
    if (!m_identity->pending())
        return R::failure(tr("no CA rollover is going on: start one first"));
    Result<RolloverProgress> loaded = loadProgress();
    if (!loaded)
        return R::failure(loaded.error());
    m_progress = std::move(loaded).value();
    Migration migration;
    const Result<QVector<CommandTarget>> agents
        = CaAgents::ofThisServer(m_setup.database, *m_progress, m_setup.named, &migration.note);
    if (!agents)
        return R::failure(agents.error());
    // Resumable: an agent this rollover already moved is not asked again.
    for (const CommandTarget &target : *agents) {
        const RolloverProgress::Agent known = m_progress->agents().value(key(target));
        if (m_setup.named.isEmpty() && known.standing == RolloverProgress::Standing::NewCa
            && !known.target.isEmpty())
            migration.skipped.append({ target, known.standing,
                                       tr("already on the new CA (since %1)")
                                           .arg(known.seen.toUTC().toString(Qt::ISODate)) });
        else
            migration.targets.append(target);
    }
    // The console commands with its current CA until the rollover is finished: every agent
    // accepts it, moved or not.
    const Result<AgentTls::Credentials> console = consoleOf(m_identity->authority());
    if (!console)
        return R::failure(console.error());
    migration.console = *console;
    migration.command
        = AgentCommand::rollover(*m_identity->pending(), m_identity->trustedAuthorities());
    return migration;
}

Result<bool> CaRollover::recordMigrated(const TargetOutcome &outcome)
{
    if (!m_progress)
        return Result<bool>::failure(tr("no migration was planned"));
    const QString target = key(outcome.target);
    RolloverProgress::Agent agent = m_progress->agents().value(target);
    agent.target = target;
    agent.name = outcome.target.name;
    agent.seen = Clock::instance().now();
    agent.detail = outcome.detail;
    const bool moved = outcome.kind == TargetOutcome::Kind::Done;
    if (moved)
        agent.standing = RolloverProgress::Standing::NewCa;
    m_progress->record(agent);
    if (const Result<Done> saved = m_progress->save(); !saved)
        return Result<bool>::failure(saved.error());
    return moved;
}

Result<CaRollover::Finish> CaRollover::planFinish()
{
    using R = Result<Finish>;
    if (!m_identity->pending())
        return R::failure(tr("no CA rollover is going on: there is nothing to finish"));
    Result<RolloverProgress> loaded = loadProgress();
    if (!loaded)
        return R::failure(loaded.error());
    m_progress = std::move(loaded).value();
    const Result<QVector<CommandTarget>> agents
        = CaAgents::ofThisServer(m_setup.database, *m_progress, {}, nullptr);
    if (!agents)
        return R::failure(agents.error());
    Finish plan;
    for (const CommandTarget &target : *agents) {
        const RolloverProgress::Agent known = m_progress->agents().value(key(target));
        if (!known.target.isEmpty() && known.standing == RolloverProgress::Standing::NewCa)
            plan.moved.append(target);
        else
            plan.left.append({ key(target),
                               RolloverProgress::key(RolloverProgress::Standing::OldCa),
                               known.detail });
    }
    // The moved agents stop accepting the old CA with this command, sent with the new CA's
    // certificate; one that misses it stops at the first command of the new CA.
    const Result<AgentTls::Credentials> console = consoleOf(*m_identity->pending());
    if (!console)
        return R::failure(console.error());
    plan.console = *console;
    plan.command = AgentCommand::finishRollover();
    return plan;
}

void CaRollover::refuseFinish(const Finish &plan)
{
    audit(finishAction,
          tr("refused: %n agent(s) still depend on the old CA", nullptr, int(plan.left.size())),
          plan.left);
}

Result<QString> CaRollover::retire(const Finish &plan)
{
    if (!m_identity->pending())
        return Result<QString>::failure(
            tr("no CA rollover is going on: there is nothing to finish"));
    if (!m_progress) {
        // Its file is removed with the rollover: read it while it still belongs to the pending CA.
        if (Result<RolloverProgress> loaded = loadProgress())
            m_progress = std::move(loaded).value();
    }
    const QString retired = certificateFingerprint(m_identity->authority().certificate());
    const QString current = certificateFingerprint(m_identity->pending()->certificate());
    const Result<Done> finished = m_identity->finishRollover(m_setup.secrets);
    if (!finished) {
        audit(finishAction, tr("failed: %1").arg(finished.error()));
        return Result<QString>::failure(finished.error());
    }
    if (m_progress)
        m_progress->remove();
    QString detail = tr("the CA %1 is retired; %2 is the current CA").arg(retired, current);
    if (!plan.left.isEmpty())
        detail += tr("; forced with %n agent(s) still on the retired CA", nullptr,
                     int(plan.left.size()));
    const Result<Done> audited = audit(finishAction, detail, plan.left);
    if (!audited)
        return Result<QString>::failure(
            tr("%1, but the audit log did not record the step: %2").arg(detail, audited.error()));
    return detail;
}
