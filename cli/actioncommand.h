#pragma once

#include "actionoptions.h"
#include "agentlink/agenttls.h"
#include "identity/servercredential.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QTextStream>

// `osmgmt-cli move|quarantine|release|start-service|register`: the console's commands for scripts
// (docs/cli.md). Exit codes: 0 every computer did it, 1 at least one did not, 2 the command
// could not be sent at all (options, keychain, credential), 130 interrupted.
class ActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActionCommand)

public:
    int run(const QStringList &arguments);

private:
    struct Prepared
    {
        AgentCommand command;
        AgentTls::Credentials credentials;
    };
    Result<Prepared> prepare(const ActionOptions &options);
    Result<MoveCredential> movingCredential(const ActionOptions &options);
    int send(const ActionOptions &options, const Prepared &prepared);
    // After a move with --from-server: false (and said why) when the credential stays.
    bool forgetUsedCredential(const ActionOptions &options);
    // start-service --where-stopped: one command per stopped service, to the computers where
    // the query's health snapshots show it stopped.
    int sendWhereStopped(ActionOptions options, Prepared prepared,
                         const std::shared_ptr<Database> &database);

    QTextStream m_out { stdout };
    QTextStream m_err { stderr };
};
