#include "heartbeat/heartbeatsettingspage.h"

#include "eventsmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

HeartbeatSettingsPage::HeartbeatSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_interval(new QSpinBox)
    , m_misses(new QSpinBox)
    , m_missingAfter(new QSpinBox)
    , m_kinds(EventsModel::kinds())
{
    setObjectName(QStringLiteral("heartbeatSettings"));
    m_interval->setObjectName(QStringLiteral("heartbeatInterval"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_misses->setObjectName(QStringLiteral("heartbeatMisses"));
    m_misses->setRange(1, 100);
    m_missingAfter->setObjectName(QStringLiteral("heartbeatMissingAfter"));
    m_missingAfter->setRange(1, 3650);
    m_missingAfter->setSuffix(tr(" days"));
    auto *form = new QFormLayout;
    form->addRow(tr("Heartbeat interval:"), m_interval);
    form->addRow(tr("Offline after missed heartbeats:"), m_misses);
    form->addRow(tr("Missing after offline for:"), m_missingAfter);

    auto *notify = new QGroupBox(tr("Desktop notifications"));
    auto *boxes = new QVBoxLayout(notify);
    for (const QString &kind : std::as_const(m_kinds)) {
        auto *box = new QCheckBox(EventsModel::kindName(kind));
        box->setObjectName(QStringLiteral("notify-") + kind);
        boxes->addWidget(box);
        m_notify.insert(kind, box);
    }
    auto *note = new QLabel(tr("A watcher reads these when it starts: the console's at its next "
                               "start, osmgmt-cli watch when it is started again."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(notify);
    layout->addWidget(note);
    layout->addStretch();
}

void HeartbeatSettingsPage::setSettings(const HeartbeatSettings &settings,
                                        const QStringList &notifiedKinds)
{
    m_interval->setValue(
        int(std::chrono::duration_cast<std::chrono::minutes>(settings.interval).count()));
    m_misses->setValue(settings.missesForOffline);
    m_missingAfter->setValue(int(settings.missingAfter.count() / (24 * 3600)));
    for (auto it = m_notify.cbegin(); it != m_notify.cend(); ++it)
        it.value()->setChecked(notifiedKinds.contains(it.key()));
}

HeartbeatSettings HeartbeatSettingsPage::settings(HeartbeatSettings base) const
{
    base.interval = std::chrono::minutes(m_interval->value());
    base.missesForOffline = m_misses->value();
    base.missingAfter = std::chrono::hours(24 * m_missingAfter->value());
    return base;
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
