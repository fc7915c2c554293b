#pragma once

#include "watch/heartbeatstate.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QSpinBox;

// The Heartbeats page of the settings (docs/watch.md, "Heartbeats"): how often agents are asked,
// how many missed heartbeats make one Offline, after how long it is Missing, and which events
// the console shows as desktop notifications.
class HeartbeatSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HeartbeatSettingsPage(QWidget *parent = nullptr);

    void setSettings(const HeartbeatSettings &settings, const QStringList &notifiedKinds);
    // `base` with what the page changes (the interval, N, the missing threshold).
    HeartbeatSettings settings(HeartbeatSettings base = {}) const;
    QStringList notifiedKinds() const;

private:
    QSpinBox *m_interval;
    QSpinBox *m_misses;
    QSpinBox *m_missingAfter;
    QHash<QString, QCheckBox *> m_notify; // by event kind
    QStringList m_kinds; // in the order shown
};
