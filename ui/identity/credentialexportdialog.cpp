#include "identity/credentialexportdialog.h"

#include "identity/credentialfilefield.h"

#include "identity/servercredential.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

CredentialExportDialog::CredentialExportDialog(CertificateAuthority authority, QWidget *parent)
    : QDialog(parent)
    , m_authority(std::move(authority))
    , m_file(new CredentialFileField(CredentialFileField::Mode::Save))
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_days(new QSpinBox)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("credentialExportDialog"));
    setWindowTitle(tr("Export this server's credential"));
    m_file->setPath(QStringLiteral("%1.p12").arg(m_authority.serverName()));
    m_password->setObjectName(QStringLiteral("credentialPassword"));
    m_repeat->setObjectName(QStringLiteral("credentialRepeat"));
    for (QLineEdit *edit : { m_password, m_repeat })
        edit->setEchoMode(QLineEdit::Password);
    m_days->setObjectName(QStringLiteral("credentialDays"));
    m_days->setRange(ServerCredential::minimumValidityDays, ServerCredential::maximumValidityDays);
    m_days->setValue(ServerCredential::defaultValidityDays);
    m_days->setSuffix(tr(" days"));
    m_error->setObjectName(QStringLiteral("credentialError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *explanation = new QLabel(
        tr("Another console that imports this file can move the clients of \"%1\" to itself, "
           "and do nothing else with them, until the credential expires. Keep the file and its "
           "password safe (at least %2 characters, not easily guessed), and delete the file "
           "once the move is done.")
            .arg(m_authority.serverName(),
                 QString::number(ServerCredential::minimumPasswordLength)));
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    form->addRow(tr("Valid for:"), m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportFile())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString CredentialExportDialog::error() const
{
    return m_error->text();
}

bool CredentialExportDialog::exportFile()
{
    m_error->clear();
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    const Result<QByteArray> bundle
        = ServerCredential::exportBundle(m_authority, m_password->text(), m_days->value());
    if (!bundle) {
        m_error->setText(bundle.error());
        return false;
    }
    QSaveFile file(m_file->path());
    if (!file.open(QIODevice::WriteOnly)) {
        m_error->setText(tr("Cannot write %1: %2").arg(m_file->path(), file.errorString()));
        return false;
    }
#ifdef Q_OS_UNIX
    // Only the owner may read a file that holds a private key, from its first byte on.
    ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
#endif
    if (file.write(bundle.value()) != bundle->size() || !file.commit()) {
        m_error->setText(tr("Cannot write %1: %2").arg(m_file->path(), file.errorString()));
        return false;
    }
    return true;
}
