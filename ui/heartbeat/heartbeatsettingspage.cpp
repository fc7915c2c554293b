#include "heartbeat/heartbeatsettingspage.h"

#include "eventsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
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
    , m_groups(new QLabel)
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
    m_groups->setObjectName(QStringLiteral("heartbeatGroups"));
    m_groups->setWordWrap(true);

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
    layout->addWidget(m_groups);
    layout->addWidget(notify);
    layout->addWidget(note);
    layout->addStretch();
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
    QStringList groups;
    for (const HeartbeatGroup &group : policy.groups)
        groups.append(group.neverOffline ? tr("%1 (never offline)").arg(group.name)
                                         : tr("%1 (every %2 min, offline after %3 missed)")
                                               .arg(group.name)
                                               .arg(group.interval.count() / 60)
                                               .arg(group.missesForOffline));
    m_groups->setText(groups.isEmpty()
                          ? tr("No heartbeat groups: these settings apply to every agent.")
                          : tr("Groups, first match applies (osmgmt-cli heartbeat-settings "
                               "import changes them): %1")
                                .arg(groups.join(QStringLiteral("; "))));
    showProblem();
}

HeartbeatPolicy HeartbeatSettingsPage::policy(HeartbeatPolicy base) const
{
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
