#include "heartbeat/heartbeatgroupdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *entryList(const char *name, const QString &text, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // Four lines: room for a few entries without pushing the rest of the form away.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

HeartbeatGroupDialog::HeartbeatGroupDialog(const HeartbeatGroup &group, QStringList otherNames,
                                           QWidget *parent)
    : QDialog(parent)
    , m_otherNames(std::move(otherNames))
{
    setObjectName(QStringLiteral("heartbeatGroupDialog"));
    setWindowTitle(group.name.isEmpty() ? tr("Add Heartbeat Group")
                                        : tr("Edit Heartbeat Group %1").arg(group.name));
    const HeartbeatGroupDraft draft = HeartbeatGroupDraft::of(group);
    m_name = new QLineEdit(draft.name);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setPlaceholderText(tr("Laptops"));
    m_ipv4 = entryList("groupIpv4Ranges", draft.ipv4Ranges, tr("10.20.0.0/16, one a line"));
    m_ipv6 = entryList("groupIpv6Prefixes", draft.ipv6Prefixes, tr("fd00:20::/112, one a line"));
    m_containers = entryList("groupAdContainers", draft.adContainers,
                             tr("OU=Laptops,DC=corp,DC=example, one a line"));
    m_computers = entryList("groupComputers", draft.computers,
                            tr("Computer names or addresses, one a line"));
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("groupInterval"));
    m_interval->setRange(1, HeartbeatPolicy::maxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(draft.intervalMinutes);
    m_misses = new QSpinBox;
    m_misses->setObjectName(QStringLiteral("groupMisses"));
    m_misses->setRange(1, HeartbeatPolicy::maxMisses);
    m_misses->setValue(draft.missesForOffline);
    m_neverOffline = new QCheckBox(tr("Never offline (heartbeats are still asked and shown)"));
    m_neverOffline->setObjectName(QStringLiteral("groupNeverOffline"));
    m_neverOffline->setChecked(draft.neverOffline);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("groupProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    using Field = HeartbeatGroupDraft::Field;
    m_fields = { { Field::Name, m_name },           { Field::Ipv4Ranges, m_ipv4 },
                 { Field::Ipv6Prefixes, m_ipv6 },   { Field::AdContainers, m_containers },
                 { Field::Computers, m_computers }, { Field::Interval, m_interval },
                 { Field::Misses, m_misses } };

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    auto *appliesTo = new QLabel(tr("Applies to (a computer in any of these):"));
    form->addRow(appliesTo);
    form->addRow(tr("IPv4 ranges:"), m_ipv4);
    form->addRow(tr("IPv6 prefixes:"), m_ipv6);
    form->addRow(tr("Active Directory containers:"), m_containers);
    form->addRow(tr("Computers:"), m_computers);
    form->addRow(tr("Heartbeat interval:"), m_interval);
    form->addRow(tr("Offline after missed heartbeats:"), m_misses);
    form->addRow(QString(), m_neverOffline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &HeartbeatGroupDialog::revalidate);
    for (QPlainTextEdit *edit : { m_ipv4, m_ipv6, m_containers, m_computers })
        connect(edit, &QPlainTextEdit::textChanged, this, &HeartbeatGroupDialog::revalidate);
    for (QSpinBox *box : { m_interval, m_misses })
        connect(box, &QSpinBox::valueChanged, this, &HeartbeatGroupDialog::revalidate);
    connect(m_neverOffline, &QCheckBox::toggled, this, &HeartbeatGroupDialog::revalidate);
    resize(560, sizeHint().height());
    revalidate();
}

HeartbeatGroupDraft HeartbeatGroupDialog::draft() const
{
    HeartbeatGroupDraft draft;
    draft.name = m_name->text();
    draft.ipv4Ranges = m_ipv4->toPlainText();
    draft.ipv6Prefixes = m_ipv6->toPlainText();
    draft.adContainers = m_containers->toPlainText();
    draft.computers = m_computers->toPlainText();
    draft.intervalMinutes = m_interval->value();
    draft.missesForOffline = m_misses->value();
    draft.neverOffline = m_neverOffline->isChecked();
    return draft;
}

void HeartbeatGroupDialog::revalidate()
{
    // A never-offline group is still asked at its interval; only the misses no longer count.
    m_misses->setEnabled(!m_neverOffline->isChecked());
    const HeartbeatGroupDraft::Problem problem = draft().problem(m_otherNames);
    m_problem->setText(problem.message);
    m_problem->setVisible(!problem.message.isEmpty());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool wrong = it.key() == problem.field
            || (problem.field == HeartbeatGroupDraft::Field::AppliesTo
                && it.key() >= HeartbeatGroupDraft::Field::Ipv4Ranges
                && it.key() <= HeartbeatGroupDraft::Field::Computers);
        // Said in words above too: the mark only shows where.
        it.value()->setProperty("invalid", wrong);
        it.value()->setStyleSheet(wrong ? QStringLiteral("border: 1px solid #b01c1c") : QString());
    }
    m_ok->setEnabled(problem.field == HeartbeatGroupDraft::Field::None);
}
