#include "commands/clientmoverwizard.h"

#include "commands/commandcontroller.h"
#include "commands/commandprogressview.h"
#include "identity/credentialfilefield.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

// The credential page: complete once a file and a password are typed and no import runs; Next
// imports (validatePage() cannot wait, so it starts the import and the import goes on).
class MoverCredentialPage : public QWizardPage
{
public:
    explicit MoverCredentialPage(ClientMoverWizard *wizard)
        : m_wizard(wizard)
    { }
    bool isComplete() const override
    {
        return !m_wizard->m_importing
            && (m_wizard->m_missing.isEmpty()
                || (!m_wizard->m_file->path().isEmpty()
                    && !m_wizard->m_password->text().isEmpty()));
    }
    bool validatePage() override
    {
        if (m_wizard->m_missing.isEmpty())
            return true;
        m_wizard->importCredential();
        return false;
    }
    void changed() { emit completeChanged(); }
    void initializePage() override
    {
        // With the file filled in (the demo's), the password is what is left to type.
        // After the wizard has focused the page's first field.
        if (!m_wizard->m_file->path().isEmpty())
            QTimer::singleShot(0, m_wizard->m_password,
                               [password = m_wizard->m_password] { password->setFocus(); });
    }

private:
    ClientMoverWizard *m_wizard;
};

// The last page: complete once the move has ended.
class MoverRunPage : public QWizardPage
{
public:
    explicit MoverRunPage(ClientMoverWizard *wizard)
        : m_wizard(wizard)
    { }
    bool isComplete() const override
    {
        return !m_wizard->m_progress || m_wizard->m_progress->isFinished();
    }
    void initializePage() override { m_wizard->startMove(m_layout); }
    void changed() { emit completeChanged(); }
    QVBoxLayout *m_layout = nullptr;

private:
    ClientMoverWizard *m_wizard;
};

