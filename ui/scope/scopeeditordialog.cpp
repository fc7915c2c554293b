#include "scope/scopeeditordialog.h"

#include "scope/activedirectoryscopepanel.h"
#include "scope/addresscount.h"
#include "scope/ipv4rangerow.h"
#include "scope/ipv6prefixrow.h"
#include "scope/portlisteditor.h"
#include "scopeaddresses.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString errorStyle = QStringLiteral("color: #c0392b;");
const QString warningStyle = QStringLiteral("color: #9a6700;");
// Marking each overlapping row asks the target list once per row: beyond this many rows only the
// total says that ranges overlap.
constexpr int maxRowsMarked = 256;

QWidget *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}
} // namespace

ScopeEditorDialog::ScopeEditorDialog(const Scope &scope, ActiveDirectorySession *directory,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Active Directory/IP Address Scope"));
    setObjectName(QStringLiteral("scopeEditor"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("scopeTabs"));
    m_tabs->addTab(scrolled(createIpTab(scope)), tr("IP ranges"));
    // The Active Directory panel scrolls in its own tree; the ports fit.
    m_tabs->addTab(createActiveDirectoryTab(scope, directory), tr("Active Directory"));
    m_tabs->addTab(createPortsTab(scope), tr("Ports and checks"));

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
    connect(buttons, &QDialogButtonBox::rejected, this, &ScopeEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(820, 660);
    revalidate();
    // What Esc compares with: the scope as the fields read it back, so that a value the fields
    // write differently (an address's notation) is no edit.
    m_original = this->scope();
}

QWidget *ScopeEditorDialog::createActiveDirectoryTab(const Scope &scope,
                                                     ActiveDirectorySession *directory)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
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
    layout->addWidget(m_activeDirectory, 1);
    return tab;
}

QWidget *ScopeEditorDialog::createIpTab(const Scope &scope)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_ipEnabled = new QCheckBox(tr("Enable IP Address Scope"));
    m_ipEnabled->setObjectName(QStringLiteral("ipEnabled"));
    m_ipEnabled->setChecked(scope.ipScopeEnabled);
    m_ipRows = new QWidget;
    auto *rowsLayout = new QVBoxLayout(m_ipRows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);

    m_ipv4Rows = addRowList(rowsLayout, tr("IPv4 address ranges"), tr("+ IPv4 range"),
                            QStringLiteral("addIpv4"), [this] { addIpv4Row()->setFocus(); });
    m_ipv6Rows
        = addRowList(rowsLayout, tr("IPv6 prefix and length (112 to 128)"), tr("+ IPv6 prefix"),
                     QStringLiteral("addIpv6"), [this] { addIpv6Row()->setFocus(); });
    m_addIpv4 = m_ipRows->findChild<QPushButton *>(QStringLiteral("addIpv4"));
    m_addIpv6 = m_ipRows->findChild<QPushButton *>(QStringLiteral("addIpv6"));

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("totalAddresses"));
    m_overlap = new QLabel;
    m_overlap->setObjectName(QStringLiteral("overlapWarning"));
    m_overlap->setStyleSheet(warningStyle);
    m_overlap->setWordWrap(true);
    rowsLayout->addWidget(m_total);
    rowsLayout->addWidget(m_overlap);
    layout->addWidget(m_ipEnabled);
    layout->addWidget(m_ipRows);
    layout->addStretch();
    connect(m_ipEnabled, &QCheckBox::toggled, this, &ScopeEditorDialog::revalidate);

    for (const Ipv4Range &range : scope.ipv4Ranges)
        addIpv4Row(range.toString());
    for (const Ipv6Prefix &prefix : scope.ipv6Prefixes)
        addIpv6Row(prefix.prefixText(), QString::number(prefix.length()));
    return tab;
}

QWidget *ScopeEditorDialog::createPortsTab(const Scope &scope)
{
    auto *tab = new QWidget;
    auto *tabLayout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    tabLayout->addLayout(form);
    tabLayout->addStretch(); // the fields keep their height; the rest of the tab stays empty
    m_ports = new PortListEditor(scope.ports);
    // Its list is short (PortListEditor caps it): extra height would open a gap in the editor.
    m_ports->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
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
    connect(m_unreachablePort, &QLineEdit::editingFinished, this, [this] {
        m_unreachableTouched = true;
        revalidate();
    });

    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(Scope::minTimeoutMs, Scope::maxTimeoutMs);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(scope.timeoutMs);
    form->addRow(tr("Connection timeout:"), m_timeout);
    return tab;
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
    button->setParent(m_ipRows); // found by name before the tab is in the dialog
    connect(button, &QPushButton::clicked, this, add);
    layout->addWidget(new QLabel(label));
    layout->addLayout(rows);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return rows;
}

void ScopeEditorDialog::addRow(RangeRow *row, QVBoxLayout *rows)
{
    rows->addWidget(row);
    row->setFocusProxy(row->tabOrder().constFirst());
    connect(row, &RangeRow::changed, this, &ScopeEditorDialog::revalidate);
    connect(row, &RangeRow::removeRequested, this, [this, row] {
        row->hide();
        m_ipv4Rows->removeWidget(row);
        m_ipv6Rows->removeWidget(row);
        row->deleteLater();
        row->setParent(nullptr);
        updateTabOrder();
        revalidate();
    });
    updateTabOrder();
    revalidate();
}

QList<RangeRow *> ScopeEditorDialog::rowsOf(QVBoxLayout *list) const
{
    QList<RangeRow *> found;
    for (int i = 0; i < list->count(); ++i) {
        if (auto *row = qobject_cast<RangeRow *>(list->itemAt(i)->widget()))
            found << row;
    }
    return found;
}

