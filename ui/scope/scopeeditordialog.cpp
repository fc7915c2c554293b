#include "scope/scopeeditordialog.h"

#include "scope/activedirectoryscopepanel.h"
#include "scope/ipv4rangerow.h"
#include "scope/ipv6prefixrow.h"
#include "scope/portlisteditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString errorStyle = QStringLiteral("color: #c0392b;");
}

ScopeEditorDialog::ScopeEditorDialog(const Scope &scope, ActiveDirectorySession *directory,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Active Directory/IP Address Scope"));
    setObjectName(QStringLiteral("scopeEditor"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(createActiveDirectorySection(scope, directory));
    contentLayout->addWidget(createIpSection(scope));
    contentLayout->addWidget(createAdvancedSection(scope));
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(errorStyle);
    m_problems->setWordWrap(true);
    auto *buttons = new QDialogButtonBox;
    m_saveAndReassess = buttons->addButton(tr("Save and re-assess"), QDialogButtonBox::AcceptRole);
    m_saveAndReassess->setObjectName(QStringLiteral("saveAndReassess"));
    m_saveOnly = buttons->addButton(tr("Save only"), QDialogButtonBox::AcceptRole);
    m_saveOnly->setObjectName(QStringLiteral("saveOnly"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_saveAndReassess, &QPushButton::clicked, this,
            [this] { accept(Choice::SaveAndReassess); });
    connect(m_saveOnly, &QPushButton::clicked, this, [this] { accept(Choice::SaveOnly); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(760, 680);
    revalidate();
}

QWidget *ScopeEditorDialog::createActiveDirectorySection(const Scope &scope,
                                                         ActiveDirectorySession *directory)
{
    auto *box = new QGroupBox(tr("Active Directory Scope"));
    auto *layout = new QVBoxLayout(box);
    m_onDemand = new QCheckBox(tr("Use on-demand assessment"));
    m_onDemand->setObjectName(QStringLiteral("onDemand"));
    m_onDemand->setChecked(scope.activeDirectory.onDemand);
    // The manual: without on-demand assessment the database is queried instead of each client,
    // quicker but less accurate.
    auto *explanation = new QLabel(
        tr("Queries every computer in real time for the most accurate result. Without it, "
           "results come from the last stored assessment: faster, less accurate."));
    explanation->setWordWrap(true);
    m_activeDirectory = new ActiveDirectoryScopePanel(scope.activeDirectory, directory);
    m_activeDirectory->setObjectName(QStringLiteral("activeDirectory"));
    layout->addWidget(m_onDemand);
    layout->addWidget(explanation);
    layout->addWidget(m_activeDirectory);
    return box;
}

QWidget *ScopeEditorDialog::createIpSection(const Scope &scope)
{
    auto *box = new QGroupBox(tr("IP Address Scope"));
    auto *layout = new QVBoxLayout(box);
    m_ipEnabled = new QCheckBox(tr("Enable IP Address Scope"));
    m_ipEnabled->setObjectName(QStringLiteral("ipEnabled"));
    m_ipEnabled->setChecked(scope.ipScopeEnabled);
    m_ipRows = new QWidget;
    auto *rowsLayout = new QVBoxLayout(m_ipRows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);

    m_ipv4Rows = addRowList(rowsLayout, tr("IPv4 address ranges"), tr("+ IPv4 range"),
                            QStringLiteral("addIpv4"), [this] { addIpv4Row(); });
    m_ipv6Rows
        = addRowList(rowsLayout, tr("IPv6 prefix and length (112 to 128)"), tr("+ IPv6 prefix"),
                     QStringLiteral("addIpv6"), [this] { addIpv6Row(); });

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("totalAddresses"));
    rowsLayout->addWidget(m_total);
    layout->addWidget(m_ipEnabled);
    layout->addWidget(m_ipRows);
    connect(m_ipEnabled, &QCheckBox::toggled, this, &ScopeEditorDialog::revalidate);

    for (const Ipv4Range &range : scope.ipv4Ranges)
        addIpv4Row(range.toString());
    for (const Ipv6Prefix &prefix : scope.ipv6Prefixes)
        addIpv6Row(prefix.prefixText(), QString::number(prefix.length()));
    return box;
}

QWidget *ScopeEditorDialog::createAdvancedSection(const Scope &scope)
{
    auto *box = new QGroupBox(tr("Advanced Setting"));
    auto *form = new QFormLayout(box);
    m_ports = new PortListEditor(scope.ports);
    connect(m_ports, &PortListEditor::changed, this, &ScopeEditorDialog::revalidate);
    form->addRow(tr("Specify ports:"), m_ports);

    // The manual's option reads "Declare a computer unreachable by checking port <x>": the
    // sentence and the port field form one line.
    m_unreachableCheck = new QCheckBox(tr("Declare a computer unreachable by checking port"));
    m_unreachableCheck->setObjectName(QStringLiteral("unreachableCheck"));
    m_unreachableCheck->setChecked(scope.unreachableCheck.enabled);
    m_unreachablePort = new QLineEdit(QString::number(scope.unreachableCheck.port));
    m_unreachablePort->setObjectName(QStringLiteral("unreachablePort"));
    m_unreachablePort->setMaximumWidth(80);
    m_unreachableError = new QLabel;
    m_unreachableError->setObjectName(QStringLiteral("unreachablePortError"));
    m_unreachableError->setStyleSheet(errorStyle);
    auto *line = new QHBoxLayout;
    line->addWidget(m_unreachableCheck);
    line->addWidget(m_unreachablePort);
    line->addWidget(m_unreachableError, 1);
    form->addRow(line);
    connect(m_unreachableCheck, &QCheckBox::toggled, this, &ScopeEditorDialog::revalidate);
    connect(m_unreachablePort, &QLineEdit::textChanged, this, &ScopeEditorDialog::revalidate);

    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(Scope::minTimeoutMs, Scope::maxTimeoutMs);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(scope.timeoutMs);
    form->addRow(tr("Connection timeout:"), m_timeout);
    return box;
}

Ipv4RangeRow *ScopeEditorDialog::addIpv4Row(const QString &text)
{
    auto *row = new Ipv4RangeRow(text);
    addRow(row, m_ipv4Rows);
    return row;
}

Ipv6PrefixRow *ScopeEditorDialog::addIpv6Row(const QString &prefix, const QString &length)
{
    auto *row = new Ipv6PrefixRow(prefix, length);
    addRow(row, m_ipv6Rows);
    return row;
}

QVBoxLayout *ScopeEditorDialog::addRowList(QVBoxLayout *layout, const QString &label,
                                           const QString &addText, const QString &addName,
                                           const std::function<void()> &add)
{
    auto *rows = new QVBoxLayout;
    auto *button = new QPushButton(addText);
    button->setObjectName(addName);
    connect(button, &QPushButton::clicked, this, add);
    layout->addWidget(new QLabel(label));
    layout->addLayout(rows);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return rows;
}

void ScopeEditorDialog::addRow(RangeRow *row, QVBoxLayout *rows)
{
    rows->addWidget(row);
    connect(row, &RangeRow::changed, this, &ScopeEditorDialog::revalidate);
    connect(row, &RangeRow::removeRequested, this, [this, row] {
        row->hide();
        row->deleteLater();
        row->setParent(nullptr);
        revalidate();
    });
    revalidate();
}

QStringList ScopeEditorDialog::problems() const
{
    QStringList problems;
    if (m_ipEnabled->isChecked()) {
        for (const RangeRow *row : m_ipRows->findChildren<RangeRow *>()) {
            if (!row->error().isEmpty())
                problems << row->error();
        }
    }
    if (m_unreachableCheck->isChecked()) {
        const Result<quint16> port = PortList::parsePort(m_unreachablePort->text().trimmed());
        if (!port)
            problems << tr("Unreachable check: %1").arg(port.error());
    }
    if (m_ports->ports().isEmpty())
        problems << tr("Specify at least one agent port.");
    return problems;
}

void ScopeEditorDialog::revalidate()
{
    if (!m_problems)
        return; // still building the dialog
    m_ipRows->setEnabled(m_ipEnabled->isChecked());
    quint64 total = 0;
    for (const RangeRow *row : m_ipRows->findChildren<RangeRow *>())
        total += row->addressCount();
    m_total->setText(tr("Total: %1 addresses").arg(QLocale().toString(total)));

    m_unreachablePort->setEnabled(m_unreachableCheck->isChecked());
    const Result<quint16> port = PortList::parsePort(m_unreachablePort->text().trimmed());
    const bool portRefused = m_unreachableCheck->isChecked() && !port;
    m_unreachableError->setText(portRefused ? port.error() : QString());
    m_unreachablePort->setStyleSheet(portRefused ? QStringLiteral("border: 1px solid #c0392b;")
                                                 : QString());

    const QStringList found = problems();
    m_problems->setText(
        found.isEmpty()
            ? QString()
            : tr("Fix the fields marked in red: %1").arg(found.join(QStringLiteral("; "))));
    m_saveAndReassess->setEnabled(found.isEmpty());
    m_saveOnly->setEnabled(found.isEmpty());
}

Scope ScopeEditorDialog::scope() const
{
    Scope scope;
    scope.activeDirectory.onDemand = m_onDemand->isChecked();
    scope.activeDirectory.objects = m_activeDirectory->selectedDns();
    scope.activeDirectory.connection = m_activeDirectory->connection();
    scope.ipScopeEnabled = m_ipEnabled->isChecked();
    for (const Ipv4RangeRow *row : m_ipRows->findChildren<Ipv4RangeRow *>()) {
        if (const Result<Ipv4Range> range = row->range())
            scope.ipv4Ranges.append(range.value());
    }
    for (const Ipv6PrefixRow *row : m_ipRows->findChildren<Ipv6PrefixRow *>()) {
        if (const Result<Ipv6Prefix> prefix = row->prefix())
            scope.ipv6Prefixes.append(prefix.value());
    }
    scope.ports = m_ports->ports();
    scope.unreachableCheck.enabled = m_unreachableCheck->isChecked();
    if (const Result<quint16> port = PortList::parsePort(m_unreachablePort->text().trimmed()))
        scope.unreachableCheck.port = port.value();
    scope.timeoutMs = m_timeout->value();
    return scope;
}

void ScopeEditorDialog::accept(Choice choice)
{
    if (!problems().isEmpty())
        return;
    m_choice = choice;
    QDialog::accept();
}
