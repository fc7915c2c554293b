#include "activedirectoryscopepanel.h"

#include "activedirectorytreemodel.h"
#include "directory/directorysession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString errorStyle = QStringLiteral("color: #c0392b;");
}

ActiveDirectoryScopePanel::ActiveDirectoryScopePanel(const ActiveDirectoryScope &scope,
                                                     QWidget *parent)
    : QWidget(parent)
    , m_session(new DirectorySession(this))
    , m_model(new ActiveDirectoryTreeModel(m_session, this))
    , m_queryTimeoutS(scope.connection.queryTimeoutS)
{
    m_model->setSelectedDns(scope.objects);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("activeDirectoryTree"));
    m_tree->setModel(m_model);
    m_tree->header()->hide();
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
    connect(m_session->reader(), &DirectoryReader::opened, this,
            &ActiveDirectoryScopePanel::connected);
    connect(m_session->reader(), &DirectoryReader::failed, this,
            [this](quint64 id, const DirectoryError &error) {
                if (id != m_openRequest)
                    return;
                m_connect->setEnabled(true);
                m_status->setStyleSheet(errorStyle);
                m_status->setText(tr("Not connected: %1").arg(error.text()));
            });
}

ActiveDirectoryScopePanel::~ActiveDirectoryScopePanel() = default;

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
    m_password = field(QStringLiteral("adPassword"), QString(), tr("not saved in the scope"));
    m_password->setEchoMode(QLineEdit::Password);
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
    layout->addRow(m_connect, m_status);
    connect(m_verify, &QCheckBox::toggled, this, &ActiveDirectoryScopePanel::showVerification);
    connect(m_connect, &QPushButton::clicked, this, &ActiveDirectoryScopePanel::connectToServer);
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
    const QString problem = connection().problem();
    if (!problem.isEmpty()) {
        m_status->setStyleSheet(errorStyle);
        m_status->setText(problem);
        return;
    }
    m_connect->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Connecting to %1…").arg(connection().url));
    m_openRequest = m_session->open(connection(), m_password->text());
}

void ActiveDirectoryScopePanel::connected(quint64 requestId, const RootDse &rootDse)
{
    if (requestId != m_openRequest)
        return;
    m_connect->setEnabled(true);
    const QString base
        = connection().baseDn.isEmpty() ? rootDse.defaultNamingContext : connection().baseDn;
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
