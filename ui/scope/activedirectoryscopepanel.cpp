#include "scope/activedirectoryscopepanel.h"

#include "activedirectorysession.h"
#include "activedirectorytreemodel.h"
#include "scope/connectionstepsview.h"
#include "scope/directorypasswordfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace {
const QString errorStyle = QStringLiteral("color: #c0392b;");
}

ActiveDirectoryScopePanel::ActiveDirectoryScopePanel(const ActiveDirectoryScope &scope,
                                                     ActiveDirectorySession *session,
                                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActiveDirectoryTreeModel(session->directory(), this))
    , m_queryTimeoutS(scope.connection.queryTimeoutS)
{
    m_model->setSelectedDns(scope.objects);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("activeDirectoryTree"));
    m_tree->setModel(m_model);
    m_tree->header()->hide();
    // Every row is one line of text with a check box: the view need not measure each of an
    // OU's 10,000 computers to lay them out (issue 5, point 6).
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(220);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("activeDirectoryCount"));
    showCount(scope.objects.isEmpty() ? 0 : -1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createConnectionForm(scope.connection));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);

    connect(m_model, &ActiveDirectoryTreeModel::selectionChanged, this, [this] {
        showCount(-1);
        emit selectionChanged();
    });
    connect(m_model, &ActiveDirectoryTreeModel::selectedComputersCounted, this,
            &ActiveDirectoryScopePanel::showCount);
    connect(m_model, &ActiveDirectoryTreeModel::loadFailed, this, [this](const QString &text) {
        m_status->setStyleSheet(errorStyle);
        m_status->setText(text);
    });
    connect(session, &ActiveDirectorySession::connected, this,
            &ActiveDirectoryScopePanel::connected);
    connect(session, &ActiveDirectorySession::connectionChecked, this,
            &ActiveDirectoryScopePanel::connectionChecked);
    connect(session, &ActiveDirectorySession::failed, this,
            [this](quint64 id, const QString &error) {
                if (id != m_openRequest)
                    return;
                m_pendingPassword.clear();
                m_connect->setEnabled(true);
                m_test->setEnabled(true);
                m_status->setStyleSheet(errorStyle);
                m_status->setText(tr("Not connected: %1").arg(error));
            });
}

ActiveDirectoryScopePanel::~ActiveDirectoryScopePanel()
{
    // The session outlives this editor: what it still reads for it (a tree page, a count) is
    // of no use to anyone now.
    m_session->cancel();
}

QWidget *
ActiveDirectoryScopePanel::createConnectionForm(const ActiveDirectoryConnection &connection)
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    const auto field = [](const QString &name, const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_url = field(QStringLiteral("adUrl"), connection.url,
                  tr("ldaps://dc1.example.com or ldap://dc1.example.com (StartTLS)"));
    m_bindUser = field(QStringLiteral("adBindUser"), connection.bindUser,
                       tr("user@domain, DOMAIN\\user or a distinguished name"));
    m_password = new DirectoryPasswordField;
    m_password->setConnection(connection);
    m_baseDn = field(QStringLiteral("adBaseDn"), connection.baseDn,
                     tr("empty: the domain the server names (defaultNamingContext)"));
    m_caFile = field(QStringLiteral("adCaFile"), connection.caFile,
                     tr("PEM file of the CA; empty: the system's CAs"));
    m_verify = new QCheckBox(tr("Verify the server's certificate"));
    m_verify->setObjectName(QStringLiteral("adVerify"));
    m_verify->setChecked(connection.verifyCertificate);
    m_verifyWarning = new QLabel(tr("Any certificate is accepted: someone between osmgmt and "
                                    "the server could read the password."));
    m_verifyWarning->setStyleSheet(errorStyle);
    m_verifyWarning->setWordWrap(true);
    m_connect = new QPushButton(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("adConnect"));
    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(QStringLiteral("adTest"));
    m_test->setToolTip(tr("Check each step: server reachable, TLS, bind, naming context, "
                          "computers readable"));
    m_steps = new ConnectionStepsView;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("adStatus"));
    m_status->setWordWrap(true);
    layout->addRow(tr("Server:"), m_url);
    layout->addRow(tr("Bind user:"), m_bindUser);
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(tr("Base DN:"), m_baseDn);
    layout->addRow(tr("CA file:"), m_caFile);
    layout->addRow(QString(), m_verify);
    layout->addRow(QString(), m_verifyWarning);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    layout->addRow(buttons);
    layout->addRow(m_steps);
    layout->addRow(m_status);
    connect(m_verify, &QCheckBox::toggled, this, &ActiveDirectoryScopePanel::showVerification);
    connect(m_connect, &QPushButton::clicked, this, &ActiveDirectoryScopePanel::connectToServer);
    connect(m_test, &QPushButton::clicked, this, &ActiveDirectoryScopePanel::testConnection);
    // The saved password belongs to the server and the user: look again when they change.
    for (QLineEdit *edit : { m_url, m_bindUser }) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this] { m_password->setConnection(this->connection()); });
    }
    showVerification();
    return form;
}

