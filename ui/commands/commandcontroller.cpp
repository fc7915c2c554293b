#include "commands/commandcontroller.h"

#include "commands/commandprogressdialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace {
// The services reference 004 lists for a client, by their service names; the list is editable
// for any other service an agent reports.
QStringList knownServices()
{
    return { QStringLiteral("tmlisten"), QStringLiteral("ntrtscan"), QStringLiteral("TmPfw"),
             QStringLiteral("TmProxy") };
}
} // namespace

CommandController::CommandController(CommandSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(session, &CommandSession::commandFinished, this, &CommandController::commandFinished);
}

bool CommandController::request(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints)
{
    const QVector<Endpoint> targets = EndpointActions::applicable(kind, endpoints);
    if (targets.isEmpty())
        return false;
    if (const Result<Done> ready = m_session->ready(); !ready) {
        QMessageBox::warning(m_window, tr("Commands to agents are unavailable"), ready.error());
        return false;
    }
    const int count = int(targets.size());
    QString question;
    QString title;
    QString verb; // the confirming button: what happens, to how many
    QString service;
    switch (kind) {
    case EndpointActions::Kind::Move:
        return requestMove(targets);
    case EndpointActions::Kind::Register:
        question = tr("Register %n computers to this server (%1)? Its certificate authority "
                      "issues each agent its certificate; agents that do not already obey "
                      "this server refuse.",
                      nullptr, count)
                       .arg(m_session->serverName());
        title = tr("Register to this server");
        verb = tr("Register %n computers", nullptr, count);
        break;
    case EndpointActions::Kind::Quarantine:
        question = tr("Quarantine %n computers? They keep only their connection to this "
                      "console until released.",
                      nullptr, count);
        title = tr("Quarantine");
        verb = tr("Quarantine %n computers", nullptr, count);
        break;
    case EndpointActions::Kind::Release:
        question = tr("Release %n computers from quarantine?", nullptr, count);
        title = tr("Release from quarantine");
        verb = tr("Release %n computers", nullptr, count);
        break;
    case EndpointActions::Kind::StartService: {
        bool chosen = false;
        service = QInputDialog::getItem(m_window, tr("Start service"),
                                        tr("Service to start on %n computers:", nullptr, count),
                                        knownServices(), 1, true, &chosen)
                      .trimmed();
        if (!chosen || service.isEmpty())
            return false;
        question = tr("Start the service \"%1\" on %n computers?", nullptr, count).arg(service);
        title = tr("Start service");
        verb = tr("Start %1 on %n computers", nullptr, count).arg(service);
        break;
    }
    case EndpointActions::Kind::Copy:
    case EndpointActions::Kind::ExportSelection:
    case EndpointActions::Kind::Diagnose:
    case EndpointActions::Kind::ComputerDetails:
        return false;
    }
    if (!confirm(title, question, verb, targets))
        return false;
    start(kind, targets, title, service);
    return true;
}

bool CommandController::requestStartWhereStopped(
    const QMap<QString, QVector<Endpoint>> &stopped,
    std::function<void(const QVector<TargetOutcome> &)> finished)
{
    QVector<Endpoint> computers;
    QSet<QString> seen;
    for (const QVector<Endpoint> &endpoints : stopped)
        for (const Endpoint &endpoint :
             EndpointActions::applicable(EndpointActions::Kind::StartService, endpoints))
            if (!seen.contains(endpoint.address)) {
                seen.insert(endpoint.address);
                computers.append(endpoint);
            }
    if (computers.isEmpty())
        return false;
    if (const Result<Done> ready = m_session->ready(); !ready) {
        QMessageBox::warning(m_window, tr("Commands to agents are unavailable"), ready.error());
        return false;
    }
    const QStringList services = stopped.keys();
    const QString question = tr("Start the stopped services (%1) on the %n computers where they "
                                "are not running?",
                                nullptr, int(computers.size()))
                                 .arg(services.join(tr(", ")));
    if (!confirm(tr("Start service"), question, tr("Start service"), computers))
        return false;
    auto outcomes = std::make_shared<QVector<TargetOutcome>>();
    auto pending = std::make_shared<int>(0);
    for (auto it = stopped.cbegin(); it != stopped.cend(); ++it) {
        const QVector<Endpoint> targets
            = EndpointActions::applicable(EndpointActions::Kind::StartService, it.value());
        RunningCommand *running = targets.isEmpty()
            ? nullptr
            : m_session->start(EndpointActions::Kind::StartService, targets, it.key());
        if (!running)
            continue;
        ++*pending;
        connect(running, &RunningCommand::finished, this,
                [outcomes, pending, finished](const QVector<TargetOutcome> &some) {
                    *outcomes += some;
                    if (--*pending == 0 && finished)
                        finished(*outcomes);
                });
        auto *dialog = new CommandProgressDialog(running, tr("Start service \"%1\"").arg(it.key()),
                                                 m_window);
        dialog->show();
    }
    return *pending > 0;
}

bool CommandController::confirm(const QString &title, const QString &question, const QString &verb,
                                const QVector<Endpoint> &endpoints)
{
    QStringList names;
    for (const Endpoint &endpoint : endpoints.mid(0, 10))
        names << (endpoint.name.isEmpty() ? endpoint.address
                                          : tr("%1 (%2)").arg(endpoint.name, endpoint.address));
    if (endpoints.size() > 10)
        names << tr("and %n more", nullptr, int(endpoints.size() - 10));
    // The targets in the box itself, not behind Show Details, and a button that says what it
    // does: the administrator confirms these computers and this command, not "Yes".
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("confirmCommand"));
    box.setInformativeText(tr("%1\n\nIt runs in the background and is recorded in the audit log.")
                               .arg(names.join(QLatin1Char('\n'))));
    QPushButton *act = box.addButton(verb, QMessageBox::AcceptRole);
    act->setObjectName(QStringLiteral("confirmCommandButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == act;
}

bool CommandController::requestMove(const QVector<Endpoint> &targets)
{
    ClientMoverWizard wizard(this, targets, m_window);
    wizard.exec();
    return wizard.moveStarted();
}

RunningCommand *CommandController::run(EndpointActions::Kind kind,
                                       const QVector<Endpoint> &endpoints, const QString &service)
{
    return m_session->start(kind, endpoints, service);
}

QStringList CommandController::missingCredentials(const QVector<Endpoint> &endpoints) const
{
    return m_session->missingCredentials(endpoints);
}

QString CommandController::serverName() const
{
    return m_session->serverName();
}

void CommandController::start(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints,
                              const QString &title, const QString &service)
{
    RunningCommand *running = m_session->start(kind, endpoints, service);
    if (!running)
        return;
    auto *dialog = new CommandProgressDialog(running, title, m_window);
    dialog->show();
}

void CommandController::importCredential(const QString &file, const QString &password,
                                         std::function<void(const Result<QString> &)> done)
{
    m_session->importCredential(file, password, std::move(done));
}
