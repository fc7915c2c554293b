#include "identity/carolloverdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A fingerprint is 95 characters: its start and end are enough to tell two CAs apart on screen;
// the whole of it is in the tooltip and the audit log.
QString shortFingerprint(const QString &fingerprint)
{
    return fingerprint.size() > 24
        ? fingerprint.left(11) + QStringLiteral("…") + fingerprint.right(11)
        : fingerprint;
}

QString describe(const CaRollover::Authority &authority)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 days = now.daysTo(authority.expires);
    const QString expiry
        = QLocale().toString(authority.expires.toLocalTime(), QLocale::ShortFormat);
    return days < 0
        ? CaRolloverDialog::tr("%1, SHA-256 %2, expired on %3")
              .arg(authority.serverName, shortFingerprint(authority.fingerprint), expiry)
        : CaRolloverDialog::tr("%1, SHA-256 %2, valid until %3 (%4 days)")
              .arg(authority.serverName, shortFingerprint(authority.fingerprint), expiry)
              .arg(days);
}

} // namespace

CaRolloverDialog::CaRolloverDialog(CaRolloverSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(wrappingLabel("caCurrent"))
    , m_rollover(wrappingLabel("caRollover"))
    , m_counts(wrappingLabel("caCounts"))
    , m_agents(new QTreeWidget)
    , m_start(new QPushButton(tr("Start Rollover…")))
    , m_migrate(new QPushButton(tr("Migrate Agents…")))
    , m_finish(new QPushButton(tr("Finish Rollover…")))
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_message(wrappingLabel("caMessage"))
    , m_restartNote(wrappingLabel("caRestartNote"))
    , m_restart(new QPushButton(tr("Restart Console")))
{
    setObjectName(QStringLiteral("caRolloverDialog"));
    setWindowTitle(tr("Certificate Authority"));
    m_session->setParent(nullptr); // released, not deleted, with the dialog
    m_start->setObjectName(QStringLiteral("caStart"));
    m_migrate->setObjectName(QStringLiteral("caMigrate"));
    m_finish->setObjectName(QStringLiteral("caFinish"));
    m_refresh->setObjectName(QStringLiteral("caRefresh"));
    m_progress->setObjectName(QStringLiteral("caProgress"));
    m_cancel->setObjectName(QStringLiteral("caCancel"));
    m_restart->setObjectName(QStringLiteral("caRestart"));
    m_agents->setObjectName(QStringLiteral("caAgents"));
    m_agents->setHeaderLabels({ tr("Computer"), tr("Address"), tr("Certificate of"), tr("Seen") });
    m_agents->setRootIsDecorated(false);
    m_agents->setUniformRowHeights(true);
    m_agents->header()->setStretchLastSection(true);
    m_agents->setTextElideMode(Qt::ElideMiddle);

    auto *caBox = new QGroupBox(tr("This server's CA"));
    auto *caForm = new QFormLayout(caBox);
    caForm->addRow(tr("Current CA:"), m_current);
    caForm->addRow(tr("Rollover:"), m_rollover);
    caForm->addRow(tr("Agents:"), m_counts);
    auto *note = new QLabel(
        tr("A rollover replaces this server's CA without cutting the console off its agents: "
           "Start makes a new CA (its key in the keychain), Migrate gives each agent a "
           "certificate of it, Finish retires the old CA. Until Finish, both are trusted. Each "
           "step is written to the audit log, as osmgmt-cli ca does."));
    note->setWordWrap(true);

    auto *steps = new QHBoxLayout;
    for (QPushButton *button : { m_start, m_migrate, m_finish })
        steps->addWidget(button);
    steps->addStretch();
    steps->addWidget(m_refresh);
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart);
    m_restartNote->setVisible(false);
    m_restart->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caBox);
    layout->addWidget(note);
    layout->addWidget(m_agents, 1);
    layout->addLayout(steps);
    layout->addLayout(running);
    layout->addWidget(m_message);
    layout->addLayout(restartRow);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &CaRolloverDialog::startRollover);
    connect(m_migrate, &QPushButton::clicked, this, &CaRolloverDialog::migrate);
    connect(m_finish, &QPushButton::clicked, this, &CaRolloverDialog::finish);
    connect(m_refresh, &QPushButton::clicked, this, &CaRolloverDialog::readStatus);
    connect(m_cancel, &QPushButton::clicked, m_session, &CaRolloverSession::cancel);
    connect(m_restart, &QPushButton::clicked, this, &CaRolloverDialog::restartRequested);
    connect(m_session, &CaRolloverSession::statusRead, this, &CaRolloverDialog::showStatus);
    connect(m_session, &CaRolloverSession::statusFailed, this, [this](const QString &error) {
        m_reading = false;
        updateButtons();
        m_message->setText(error);
        m_message->setStyleSheet(QStringLiteral("color: #b01c1c"));
    });
    connect(m_session, &CaRolloverSession::busyChanged, this, &CaRolloverDialog::updateButtons);
    connect(m_session, &CaRolloverSession::sending, this,
            [this](CaRolloverSession::Step, int total) {
                m_progress->setRange(0, total);
                m_progress->setValue(0);
                m_progress->setFormat(tr("%v of %m agents answered"));
            });
    connect(m_session, &CaRolloverSession::agentAnswered, this,
            [this](const TargetOutcome &outcome, int answered, int) {
                m_progress->setValue(answered);
                m_message->setStyleSheet(QString());
                m_message->setText(tr("%1: %2").arg(outcome.target.address,
                                                    TargetOutcome::displayName(outcome.kind)));
            });
    connect(m_session, &CaRolloverSession::stepFinished, this, &CaRolloverDialog::stepFinished);
    connect(m_session, &CaRolloverSession::finishRefused, this,
            [this](const QVector<AuditTarget> &left) {
                QStringList computers;
                for (const AuditTarget &agent : left)
                    computers.append(agent.computer);
                if (confirm(tr("Finish the CA Rollover Anyway"),
                            tr("%n agent(s) still depend on the old CA. Once it is retired they "
                               "refuse this server's commands and show as unverified until their "
                               "CA is replaced on the computer.",
                               nullptr, int(left.size())),
                            computers.join(QLatin1Char('\n')), tr("Finish Anyway"))) {
                    stepStarted(tr("Retiring the old CA…"));
                    m_session->finish(true);
                }
            });
    connect(
        m_session, &CaRolloverSession::consoleReloaded, this, [this](const QString &fingerprint) {
            m_restartNote->setVisible(false);
            m_restart->setVisible(false);
            m_message->setText(m_message->text() + QLatin1Char('\n')
                               + tr("This console now uses the new CA (SHA-256 %1); no restart is "
                                    "needed.")
                                     .arg(shortFingerprint(fingerprint)));
            readStatus();
        });
    connect(m_session, &CaRolloverSession::consoleReloadFailed, this, [this](const QString &error) {
        m_restartNote->setText(tr("This console still holds the old CA (%1). Restart the console "
                                  "to command the agents with the new one.")
                                   .arg(error));
        m_restartNote->setVisible(true);
        m_restart->setVisible(true);
    });
    m_current->setText(tr("Reading…"));
    resize(820, 620);
    readStatus();
}

