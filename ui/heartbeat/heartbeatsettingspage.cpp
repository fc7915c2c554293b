#include "heartbeat/heartbeatsettingspage.h"

#include "eventsmodel.h"
#include "heartbeat/heartbeatgroupdialog.h"
#include "heartbeatgroupsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

QSpinBox *spinBox(const char *name, int low, int high, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

} // namespace

HeartbeatSettingsPage::HeartbeatSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_interval(spinBox("heartbeatInterval", 1, HeartbeatPolicy::maxIntervalMinutes, tr(" min")))
    , m_misses(spinBox("heartbeatMisses", 1, HeartbeatPolicy::maxMisses, QString()))
    , m_firstBand(spinBox("heartbeatFirstBand", 1, HeartbeatPolicy::maxDays * 24, tr(" h")))
    , m_secondBand(spinBox("heartbeatSecondBand", 1, HeartbeatPolicy::maxDays * 24, tr(" h")))
    , m_thirdBand(spinBox("heartbeatThirdBand", 1, HeartbeatPolicy::maxDays, tr(" days")))
    , m_missingAfter(spinBox("heartbeatMissingAfter", 1, HeartbeatPolicy::maxDays, tr(" days")))
    , m_problem(new QLabel)
    , m_groups(new HeartbeatGroupsModel(this))
    , m_groupsView(new QTableView)
    , m_kinds(EventsModel::kinds())
{
    setObjectName(QStringLiteral("heartbeatSettings"));
    auto *form = new QFormLayout;
    form->addRow(tr("Heartbeat interval:"), m_interval);
    form->addRow(tr("Offline after missed heartbeats:"), m_misses);
    form->addRow(tr("Offline, first band under:"), m_firstBand);
    form->addRow(tr("Offline, second band under:"), m_secondBand);
    form->addRow(tr("Offline, third band under:"), m_thirdBand);
    form->addRow(tr("Missing after offline for:"), m_missingAfter);
    for (QSpinBox *box :
         { m_interval, m_misses, m_firstBand, m_secondBand, m_thirdBand, m_missingAfter })
        connect(box, &QSpinBox::valueChanged, this, [this] {
            showProblem();
            emit changed();
        });
    m_problem->setObjectName(QStringLiteral("heartbeatProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *notify = new QGroupBox(tr("Desktop notifications"));
    auto *boxes = new QVBoxLayout(notify);
    for (const QString &kind : std::as_const(m_kinds)) {
        auto *box = new QCheckBox(EventsModel::kindName(kind));
        box->setObjectName(QStringLiteral("notify-") + kind);
        boxes->addWidget(box);
        m_notify.insert(kind, box);
    }
    auto *note = new QLabel(tr("These settings are the database's: every watcher of it (this "
                               "console's, other consoles', osmgmt-cli watch) applies them at "
                               "its next cycle, without restarting. Desktop notifications are "
                               "this console's."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(makeGroupsBox(), 1);
    layout->addWidget(notify);
    layout->addWidget(note);
    // The defaults until setSettings(): the spin boxes' minimums would be bands out of order.
    setSettings(HeartbeatPolicy(), {});
}

void HeartbeatSettingsPage::setSettings(const HeartbeatPolicy &policy,
                                        const QStringList &notifiedKinds)
{
    const HeartbeatSettings &defaults = policy.defaults;
    m_interval->setValue(int(defaults.interval.count() / 60));
    m_misses->setValue(defaults.missesForOffline);
    m_firstBand->setValue(int(defaults.firstBand.count() / hour));
    m_secondBand->setValue(int(defaults.secondBand.count() / hour));
    m_thirdBand->setValue(int(defaults.thirdBand.count() / day));
    m_missingAfter->setValue(int(defaults.missingAfter.count() / day));
    for (auto it = m_notify.cbegin(); it != m_notify.cend(); ++it)
        it.value()->setChecked(notifiedKinds.contains(it.key()));
    m_groups->setGroups(policy.groups);
    showProblem();
}

HeartbeatPolicy HeartbeatSettingsPage::policy(HeartbeatPolicy base) const
{
    base.groups = m_groups->groups();
    HeartbeatSettings &defaults = base.defaults;
    defaults.interval = std::chrono::minutes(m_interval->value());
    defaults.missesForOffline = m_misses->value();
    defaults.firstBand = std::chrono::seconds(m_firstBand->value() * hour);
    defaults.secondBand = std::chrono::seconds(m_secondBand->value() * hour);
    defaults.thirdBand = std::chrono::seconds(m_thirdBand->value() * day);
    defaults.missingAfter = std::chrono::seconds(m_missingAfter->value() * day);
    return base;
}

QString HeartbeatSettingsPage::problem() const
{
    return policy(HeartbeatPolicy()).problem();
}

void HeartbeatSettingsPage::showProblem()
{
    m_problem->setText(problem());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

QStringList HeartbeatSettingsPage::notifiedKinds() const
{
    QStringList kinds;
    for (const QString &kind : m_kinds) {
        if (m_notify.value(kind)->isChecked())
            kinds.append(kind);
    }
    return kinds;
}

QWidget *HeartbeatSettingsPage::makeGroupsBox()
{
    auto *box = new QGroupBox(tr("Groups (the first that takes an agent applies)"));
    m_groupsView->setObjectName(QStringLiteral("heartbeatGroups"));
    m_groupsView->setModel(m_groups);
    m_groupsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupsView->verticalHeader()->hide();
    m_groupsView->setWordWrap(false);
    m_groupsView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_groupsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HeartbeatGroupsModel::AppliesTo, QHeaderView::Stretch);
    m_groupsView->setMinimumHeight(m_groupsView->fontMetrics().lineSpacing() * 6);
    auto *empty = new QLabel(tr("No groups: the settings above apply to every agent. Add a group "
                                "for computers judged their own way (laptops: never offline)."));
    empty->setObjectName(QStringLiteral("heartbeatNoGroups"));
    empty->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name, auto slot) {
        auto *pushButton = new QPushButton(text);
        pushButton->setObjectName(QLatin1String(name));
        connect(pushButton, &QPushButton::clicked, this, slot);
        buttons->addWidget(pushButton);
        return pushButton;
    };
    button(tr("Add…"), "addHeartbeatGroup", [this] { editGroup(-1); });
    m_edit = button(tr("Edit…"), "editHeartbeatGroup", [this] { editGroup(selectedRow()); });
    m_remove = button(tr("Remove"), "removeHeartbeatGroup", [this] {
        m_groups->remove(selectedRow());
        emit changed();
    });
    m_up = button(tr("Move Up"), "moveHeartbeatGroupUp", [this] { moveSelected(-1); });
    m_down = button(tr("Move Down"), "moveHeartbeatGroupDown", [this] { moveSelected(+1); });
    buttons->addStretch();
    connect(m_groupsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editGroup(index.row()); });
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HeartbeatSettingsPage::updateGroupButtons);
    connect(m_groups, &HeartbeatGroupsModel::groupsChanged, this, [this, empty] {
        empty->setVisible(m_groups->rowCount() == 0);
        updateGroupButtons();
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_groupsView, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(empty);
    layout->addLayout(row);
    updateGroupButtons();
    return box;
}

int HeartbeatSettingsPage::selectedRow() const
{
    const QModelIndexList rows = m_groupsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HeartbeatSettingsPage::updateGroupButtons()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_groups->rowCount());
}

void HeartbeatSettingsPage::moveSelected(int step)
{
    const int row = selectedRow();
    if (!m_groups->move(row, step))
        return;
    m_groupsView->selectRow(row + step);
    emit changed();
}

void HeartbeatSettingsPage::editGroup(int row)
{
    const bool adding = row < 0 || row >= m_groups->rowCount();
    // A new group starts from the defaults above, as the import fills a group's missing values.
    HeartbeatGroup start;
    start.interval = std::chrono::minutes(m_interval->value());
    start.missesForOffline = m_misses->value();
    auto *dialog = new HeartbeatGroupDialog(adding ? start : m_groups->groups().at(row),
                                            m_groups->namesExcept(adding ? -1 : row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding, row] {
        if (adding) {
            m_groups->append(dialog->group());
            m_groupsView->selectRow(m_groups->rowCount() - 1);
        } else {
            m_groups->replace(row, dialog->group());
        }
        emit changed();
    });
    // Window-modal without a nested event loop: the settings dialog stays responsive to tests
    // and to the session's answers.
    dialog->open();
}
