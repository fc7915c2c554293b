#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "carollover/carollover.h"
#include "commands/commandtarget.h"
#include "store/storeconnection.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <optional>

// `osmgmt-cli ca status` and `osmgmt-cli ca rollover start|migrate|finish` (docs/security.md,
// "Rolling the CA over"; docs/cli.md). Exit codes: 0 done, 1 an agent or a step did not do it
// (finish: agents still depend on the old CA), 2 bad usage or no identity, 130 interrupted.
class CaCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaCommand)

public:
    int run(const QStringList &arguments);

private:
    struct Context
    {
        std::optional<CaRollover> rollover;
        StoreConnection store;
        int timeoutMs = 10000;
        bool force = false;
    };
    int status(Context &context);
    int start(Context &context);
    int migrate(Context &context);
    int finish(Context &context);

    // Sends `command` to `targets` with `credentials` as an audited command (CommandRun), one
    // line per agent, calling `done` for each outcome. The exit code: 0, 1, or 130 on SIGINT.
    int send(const Context &context, const AgentCommand &command,
             const QVector<CommandTarget> &targets, const AgentTls::Credentials &credentials,
             const std::function<void(const TargetOutcome &)> &done);

    QTextStream m_out { stdout };
    QTextStream m_err { stderr };
};
