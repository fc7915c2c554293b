#include "actioncommand.h"

#include "commandline.h"
#include "commandsend.h"
#include "healthcommand.h"
#include "passwordinput.h"

#include "commands/commandrun.h"
#include "health/healthreport.h"
#include "health/healthstore.h"
#include "identity/servercredential.h"
#include "secrets/identityfiles.h"
#include "secrets/importedauthorities.h"
#include "secrets/serveridentity.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QFile>

int ActionCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(arguments.value(0));
    const Result<ActionOptions, int> options = optionsToRun(
        ActionOptions::parse(arguments), ActionOptions::helpText(arguments.value(0)), errors);
    if (!options)
        return options.error();
    // The store's password first: with --db-password-stdin it is standard input's first line,
    // and a credential file's password the next one.
    ActionOptions resolved = options.value();
    const Result<StoreConnection> store = resolved.store.connection();
    if (!store)
        return errors.fail(2, store.error());
    resolved.storeConnection = store.value();
    // A command no audit log would record is not sent: the store is checked before.
    const Result<std::shared_ptr<Database>> database = resolved.store.open(store.value(), false);
    if (!database)
        return errors.fail(2, database.error());
    const Result<Prepared> prepared = prepare(resolved);
    if (!prepared)
        return errors.fail(2, prepared.error());
    if (resolved.whereStopped)
        return sendWhereStopped(resolved, prepared.value(), database.value());
    return send(resolved, prepared.value());
}

int ActionCommand::sendWhereStopped(ActionOptions options, Prepared prepared,
                                    const std::shared_ptr<Database> &database)
{
    const CommandErrors errors(options.action);
    const Result<qint64> queryId = HealthCommand::resolveQuery(database, options.queryId);
    if (!queryId)
        return errors.fail(3, queryId.error());
    const Result<QVector<HealthSnapshot>> snapshots = HealthStore(database).snapshots(*queryId);
    if (!snapshots)
        return errors.fail(1, snapshots.error());
    const QMap<QString, QVector<CommandTarget>> stopped = HealthReport::stoppedServices(*snapshots);
    if (stopped.isEmpty()) {
        errors.say(tr("no product service is stopped in query %1: nothing to start").arg(*queryId));
        return 0;
    }
    int exitCode = 0;
    for (auto it = stopped.begin(); it != stopped.end(); ++it) {
        options.targets = it.value();
        prepared.command = AgentCommand::startService(it.key());
        const int sent = send(options, prepared);
        if (sent == 130)
            return sent;
        exitCode = std::max(exitCode, sent);
    }
    return exitCode;
}

Result<ActionCommand::Prepared> ActionCommand::prepare(const ActionOptions &options)
{
    using R = Result<Prepared>;
    const Result<ServerIdentity> identity = ServerIdentity::loadOrCreate(
        SecretStore(), IdentityFiles::serverCertificate(Settings::dataDirectory()),
        options.serverName);
    if (!identity)
        return R::failure(identity.error());
    Prepared prepared;
    const CertificateAuthority signer = identity->authority();
    if (options.action == QLatin1String("move")) {
        // The move registers the agent here too: this CA issues its agent certificate.
        prepared.command = AgentCommand::move(options.serverName, identity->authority());
        // Commanded with the old server's move-only credential, as it was exported.
        const Result<MoveCredential> credential = movingCredential(options);
        if (!credential)
            return R::failure(credential.error());
        prepared.credentials = { credential->certificate, credential->key };
        return prepared;
    } else if (options.action == QLatin1String("quarantine")) {
        prepared.command = AgentCommand::quarantine();
    } else if (options.action == QLatin1String("register")) {
        prepared.command = AgentCommand::registration(identity->authority());
    } else if (options.action == QLatin1String("release")) {
        prepared.command = AgentCommand::release();
    } else {
        prepared.command = AgentCommand::startService(options.service);
    }
    const Result<IssuedCertificate> issued
        = signer.issue(tr("osmgmt-cli of %1").arg(options.serverName), CertificateUse::Client,
                       ServerIdentity::sessionCertificateDays);
    if (!issued)
        return R::failure(issued.error());
    prepared.credentials = { issued->certificate, issued->key };
    return prepared;
}

Result<MoveCredential> ActionCommand::movingCredential(const ActionOptions &options)
{
    using R = Result<MoveCredential>;
    if (!options.fromServer.isEmpty())
        return ImportedAuthorities(SecretStore(),
                                   IdentityFiles::importedServers(Settings::dataDirectory()))
            .find(options.fromServer);
    QFile file(options.credentialFile);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot read the credential file %1: %2")
                              .arg(options.credentialFile, file.errorString()));
    // The password comes on standard input, never on the command line (where `ps` shows it).
    const QString password
        = readPassword(tr("Password of %1: ").arg(options.credentialFile)).value_or(QString());
    return ServerCredential::importBundle(file.readAll(), password);
}

int ActionCommand::send(const ActionOptions &options, const Prepared &prepared)
{
    const int sent = sendToAgents(prepared.command, options.targets, prepared.credentials,
                                  options.storeConnection, options.timeoutMs, m_out, m_err);
    // Forgotten whatever the outcome, and said; an interruption stays the exit code.
    if (!forgetUsedCredential(options) && sent == 0)
        return 1;
    return sent;
}

bool ActionCommand::forgetUsedCredential(const ActionOptions &options)
{
    // docs/security.md, "The Client Mover hands over no master key": an imported move credential
    // serves one move, here as in the console (CommandController), whatever its outcome.
    if (options.action != QLatin1String("move") || options.fromServer.isEmpty())
        return true;
    const Result<Done> forgotten
        = ImportedAuthorities(SecretStore(),
                              IdentityFiles::importedServers(Settings::dataDirectory()))
              .forget(options.fromServer);
    if (!forgotten) {
        m_err << tr("the move credential of server \"%1\" could not be forgotten: %2")
                     .arg(options.fromServer, forgotten.error())
              << '\n';
        return false;
    }
    return true;
}