ClientMoverWizard::ClientMoverWizard(CommandController *controller, QVector<Endpoint> targets,
                                     QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_targets(std::move(targets))
    , m_missing(controller->missingCredentials(m_targets))
{
    setObjectName(QStringLiteral("clientMoverWizard"));
    setWindowTitle(tr("Client Mover"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(ExplainPage, createExplainPage());
    setPage(CredentialPage, createCredentialPage());
    setPage(ConfirmPage, createConfirmPage());
    setPage(RunPage, createRunPage());
    // With every credential imported already, only the confirmation and the move are left.
    setStartId(m_missing.isEmpty() ? ConfirmPage : ExplainPage);
    resize(720, 520);
}

QWizardPage *ClientMoverWizard::createExplainPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("moverExplainPage"));
    page->setTitle(tr("Where the other server's credential comes from"));
    auto *text = new QLabel(
        tr("Moving a computer from another server to this one needs that server's credential: "
           "a file its console exports, protected by a password. It lets this console move that "
           "server's clients once, for a few days; it holds no master key.\n\n"
           "On the console of each server below, choose Agents → Export this server's "
           "credential..., give the file a password of 12 characters or more, and bring the file "
           "here with its password.\n\nCredentials needed: %1")
            .arg(m_missing.join(tr(", "))));
    text->setObjectName(QStringLiteral("moverExplanation"));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

QWizardPage *ClientMoverWizard::createCredentialPage()
{
    auto *page = new MoverCredentialPage(this);
    page->setObjectName(QStringLiteral("moverCredentialPage"));
    page->setTitle(tr("The other server's credential"));
    m_servers = new QLabel;
    m_servers->setObjectName(QStringLiteral("moverServers"));
    m_servers->setWordWrap(true);
    m_file = new CredentialFileField(CredentialFileField::Mode::Open);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("credentialPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("credentialError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    QLabel *demo = nullptr;
    if (const std::optional<OfferedCredential> offered = m_controller->offeredCredential();
        offered && m_missing.contains(offered->server)) {
        m_file->setPath(offered->file);
        // The password on a line of its own, never broken at its hyphens.
        demo = new QLabel(
            QStringLiteral("%1<br><span style=\"white-space: nowrap\">%2</span>")
                .arg(
                    tr("In the demo, the console of %1 is simulated: its credential file is filled "
                       "in below. Type its password:")
                        .arg(offered->server)
                        .toHtmlEscaped(),
                    QStringLiteral("<b>%1</b>").arg(offered->password.toHtmlEscaped())));
        demo->setObjectName(QStringLiteral("moverDemoCredential"));
        demo->setWordWrap(true);
        demo->setTextFormat(Qt::RichText);
        demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
        demo->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #9a6700; padding: 6px; }"));
    }
    connect(m_file->edit(), &QLineEdit::textChanged, page, &MoverCredentialPage::changed);
    connect(m_password, &QLineEdit::textChanged, page, &MoverCredentialPage::changed);
    auto *form = new QFormLayout;
    form->addRow(tr("Credential file:"), m_file);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_servers);
    if (demo)
        layout->addWidget(demo);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    updateServers();
    return page;
}

void ClientMoverWizard::updateServers()
{
    m_servers->setText(m_missing.isEmpty()
                           ? tr("Every server's credential is imported.")
                           : tr("The credential file of %1, and the password it was exported "
                                "with. Next imports it into this computer's keychain.")
                                 .arg(m_missing.constFirst()));
}

bool ClientMoverWizard::importCredential()
{
    if (m_file->path().isEmpty()) {
        m_error->setText(tr("Choose the credential file."));
        return false;
    }
    m_importing = true;
    m_error->setText(tr("Importing..."));
    static_cast<MoverCredentialPage *>(page(CredentialPage))->changed();
    m_controller->importCredential(
        m_file->path(), m_password->text(),
        [this, self = QPointer<ClientMoverWizard>(this)](const Result<QString> &server) {
            if (!self)
                return; // closed before the keychain answered
            m_importing = false;
            m_password->clear();
            if (!server)
                m_error->setText(server.error());
            else if (!m_missing.removeAll(server.value()))
                m_error->setText(tr("Imported the credential of \"%1\", which none of these "
                                    "computers is registered to.")
                                     .arg(server.value()));
            else
                m_error->clear();
            updateServers();
            static_cast<MoverCredentialPage *>(page(CredentialPage))->changed();
            emit importFinished();
            if (server && m_missing.isEmpty() && currentId() == CredentialPage)
                next();
        });
    return true;
}

QWizardPage *ClientMoverWizard::createConfirmPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("moverConfirmPage"));
    const int count = int(m_targets.size());
    // The words the other commands' confirmations use, in the command controller's context.
    page->setTitle(QCoreApplication::translate("CommandController", "Move to this server"));
    auto *question = new QLabel(
        tr("Each agent is told to register with this server (%1) and stops obeying its old "
           "server. The move runs in the background and is recorded in the audit log.")
            .arg(m_controller->serverName()));
    question->setWordWrap(true);
    // Every target in the confirmation itself, never behind Show Details.
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("moverTargets"));
    for (const Endpoint &endpoint : std::as_const(m_targets)) {
        const QString computer = endpoint.name.isEmpty()
            ? endpoint.address
            : tr("%1 (%2)").arg(endpoint.name, endpoint.address);
        list->addItem(tr("%1, now registered to %2").arg(computer, endpoint.server));
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(question);
    layout->addWidget(list, 1);
    page->setCommitPage(true);
    page->setButtonText(
        QWizard::CommitButton,
        QCoreApplication::translate("CommandController", "Move %n computers", nullptr, count));
    return page;
}

QWizardPage *ClientMoverWizard::createRunPage()
{
    auto *page = new MoverRunPage(this);
    page->setObjectName(QStringLiteral("moverRunPage"));
    page->setTitle(tr("Moving"));
    page->m_layout = new QVBoxLayout(page);
    return page;
}

void ClientMoverWizard::startMove(QVBoxLayout *layout)
{
    if (m_started)
        return;
    m_started = true;
    RunningCommand *running = m_controller->run(EndpointActions::Kind::Move, m_targets);
    if (!running) {
        auto *error = new QLabel(tr("The move cannot start: commands to agents are unavailable."));
        error->setWordWrap(true);
        layout->addWidget(error);
        return;
    }
    m_progress = new CommandProgressView(running);
    layout->addWidget(m_progress);
    auto *page = static_cast<MoverRunPage *>(this->page(RunPage));
    connect(m_progress, &CommandProgressView::finished, page, &MoverRunPage::changed);
    connect(m_progress, &CommandProgressView::finished, this, [this, layout] {
        // Nothing left to cancel; the next query shows where the computers are now.
        setOption(QWizard::NoCancelButtonOnLastPage, true);
        auto *next = new QLabel(tr("Run a query (F5) to see the moved computers under this "
                                   "server."));
        next->setObjectName(QStringLiteral("moverNextStep"));
        next->setWordWrap(true);
        layout->addWidget(next);
    });
    page->changed();
}

void ClientMoverWizard::reject()
{
    if (m_progress && !m_progress->isFinished()) {
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}
