#pragma once

#include "watch/heartbeatpolicy.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

// The Heartbeats page of the settings (docs/watch.md, "Heartbeat settings"): how often agents are
// asked, how many missed heartbeats make one Offline, the aging bands, after how long it is
// Missing (the store's settings, for every watcher of the store), and which events this console
// shows as desktop notifications. The groups are listed; they are edited as a file (osmgmt-cli
// heartbeat-settings import).
class HeartbeatSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HeartbeatSettingsPage(QWidget *parent = nullptr);

    void setSettings(const HeartbeatPolicy &policy, const QStringList &notifiedKinds);
    // `base` with what the page changes (the defaults and the bands; the groups stay).
    HeartbeatPolicy policy(HeartbeatPolicy base) const;
    QStringList notifiedKinds() const;
    // Why the values cannot be saved (bands out of order), or empty.
    QString problem() const;

signals:
    void changed();

private:
    void showProblem();

    QSpinBox *m_interval;
    QSpinBox *m_misses;
    QSpinBox *m_firstBand;
    QSpinBox *m_secondBand;
    QSpinBox *m_thirdBand;
    QSpinBox *m_missingAfter;
    QLabel *m_problem;
    QLabel *m_groups;
    QHash<QString, QCheckBox *> m_notify; // by event kind
    QStringList m_kinds; // in the order shown
};
