#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const QString &serverName, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_serverName(new QLineEdit(serverName))
    , m_language(new QComboBox)
    , m_keepQueries(new QSpinBox)
    , m_keepDays(new QSpinBox)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Settings"));
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server name:"), m_serverName);
    form->addRow(QString(), m_error);
    form->addRow(tr("Language:"), m_language);
    m_keepQueries->setObjectName(QStringLiteral("keepQueries"));
    m_keepQueries->setRange(0, 100000);
    m_keepQueries->setSpecialValueText(tr("All"));
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("No limit"));
    m_keepDays->setSuffix(tr(" days"));
    form->addRow(tr("Keep the newest queries:"), m_keepQueries);
    form->addRow(tr("Keep queries for:"), m_keepDays);
    auto *note = new QLabel(tr("A new language takes effect when the console starts again. "
                               "Older queries are deleted after each query; the audit log is "
                               "always kept."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverName, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    revalidate();
}

QString SettingsDialog::serverName() const
{
    return m_serverName->text().trimmed();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::revalidate()
{
    const bool empty = serverName().isEmpty();
    m_error->setText(empty ? tr("The server name cannot be empty.") : QString());
    m_ok->setEnabled(!empty);
}

void SettingsDialog::setRetention(int keepQueries, int keepDays)
{
    m_keepQueries->setValue(keepQueries);
    m_keepDays->setValue(keepDays);
}

int SettingsDialog::keepQueries() const
{
    return m_keepQueries->value();
}

int SettingsDialog::keepDays() const
{
    return m_keepDays->value();
}
