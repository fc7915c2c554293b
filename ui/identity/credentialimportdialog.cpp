#include "identity/credentialimportdialog.h"

#include "identity/credentialfilefield.h"

#include "commands/commandcontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

CredentialImportDialog::CredentialImportDialog(CommandController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_servers(new QLabel)
    , m_file(new CredentialFileField(CredentialFileField::Mode::Open))
    , m_password(new QLineEdit)
    , m_error(new QLabel)
    , m_import(new QPushButton(tr("Import")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("credentialImportDialog"));
    setWindowTitle(tr("Import a server credential"));
    m_servers->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("credentialPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("credentialError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_import->setObjectName(QStringLiteral("importCredential"));

    auto *form = new QFormLayout;
    form->addRow(tr("Credential file:"), m_file);
    form->addRow(tr("Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_servers);
    layout->addLayout(form);
    layout->addWidget(m_import, 0, Qt::AlignRight);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &CredentialImportDialog::importFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_servers->setText(tr("Import the credential file another server's console exported, "
                          "with its password. This console can then move that server's "
                          "clients to itself."));
}

void CredentialImportDialog::importFile()
{
    if (m_file->path().isEmpty()) {
        m_error->setText(tr("Choose the credential file."));
        return;
    }
    m_import->setEnabled(false);
    m_error->clear();
    m_controller->importCredential(
        m_file->path(), m_password->text(),
        [this, self = QPointer<CredentialImportDialog>(this)](const Result<QString> &server) {
            if (!self)
                return; // closed before the keychain answered
            m_import->setEnabled(true);
            m_password->clear();
            m_error->setText(server ? tr("Imported the credential of \"%1\".").arg(server.value())
                                    : server.error());
            emit importFinished();
        });
}
