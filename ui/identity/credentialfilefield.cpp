#include "identity/credentialfilefield.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

CredentialFileField::CredentialFileField(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit)
{
    m_edit->setObjectName(QStringLiteral("credentialFile"));
    auto *browse = new QToolButton;
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString title = tr("Server credential");
        const QString file = m_mode == Mode::Open
            ? QFileDialog::getOpenFileName(this, title, path(),
                                           tr("Server credentials (*.p12 *.pfx);;All files (*)"))
            : QFileDialog::getSaveFileName(this, title, path(), tr("Server credentials (*.p12)"));
        if (!file.isEmpty())
            m_edit->setText(file);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(browse);
}

QString CredentialFileField::path() const
{
    return m_edit->text();
}

void CredentialFileField::setPath(const QString &path)
{
    m_edit->setText(path);
}
