#include "commands/commandcontroller.h"

#include "commands/commandprogressdialog.h"
#include "consoleidentity.h"
#include "identity/credentialimportdialog.h"
#include "store/auditlog.h"

#include <QFile>
#include <QHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QThread>

namespace {
// The services reference 004 lists for a client, by their service names; the list is editable
// for any other service an agent reports.
QStringList knownServices()
{
    return { QStringLiteral("tmlisten"), QStringLiteral("ntrtscan"), QStringLiteral("TmPfw"),
             QStringLiteral("TmProxy") };
}

QVector<CommandTarget> targetsOf(const QVector<Endpoint> &endpoints)
{
    QVector<CommandTarget> targets;
    for (const Endpoint &endpoint : endpoints)
        targets.append({ endpoint.address, endpoint.agentPort, endpoint.name, endpoint.server });
    return targets;
}
} // namespace

CommandController::CommandController(ConsoleIdentity *identity, ImportedAuthorities imported,
                                     QString serverName, OpenDatabase openDatabase, QWidget *window)
    : QObject(window)
    , m_identity(identity)
    , m_imported(std::move(imported))
    , m_serverName(std::move(serverName))
    , m_openDatabase(std::move(openDatabase))
    , m_window(window)
{ }

bool CommandController::request(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints)
{
    const QVector<Endpoint> targets = EndpointActions::applicable(kind, endpoints);
    if (targets.isEmpty())
        return false;
    if (!m_identity->isReady()) {
        QMessageBox::warning(m_window, tr("Commands to agents are unavailable"),
                             m_identity->isLoading()
                                 ? tr("The server's certificate authority is still loading from "
                                      "the keychain. Try again in a moment.")
                                 : m_identity->error());
        return false;
    }
    const int count = int(targets.size());
    switch (kind) {
    case EndpointActions::Kind::Move: {
        if (!ensureCredentials(targets)
            || !confirm(
                tr("Move %n computers to this server (%1)?", nullptr, count).arg(m_serverName),
                targets))
            return false;
        // The move registers the agents here too: this CA issues their agent certificates.
        start(AgentCommand::move(m_serverName, m_identity->authority()), targets,
              tr("Move to this server"));
        return true;
    }
    case EndpointActions::Kind::Register:
        if (!confirm(tr("Register %n computers to this server (%1)? Its certificate authority "
                        "issues each agent its certificate; agents that do not already obey "
                        "this server refuse.",
                        nullptr, count)
                         .arg(m_serverName),
                     targets))
            return false;
        start(AgentCommand::registration(m_identity->authority()), targets,
              tr("Register to this server"));
        return true;
    case EndpointActions::Kind::Quarantine:
        if (!confirm(tr("Quarantine %n computers? They keep only their connection to this "
                        "console until released.",
                        nullptr, count),
                     targets))
            return false;
        start(AgentCommand::quarantine(), targets, tr("Quarantine"));
        return true;
    case EndpointActions::Kind::Release:
        if (!confirm(tr("Release %n computers from quarantine?", nullptr, count), targets))
            return false;
        start(AgentCommand::release(), targets, tr("Release from quarantine"));
        return true;
    case EndpointActions::Kind::StartService: {
        bool chosen = false;
        const QString service = QInputDialog::getItem(
            m_window, tr("Start service"), tr("Service to start on %n computers:", nullptr, count),
            knownServices(), 1, true, &chosen);
        if (!chosen || service.trimmed().isEmpty())
            return false;
        if (!confirm(tr("Start the service \"%1\" on %n computers?", nullptr, count)
                         .arg(service.trimmed()),
                     targets))
            return false;
        start(AgentCommand::startService(service.trimmed()), targets, tr("Start service"));
        return true;
    }
    case EndpointActions::Kind::Copy:
    case EndpointActions::Kind::ExportSelection:
    case EndpointActions::Kind::Diagnose:
        break;
    }
    return false;
}

