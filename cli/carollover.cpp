// CaCommand's steps that command agents: migrate and finish (cacommand.cpp has the rest).
#include "cacommand.h"

#include "caagents.h"
#include "commandline.h"
#include "commandsend.h"

#include "commands/commandrun.h"
#include "common/clock.h"
#include "settings/settings.h"

namespace {

QString targetKey(const CommandTarget &target)
{
    return target.address + QLatin1Char(':') + QString::number(target.port);
}

// A console certificate of `authority` for this run, in memory only.
Result<AgentTls::Credentials> consoleOf(const CertificateAuthority &authority,
                                        const QString &serverName)
{
    const Result<IssuedCertificate> issued
        = authority.issue(CaCommand::tr("osmgmt-cli of %1").arg(serverName), CertificateUse::Client,
                          ServerIdentity::sessionCertificateDays);
    if (!issued)
        return Result<AgentTls::Credentials>::failure(issued.error());
    return AgentTls::Credentials { issued->certificate, issued->key };
}

} // namespace

int CaCommand::send(const Context &context, const AgentCommand &command,
                    const QVector<CommandTarget> &targets, const AgentTls::Credentials &credentials,
                    const std::function<void(const TargetOutcome &)> &done)
{
    return sendToAgents(command, targets, credentials, context.store, context.timeoutMs, m_out,
                        m_err, done);
}

int CaCommand::migrate(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca rollover migrate"));
    const ServerIdentity &identity = *context.identity;
    if (!identity.pending())
        return errors.fail(1,
                           tr("no CA rollover is going on: start one with osmgmt-cli ca "
                              "rollover start"));
    Result<RolloverProgress> loaded = progressOf(context);
    if (!loaded)
        return errors.fail(1, loaded.error());
    RolloverProgress progress = std::move(loaded).value();
    QString note;
    const Result<QVector<CommandTarget>> agents
        = CaAgents::ofThisServer(context.database, progress, context.named, &note);
    if (!agents)
        return errors.fail(1, agents.error());
    if (!note.isEmpty())
        errors.say(note);
    // Resumable: an agent this rollover already moved is not asked again.
    QVector<CommandTarget> targets;
    for (const CommandTarget &target : *agents) {
        const RolloverProgress::Agent known = progress.agents().value(targetKey(target));
        if (context.named.isEmpty() && known.standing == RolloverProgress::Standing::NewCa
            && !known.target.isEmpty()) {
            m_out << targetKey(target) << '\t' << QStringLiteral("skipped") << '\t'
                  << tr("already on the new CA (since %1)")
                         .arg(known.seen.toUTC().toString(Qt::ISODate))
                  << '\n';
            continue;
        }
        targets.append(target);
    }
    if (targets.isEmpty()) {
        errors.say(tr("no agent left to move to the new CA"));
        return 0;
    }
    // The console commands with its current CA until the rollover is finished: every agent
    // accepts it, moved or not.
    const Result<AgentTls::Credentials> console
        = consoleOf(identity.authority(), context.serverName);
    if (!console)
        return errors.fail(2, console.error());
    int moved = 0;
    const int code
        = send(context, AgentCommand::rollover(*identity.pending(), identity.trustedAuthorities()),
               targets, *console, [&](const TargetOutcome &outcome) {
                   const QString key = targetKey(outcome.target);
                   RolloverProgress::Agent agent = progress.agents().value(key);
                   agent.target = key;
                   agent.name = outcome.target.name;
                   agent.seen = Clock::instance().now();
                   agent.detail = outcome.detail;
                   if (outcome.kind == TargetOutcome::Kind::Done) {
                       agent.standing = RolloverProgress::Standing::NewCa;
                       ++moved;
                   }
                   progress.record(agent);
                   // Saved at each answer: an interrupted migrate resumes from here.
                   const Result<Done> saved = progress.save();
                   if (!saved)
                       errors.say(saved.error());
               });
    errors.say(tr("%1 of %2 agent(s) moved to the new CA; run migrate again for the others")
                   .arg(moved)
                   .arg(targets.size()));
    return code;
}

int CaCommand::finish(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca rollover finish"));
    const ServerIdentity &identity = *context.identity;
    if (!identity.pending())
        return errors.fail(1, tr("no CA rollover is going on: there is nothing to finish"));
    Result<RolloverProgress> loaded = progressOf(context);
    if (!loaded)
        return errors.fail(1, loaded.error());
    RolloverProgress progress = std::move(loaded).value();
    const Result<QVector<CommandTarget>> agents
        = CaAgents::ofThisServer(context.database, progress, {}, nullptr);
    if (!agents)
        return errors.fail(1, agents.error());
    QVector<CommandTarget> moved;
    QVector<AuditTarget> left;
    for (const CommandTarget &target : *agents) {
        const RolloverProgress::Agent known = progress.agents().value(targetKey(target));
        if (!known.target.isEmpty() && known.standing == RolloverProgress::Standing::NewCa)
            moved.append(target);
        else
            left.append({ targetKey(target),
                          RolloverProgress::key(RolloverProgress::Standing::OldCa), known.detail });
    }
    if (!left.isEmpty() && !context.force) {
        for (const AuditTarget &agent : left)
            m_out << agent.computer << '\t' << agent.outcome << '\t' << agent.detail << '\n';
        audit(context, QStringLiteral("ca-rollover-finish"),
              tr("refused: %n agent(s) still depend on the old CA", nullptr, int(left.size())),
              left);
        return errors.fail(1,
                           tr("%n agent(s) still depend on the old CA (listed above): move "
                              "them with osmgmt-cli ca rollover migrate once they are "
                              "reachable, or finish with --force (they will then refuse "
                              "this server's commands and show as unverified)",
                              nullptr, int(left.size())));
    }
    // The moved agents stop accepting the old CA now; one that misses this stops at the first
    // command of the new CA (docs/security.md).
    int code = 0;
    if (!moved.isEmpty()) {
        const Result<AgentTls::Credentials> console
            = consoleOf(*identity.pending(), context.serverName);
        if (!console)
            return errors.fail(2, console.error());
        code = send(context, AgentCommand::finishRollover(), moved, *console,
                    [](const TargetOutcome &) {});
        if (code == 130)
            return code;
    }
    const QString retired = certificateFingerprint(identity.authority().certificate());
    const QString current = certificateFingerprint(identity.pending()->certificate());
    const Result<Done> finished = identity.finishRollover(SecretStore());
    if (!finished) {
        audit(context, QStringLiteral("ca-rollover-finish"),
              tr("failed: %1").arg(finished.error()));
        return errors.fail(1, finished.error());
    }
    progress.remove();
    QString detail = tr("the CA %1 is retired; %2 is the current CA").arg(retired, current);
    if (!left.isEmpty())
        detail
            += tr("; forced with %n agent(s) still on the retired CA", nullptr, int(left.size()));
    const Result<Done> audited = audit(context, QStringLiteral("ca-rollover-finish"), detail, left);
    m_out << detail << '\n';
    if (!left.isEmpty())
        errors.say(tr("%n agent(s) still pin the retired CA: they refuse this server's commands "
                      "and show as unverified until their CA is replaced on the computer",
                      nullptr, int(left.size())));
    if (!audited)
        return errors.fail(1, tr("the audit log did not record the step: %1").arg(audited.error()));
    return code;
}
