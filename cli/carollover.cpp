// CaCommand's steps that command agents: migrate and finish (cacommand.cpp has the rest). What
// to send and what the answers change are CaRollover's; this file sends and prints.
#include "cacommand.h"

#include "commandline.h"
#include "commandsend.h"

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
    const Result<CaRollover::Migration> plan = context.rollover->planMigration();
    if (!plan) {
        if (!context.rollover->identity().pending())
            return errors.fail(1,
                               tr("no CA rollover is going on: start one with osmgmt-cli ca "
                                  "rollover start"));
        return errors.fail(1, plan.error());
    }
    if (!plan->note.isEmpty())
        errors.say(plan->note);
    for (const CaRollover::Agent &agent : plan->skipped)
        m_out << CaRollover::key(agent.target) << '\t' << QStringLiteral("skipped") << '\t'
              << agent.detail << '\n';
    if (plan->targets.isEmpty()) {
        errors.say(tr("no agent left to move to the new CA"));
        return 0;
    }
    int moved = 0;
    const int code = send(
        context, plan->command, plan->targets, plan->console, [&](const TargetOutcome &outcome) {
            const Result<bool> recorded = context.rollover->recordMigrated(outcome);
            if (!recorded)
                errors.say(recorded.error());
            else if (*recorded)
                ++moved;
        });
    errors.say(tr("%1 of %2 agent(s) moved to the new CA; run migrate again for the others")
                   .arg(moved)
                   .arg(plan->targets.size()));
    return code;
}

int CaCommand::finish(Context &context)
{
    const CommandErrors errors(QStringLiteral("ca rollover finish"));
    const Result<CaRollover::Finish> plan = context.rollover->planFinish();
    if (!plan)
        return errors.fail(1, plan.error());
    if (!plan->left.isEmpty() && !context.force) {
        for (const AuditTarget &agent : plan->left)
            m_out << agent.computer << '\t' << agent.outcome << '\t' << agent.detail << '\n';
        context.rollover->refuseFinish(*plan);
        return errors.fail(1,
                           tr("%n agent(s) still depend on the old CA (listed above): move "
                              "them with osmgmt-cli ca rollover migrate once they are "
                              "reachable, or finish with --force (they will then refuse "
                              "this server's commands and show as unverified)",
                              nullptr, int(plan->left.size())));
    }
    int code = 0;
    if (!plan->moved.isEmpty()) {
        code = send(context, plan->command, plan->moved, plan->console,
                    [](const TargetOutcome &) {});
        if (code == 130)
            return code;
    }
    const Result<QString> retired = context.rollover->retire(*plan);
    if (!retired)
        return errors.fail(1, retired.error());
    m_out << *retired << '\n';
    if (!plan->left.isEmpty())
        errors.say(tr("%n agent(s) still pin the retired CA: they refuse this server's commands "
                      "and show as unverified until their CA is replaced on the computer",
                      nullptr, int(plan->left.size())));
    return code;
}