bool CommandController::confirm(const QString &question, const QVector<Endpoint> &endpoints)
{
    QStringList names;
    for (const Endpoint &endpoint : endpoints.mid(0, 10))
        names << (endpoint.name.isEmpty() ? endpoint.address
                                          : tr("%1 (%2)").arg(endpoint.name, endpoint.address));
    if (endpoints.size() > 10)
        names << tr("and %n more", nullptr, int(endpoints.size() - 10));
    QMessageBox box(QMessageBox::Question, tr("Confirm"), question,
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("confirmCommand"));
    box.setInformativeText(tr("It runs in the background and is recorded in the audit log."));
    box.setDetailedText(names.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool CommandController::ensureCredentials(const QVector<Endpoint> &endpoints)
{
    QSet<QString> servers;
    for (const Endpoint &endpoint : endpoints)
        servers.insert(endpoint.server);
    const QStringList known = m_imported.servers();
    QStringList missing;
    for (const QString &server : servers)
        if (!known.contains(server))
            missing << server;
    if (missing.isEmpty())
        return true;
    missing.sort();
    CredentialImportDialog dialog(this, missing, m_window);
    return dialog.exec() == QDialog::Accepted && dialog.remaining().isEmpty();
}

CommandRun *CommandController::start(const AgentCommand &command,
                                     const QVector<Endpoint> &endpoints, const QString &title)
{
    auto *run = new CommandRun(command, targetsOf(endpoints), credentialsFor(command), audit(),
                               CommandRun::Options {});
    // The run belongs to the controller, not the dialog: closing the dialog early must not stop
    // a command half-way and lose its audit entry.
    run->setParent(this);
    auto *dialog = new CommandProgressDialog(run, title, m_window);
    connect(run, &CommandRun::finished, this, &CommandController::commandFinished);
    if (command.kind == AgentCommand::Kind::Move) {
        QStringList servers;
        for (const Endpoint &endpoint : endpoints)
            servers << endpoint.server;
        servers.removeDuplicates();
        connect(run, &CommandRun::finished, this, [this, servers] { forgetCredentials(servers); });
    }
    connect(run, &CommandRun::finished, run, &QObject::deleteLater);
    dialog->show();
    run->start();
    return run;
}

CommandRun::Credentials CommandController::credentialsFor(const AgentCommand &command) const
{
    if (command.kind != AgentCommand::Kind::Move) {
        const AgentTls::Credentials own { m_identity->sessionCertificate().certificate,
                                          m_identity->sessionCertificate().key };
        return [own](const CommandTarget &) { return Result<AgentTls::Credentials>(own); };
    }
    // A move speaks to another server's agents with the move-only credential that server's
    // console exported (read from the keychain on the worker thread, once per server).
    auto found = std::make_shared<QHash<QString, Result<AgentTls::Credentials>>>();
    return [imported = m_imported, found](const CommandTarget &target) {
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

void CommandController::forgetCredentials(const QStringList &servers)
{
    // docs/security.md, "The Client Mover hands over no master key": a move credential serves
    // one move; the keychain is not asked on the GUI thread.
    QThread *worker = QThread::create([servers, imported = m_imported] {
        for (const QString &server : servers)
            imported.forget(server);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

CommandRun::Audit CommandController::audit() const
{
    return [open = m_openDatabase](const AuditEntry &entry) -> Result<qint64> {
        const Result<std::shared_ptr<Database>> database = open();
        if (!database)
            return Result<qint64>::failure(database.error());
        return AuditLog(database.value()).append(entry);
    };
}

void CommandController::importCredential(const QString &file, const QString &password,
                                         std::function<void(const Result<QString> &)> done)
{
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure(QString()));
    QThread *worker = QThread::create([result, file, password, imported = m_imported] {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            *result
                = Result<QString>::failure(tr("Cannot read %1: %2").arg(file, input.errorString()));
            return;
        }
        *result = imported.import(input.readAll(), password);
    });
    connect(worker, &QThread::finished, this, [worker, result, done = std::move(done)] {
        worker->deleteLater();
        done(*result);
    });
    worker->start();
}