QList<RangeRow *> ScopeEditorDialog::rows() const
{
    return rowsOf(m_ipv4Rows) + rowsOf(m_ipv6Rows);
}

void ScopeEditorDialog::updateTabOrder()
{
    // As on screen: the check box, each row's fields then its −, the + under its list. Rows are
    // made after the + buttons, so the order by creation would visit + and − first.
    if (!m_addIpv4 || !m_addIpv6)
        return; // still building the tab
    QList<QWidget *> order { m_ipEnabled };
    for (RangeRow *row : rowsOf(m_ipv4Rows))
        order += row->tabOrder();
    order << m_addIpv4;
    for (RangeRow *row : rowsOf(m_ipv6Rows))
        order += row->tabOrder();
    order << m_addIpv6;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QStringList ScopeEditorDialog::problems() const
{
    QStringList problems;
    if (m_ipEnabled->isChecked()) {
        for (const RangeRow *row : rows()) {
            if (row->isBlank() && !row->isTouched())
                continue; // a new row nothing was typed in adds nothing
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
    showTotal();

    m_unreachablePort->setEnabled(m_unreachableCheck->isChecked());
    const Result<quint16> port = PortList::parsePort(m_unreachablePort->text().trimmed());
    const bool portRefused = m_unreachableCheck->isChecked() && !port;
    const bool portShown = portRefused && m_unreachableTouched;
    m_unreachableError->setText(portShown ? port.error() : QString());
    m_unreachablePort->setStyleSheet(portShown ? QStringLiteral("border: 1px solid #c0392b;")
                                               : QString());

    // Only refusals already shown at their field are listed: the others wait until it is left.
    QStringList shown;
    if (m_ipEnabled->isChecked()) {
        for (const RangeRow *row : rows()) {
            if (row->isTouched() && !row->error().isEmpty())
                shown << row->error();
        }
    }
    if (portShown)
        shown << tr("Unreachable check: %1").arg(port.error());
    if (m_ports->ports().isEmpty())
        shown << tr("Specify at least one agent port.");
    m_problems->setText(
        shown.isEmpty()
            ? QString()
            : tr("Fix the fields marked in red: %1").arg(shown.join(QStringLiteral("; "))));
    const bool canSave = problems().isEmpty();
    m_saveAndReassess->setEnabled(canSave);
    m_saveOnly->setEnabled(canSave);
}

void ScopeEditorDialog::showTotal()
{
    // The valid rows as one scope: the count a query would probe, each address once.
    Scope ranges;
    QList<RangeRow *> counted; // in the order of ranges' IPv4 ranges, then its IPv6 prefixes
    quint64 listed = 0;
    for (RangeRow *row : rowsOf(m_ipv4Rows)) {
        if (const Result<Ipv4Range> range = static_cast<Ipv4RangeRow *>(row)->range()) {
            ranges.ipv4Ranges.append(range.value());
            counted << row;
            listed += range->count();
        }
    }
    for (RangeRow *row : rowsOf(m_ipv6Rows)) {
        if (const Result<Ipv6Prefix> prefix = static_cast<Ipv6PrefixRow *>(row)->prefix()) {
            ranges.ipv6Prefixes.append(prefix.value());
            counted << row;
            listed += prefix->count();
        }
    }
    const quint64 distinct = ScopeAddresses::distinct(ranges);
    m_total->setText(tr("Total: %1 addresses").arg(formatAddressCount(distinct)));
    const bool overlap = distinct < listed;
    m_overlap->setVisible(overlap);
    m_overlap->setText(overlap ? tr("Ranges overlap: together they list %1 addresses, %2 of them "
                                    "different. Each address is counted and probed once.")
                                     .arg(formatAddressCount(listed), formatAddressCount(distinct))
                               : QString());
    const QVector<bool> marks = overlap && counted.size() <= maxRowsMarked
        ? ScopeAddresses::overlapping(ranges)
        : QVector<bool>(counted.size(), false);
    for (RangeRow *row : rows()) {
        const qsizetype at = counted.indexOf(row);
        row->setOverlaps(at >= 0 && marks.at(at));
    }
}

bool ScopeEditorDialog::hasEdits() const
{
    if (scope() != m_original)
        return true;
    // Text that is no range yet is left out of scope(), but it was typed all the same.
    for (const RangeRow *row : rows()) {
        if (!row->isBlank() && !row->error().isEmpty())
            return true;
    }
    return m_unreachableCheck->isChecked()
        && !PortList::parsePort(m_unreachablePort->text().trimmed());
}

void ScopeEditorDialog::reject()
{
    if (hasEdits()) {
        QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                        tr("Discard your changes to the scope?"), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardChanges"));
        box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
        box.button(QMessageBox::Cancel)->setIcon(QIcon()); // no "cancel" cross on going on
        QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

Scope ScopeEditorDialog::scope() const
{
    Scope scope;
    scope.activeDirectory.onDemand = m_onDemand->isChecked();
    scope.activeDirectory.objects = m_activeDirectory->selectedDns();
    scope.activeDirectory.connection = m_activeDirectory->connection();
    scope.ipScopeEnabled = m_ipEnabled->isChecked();
    for (const RangeRow *row : rowsOf(m_ipv4Rows)) {
        if (const Result<Ipv4Range> range = static_cast<const Ipv4RangeRow *>(row)->range())
            scope.ipv4Ranges.append(range.value());
    }
    for (const RangeRow *row : rowsOf(m_ipv6Rows)) {
        if (const Result<Ipv6Prefix> prefix = static_cast<const Ipv6PrefixRow *>(row)->prefix())
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