void CaRolloverDialog::readStatus()
{
    m_reading = true;
    m_counts->setText(tr("Asking the agents…"));
    updateButtons();
    m_session->refresh();
}

CaRolloverDialog::~CaRolloverDialog()
{
    m_session->release();
}

CaRolloverDialog *CaRolloverDialog::open(CaRolloverSession *session, QWidget *parent)
{
    auto *dialog = new CaRolloverDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void CaRolloverDialog::showStatus(const CaRollover::Status &status)
{
    m_status = status;
    m_reading = !status.agentsAsked; // the agents' answers come next
    m_current->setText(describe(status.current));
    m_current->setToolTip(status.current.fingerprint);
    if (status.pending) {
        m_rollover->setText(
            tr("Going on: the agents move to the new CA %1.").arg(describe(*status.pending)));
        m_rollover->setToolTip(status.pending->fingerprint);
    } else {
        m_rollover->setText(status.pendingProblem.isEmpty()
                                ? tr("None.")
                                : tr("A pending CA cannot be used: %1").arg(status.pendingProblem));
        m_rollover->setToolTip(QString());
    }
    updateButtons();
    if (!status.agentsAsked)
        return; // "Asking the agents…" stays until they have answered
    QString counts = status.pending
        ? tr("%1 on the current (old) CA, %2 on the new CA").arg(status.onOld).arg(status.onNew)
        : tr("%1 on the current CA").arg(status.onOld);
    if (status.onNeither > 0)
        counts += tr(", %1 on neither").arg(status.onNeither);
    if (!status.note.isEmpty())
        counts += QLatin1Char('\n') + status.note;
    m_counts->setText(counts);
    showAgents(status);
    updateButtons();
}

void CaRolloverDialog::showAgents(const CaRollover::Status &status)
{
    m_agents->clear();
    for (const CaRollover::Agent &agent : status.agents) {
        QString on = tr("Neither CA");
        if (agent.standing)
            on = *agent.standing == RolloverProgress::Standing::NewCa
                ? tr("New CA")
                : (status.pending ? tr("Old CA") : tr("Current CA"));
        auto *item = new QTreeWidgetItem(
            { agent.target.name, CaRollover::key(agent.target), on, agent.detail });
        item->setToolTip(3, agent.detail);
        m_agents->addTopLevelItem(item);
    }
    for (int column = 0; column < 3; ++column)
        m_agents->resizeColumnToContents(column);
}

void CaRolloverDialog::updateButtons()
{
    // A step waits for the agents' answers too: its confirmation names them.
    const bool busy = m_session->isBusy() || m_reading;
    const bool known = m_status.has_value();
    const bool rolling = known && m_status->pending.has_value();
    m_start->setEnabled(!busy && known && !rolling);
    m_migrate->setEnabled(!busy && rolling);
    m_finish->setEnabled(!busy && rolling);
    m_refresh->setEnabled(!busy && known);
    m_progress->setVisible(m_session->isBusy());
    m_cancel->setVisible(m_session->isBusy());
    const QString why = !known ? tr("The CA is being read.")
        : m_reading            ? tr("The agents are being asked.")
        : busy                 ? tr("A step is running.")
        : rolling              ? QString()
                               : tr("No rollover is going on: start one first.");
    for (QPushButton *button : { m_migrate, m_finish })
        button->setToolTip(button->isEnabled() ? QString() : why);
    m_start->setToolTip(m_start->isEnabled() ? QString()
                            : rolling        ? tr("A rollover is going on already.")
                                             : why);
}

bool CaRolloverDialog::confirm(const QString &title, const QString &question,
                               const QString &details, const QString &verb)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box.setInformativeText(details);
    QPushButton *act = box.addButton(verb, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == act;
}

void CaRolloverDialog::startRollover()
{
    if (!confirm(tr("Start a CA Rollover"),
                 tr("Make a new certificate authority for this server? Its key goes to the "
                    "keychain; the current CA stays trusted until the rollover is finished."),
                 QString(), tr("Start Rollover")))
        return;
    stepStarted(tr("Making the new CA…"));
    m_session->start();
}

void CaRolloverDialog::migrate()
{
    const int agents = m_status ? m_status->onOld + m_status->onNeither : 0;
    QStringList computers;
    if (m_status)
        for (const CaRollover::Agent &agent : m_status->agents)
            if (!agent.standing || *agent.standing != RolloverProgress::Standing::NewCa)
                computers.append(
                    agent.target.name.isEmpty()
                        ? CaRollover::key(agent.target)
                        : tr("%1 (%2)").arg(agent.target.name, CaRollover::key(agent.target)));
    if (!confirm(tr("Migrate Agents to the New CA"),
                 tr("Give %n agent(s) a certificate of the new CA? Agents already moved are not "
                    "asked again.",
                    nullptr, agents),
                 computers.join(QLatin1Char('\n')), tr("Migrate Agents")))
        return;
    stepStarted(tr("Moving the agents to the new CA…"));
    m_session->migrate();
}

void CaRolloverDialog::finish()
{
    if (!confirm(tr("Finish the CA Rollover"),
                 tr("Retire the old CA? The moved agents stop accepting it, and this console "
                    "commands with the new CA from then on."),
                 QString(), tr("Finish Rollover")))
        return;
    stepStarted(tr("Retiring the old CA…"));
    m_session->finish(false);
}

void CaRolloverDialog::stepStarted(const QString &what)
{
    m_progress->setRange(0, 0); // busy until the agents are counted
    m_progress->setFormat(QString());
    m_message->setStyleSheet(QString());
    m_message->setText(what);
    m_restartNote->setVisible(false);
    m_restart->setVisible(false);
}

void CaRolloverDialog::stepFinished(CaRolloverSession::Step, bool succeeded, const QString &message)
{
    m_message->setStyleSheet(succeeded ? QString() : QStringLiteral("color: #b01c1c"));
    m_message->setText(message);
    readStatus();
}