ActiveDirectoryConnection ActiveDirectoryScopePanel::connection() const
{
    ActiveDirectoryConnection connection;
    connection.url = m_url->text().trimmed();
    connection.bindUser = m_bindUser->text().trimmed();
    connection.baseDn = m_baseDn->text().trimmed();
    connection.caFile = m_caFile->text().trimmed();
    connection.verifyCertificate = m_verify->isChecked();
    connection.queryTimeoutS = m_queryTimeoutS;
    return connection;
}

QStringList ActiveDirectoryScopePanel::selectedDns() const
{
    return m_model->selectedDns();
}

void ActiveDirectoryScopePanel::showVerification()
{
    m_verifyWarning->setVisible(!m_verify->isChecked());
}

void ActiveDirectoryScopePanel::connectToServer()
{
    const Result<Done> usable = connection().check();
    if (!usable) {
        m_status->setStyleSheet(errorStyle);
        m_status->setText(usable.error());
        return;
    }
    m_connect->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Connecting to %1…").arg(connection().url));
    m_password->setConnection(connection());
    m_password->withPassword([this](const std::optional<QString> &password) {
        if (!password) { // the keychain failed; the password field says how
            m_connect->setEnabled(true);
            m_status->clear();
            return;
        }
        if (password->isEmpty()) {
            m_connect->setEnabled(true);
            m_status->setStyleSheet(errorStyle);
            m_status->setText(tr("No password: type it (none is saved in the keychain for %1 "
                                 "at %2).")
                                  .arg(connection().bindUser, connection().url));
            return;
        }
        openSession(*password);
    });
}

void ActiveDirectoryScopePanel::openSession(const QString &password)
{
    m_pendingPassword = password;
    m_connect->setEnabled(false);
    m_test->setEnabled(false);
    m_openRequest = m_session->open(connection(), password);
}

void ActiveDirectoryScopePanel::testConnection()
{
    m_password->setConnection(connection());
    m_test->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->clear();
    m_steps->showRunning(connection().url);
    m_password->withPassword([this](const std::optional<QString> &password) {
        if (!password) { // the keychain failed; the password field says how
            m_test->setEnabled(true);
            m_steps->hide();
            return;
        }
        m_pendingPassword = *password;
        m_checkRequest = m_session->checkConnection(connection(), *password);
    });
}

void ActiveDirectoryScopePanel::connectionChecked(quint64 requestId,
                                                  const QVector<ConnectionStep> &steps, bool bound,
                                                  bool allPassed)
{
    if (requestId != m_checkRequest)
        return;
    m_test->setEnabled(true);
    m_steps->showSteps(steps);
    const QString password = std::exchange(m_pendingPassword, QString());
    if (bound)
        m_password->accepted(connection(), password);
    if (allPassed)
        openSession(password);
}

void ActiveDirectoryScopePanel::connected(quint64 requestId, const QString &namingContext)
{
    if (requestId != m_openRequest)
        return;
    m_connect->setEnabled(true);
    m_test->setEnabled(true);
    m_password->accepted(connection(), std::exchange(m_pendingPassword, QString()));
    const QString base = connection().baseDn.isEmpty() ? namingContext : connection().baseDn;
    const ActiveDirectoryConnection settings = connection();
    m_status->setText(
        tr("Connected: %1 (%2), bound as %3, tree from %4.")
            .arg(settings.url, settings.usesStartTls() ? tr("StartTLS") : tr("TLS"),
                 settings.bindUser, base)
        + (settings.verifyCertificate ? QString() : tr(" The certificate was not verified.")));
    m_model->setRoot(base);
    m_tree->expand(m_model->index(0, 0));
}

void ActiveDirectoryScopePanel::showCount(int count)
{
    const int objects = int(m_model->selectedDns().size());
    if (count < 0 && objects == 0)
        count = 0;
    if (count >= 0)
        m_count->setText(tr("%1 computers selected").arg(QLocale().toString(count)));
    else if (m_model->rowCount() == 0)
        m_count->setText(tr("%n Active Directory object(s) selected; connect to count their "
                            "computers.",
                            nullptr, objects));
    else
        m_count->setText(tr("Counting the selected computers…"));
}
