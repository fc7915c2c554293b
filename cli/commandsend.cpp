#include "commandsend.h"

#include "commands/commandrun.h"
#include "common/unixsignalwatcher.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>

#include <csignal>

int sendToAgents(const AgentCommand &command, const QVector<CommandTarget> &targets,
                 const AgentTls::Credentials &credentials, const StoreConnection &store,
                 int timeoutMs, QTextStream &out, QTextStream &err,
                 const std::function<void(const TargetOutcome &)> &each)
{
    CommandRun run(
        command, targets,
        [credentials](const CommandTarget &) { return Result<AgentTls::Credentials>(credentials); },
        [store](const AuditEntry &entry) -> Result<qint64> {
            const Result<std::shared_ptr<Database>> database = store.open();
            if (!database)
                return Result<qint64>::failure(database.error());
            return AuditLog(database.value()).append(entry);
        },
        CommandRun::Options { 32, timeoutMs });
    bool interrupted = false;
    UnixSignalWatcher watcher({ SIGINT, SIGTERM });
    QObject::connect(&watcher, &UnixSignalWatcher::signalReceived, &run, [&run, &interrupted] {
        interrupted = true;
        run.cancel();
    });
    QObject::connect(&run, &CommandRun::targetFinished, &run,
                     [&out, &each](const TargetOutcome &outcome) {
                         out << outcome.target.address << ':' << outcome.target.port << '\t'
                             << TargetOutcome::key(outcome.kind) << '\t' << outcome.detail << '\n';
                         out.flush();
                         if (each)
                             each(outcome);
                     });
    int exitCode = 0;
    QObject::connect(
        &run, &CommandRun::finished, &run,
        [&err, &exitCode](const QVector<TargetOutcome> &outcomes, const QString &auditError) {
            for (const TargetOutcome &outcome : outcomes)
                if (outcome.kind != TargetOutcome::Kind::Done)
                    exitCode = 1;
            if (!auditError.isEmpty()) {
                err << QCoreApplication::translate("CommandSend",
                                                   "the audit log did not record the command: %1")
                           .arg(auditError)
                    << '\n';
                exitCode = 1;
            }
            QCoreApplication::exit(0);
        });
    run.start();
    QCoreApplication::exec();
    return interrupted ? 130 : exitCode;
}
