#include "commandsession.h"

#include "commands/commandrun.h"
#include "common/logging.h"
#include "consoleidentity.h"
#include "store/auditlog.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <optional>

namespace {

QVector<CommandTarget> targetsOf(const QVector<Endpoint> &endpoints)
{
    QVector<CommandTarget> targets;
    for (const Endpoint &endpoint : endpoints)
        targets.append({ endpoint.address, endpoint.agentPort, endpoint.name, endpoint.server });
    return targets;
}

QStringList serversOf(const QVector<Endpoint> &endpoints)
{
    QStringList servers;
    for (const Endpoint &endpoint : endpoints)
        servers << endpoint.server;
    servers.removeDuplicates();
    return servers;
}

// The client certificate a command presents to each target: this console's own, or for a move
// the move-only credential that the target's server exported (read from the keychain on the
// command's worker thread, once per server).
CommandRun::Credentials credentialsFor(const AgentCommand &command, const ConsoleIdentity &identity,
                                       const ImportedAuthorities &imported)
{
    if (command.kind != AgentCommand::Kind::Move) {
        const AgentTls::Credentials own { identity.sessionCertificate().certificate,
                                          identity.sessionCertificate().key };
        return [own](const CommandTarget &) { return Result<AgentTls::Credentials>(own); };
    }
    auto found = std::make_shared<QHash<QString, Result<AgentTls::Credentials>>>();
    return [imported, found](const CommandTarget &target) {
        auto it = found->constFind(target.server);
        if (it != found->constEnd())
            return it.value();
        const Result<MoveCredential> credential = imported.find(target.server);
        const Result<AgentTls::Credentials> credentials = credential
            ? Result<AgentTls::Credentials>(
                AgentTls::Credentials { credential->certificate, credential->key })
            : Result<AgentTls::Credentials>::failure(credential.error());
        found->insert(target.server, credentials);
        return credentials;
    };
}

// The audit log's intent and outcome of a command, each on a store connection of the command's
// worker thread.
CommandRun::Audit auditWith(const CommandSession::OpenDatabase &open)
{
    return [open](const AuditEntry &entry) -> Result<qint64> {
        const Result<std::shared_ptr<Database>> database = open();
        if (!database)
            return Result<qint64>::failure(database.error());
        return AuditLog(database.value()).append(entry);
    };
}

} // namespace

RunningCommand::RunningCommand(CommandRun *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_total(run->total())
{
    // The run belongs to this object, which belongs to the session, not to a dialog: closing
    // the dialog early must not stop a command half-way and lose its audit entry.
    run->setParent(this);
    connect(run, &CommandRun::targetFinished, this, &RunningCommand::targetFinished);
    connect(run, &CommandRun::finished, this, &RunningCommand::finished);
}

void RunningCommand::cancel()
{
    if (m_run)
        m_run->cancel();
}

CommandSession::CommandSession(ConsoleIdentity *identity, ImportedAuthorities imported,
                               QString serverName, OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_imported(std::move(imported))
    , m_serverName(std::move(serverName))
    , m_openDatabase(std::move(openDatabase))
{ }

CommandSession::~CommandSession() = default;

Result<Done> CommandSession::ready() const
{
    if (m_identity->isReady())
        return Done {};
    return Result<Done>::failure(m_identity->isLoading()
                                     ? tr("The server's certificate authority is still loading "
                                          "from the keychain. Try again in a moment.")
                                     : m_identity->error());
}

QStringList CommandSession::missingCredentials(const QVector<Endpoint> &endpoints) const
{
    const QStringList known = m_imported.servers();
    QStringList missing;
    for (const QString &server : serversOf(endpoints))
        if (!known.contains(server))
            missing << server;
    missing.sort();
    return missing;
}

RunningCommand *CommandSession::start(EndpointActions::Kind kind,
                                      const QVector<Endpoint> &endpoints, const QString &service)
{
    if (!m_identity->isReady())
        return nullptr;
    std::optional<AgentCommand> command;
    switch (kind) {
    case EndpointActions::Kind::Move:
        // The move registers the agents here too: this CA issues their agent certificates.
        command = AgentCommand::move(m_serverName, m_identity->authority());
        break;
    case EndpointActions::Kind::Register:
        command = AgentCommand::registration(m_identity->authority());
        break;
    case EndpointActions::Kind::Quarantine:
        command = AgentCommand::quarantine();
        break;
    case EndpointActions::Kind::Release:
        command = AgentCommand::release();
        break;
    case EndpointActions::Kind::StartService:
        command = AgentCommand::startService(service);
        break;
    case EndpointActions::Kind::Copy:
    case EndpointActions::Kind::ExportSelection:
    case EndpointActions::Kind::Diagnose:
    case EndpointActions::Kind::ComputerDetails:
        return nullptr; // not commands to agents
    }
    auto *run = new CommandRun(*command, targetsOf(endpoints),
                               credentialsFor(*command, *m_identity, m_imported),
                               auditWith(m_openDatabase), CommandRun::Options {});
    auto *running = new RunningCommand(run, this);
    connect(running, &RunningCommand::finished, this, &CommandSession::commandFinished);
    if (kind == EndpointActions::Kind::Move) {
        connect(running, &RunningCommand::finished, this,
                [this, servers = serversOf(endpoints)] { forgetCredentials(servers); });
    }
    connect(running, &RunningCommand::finished, running, &QObject::deleteLater);
    run->start();
    return running;
}

void CommandSession::forgetCredentials(const QStringList &servers)
{
    // docs/security.md, "The Client Mover hands over no master key": a move credential serves
    // one move.
    m_workers.run<Done>(
        this,
        [servers, imported = m_imported] {
            for (const QString &server : servers) {
                const Result<Done> forgotten = imported.forget(server);
                if (!forgotten)
                    Logging::get("secrets")->warn("the move credential of server \"{}\" is "
                                                  "still kept: {}",
                                                  server, forgotten.error());
            }
            return Done {};
        },
        [](const Done &) {});
}

void CommandSession::importCredential(const QString &file, const QString &password,
                                      std::function<void(const Result<QString> &)> done)
{
    m_workers.run<Result<QString>>(
        this,
        [file, password, imported = m_imported]() -> Result<QString> {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly))
                return Result<QString>::failure(
                    tr("Cannot read %1: %2").arg(file, input.errorString()));
            return imported.import(input.readAll(), password);
        },
        std::move(done));
}
