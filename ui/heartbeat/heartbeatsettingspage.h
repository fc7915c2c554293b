#pragma once

#include "watch/heartbeatpolicy.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class HeartbeatGroupsModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

// The Heartbeats page of the settings (docs/watch.md, "Heartbeat settings"): how often agents are
// asked, how many missed heartbeats make one Offline, the aging bands, after how long it is
// Missing (the store's settings, for every watcher of the store), the groups that override the
// interval and missed heartbeats for some computers (added, edited, removed and ordered here, the
// same settings `osmgmt-cli heartbeat-settings import` replaces), and which events this console
// shows as desktop notifications. Nothing is saved here: the settings dialog's OK saves it all
// through HeartbeatSession, audited, as the import does.
class HeartbeatSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HeartbeatSettingsPage(QWidget *parent = nullptr);

    void setSettings(const HeartbeatPolicy &policy, const QStringList &notifiedKinds);
    // `base` with what the page changes: the defaults, the bands and the groups.
    HeartbeatPolicy policy(HeartbeatPolicy base) const;
    QStringList notifiedKinds() const;
    // Why the values cannot be saved (bands out of order), or empty.
    QString problem() const;

signals:
    void changed();

private:
    void showProblem();
    QWidget *makeGroupsBox();
    int selectedRow() const; // -1: none
    void updateGroupButtons();
    void moveSelected(int step);
    // Opens the group editor on `row` (-1: a new group).
    void editGroup(int row);

    QSpinBox *m_interval;
    QSpinBox *m_misses;
    QSpinBox *m_firstBand;
    QSpinBox *m_secondBand;
    QSpinBox *m_thirdBand;
    QSpinBox *m_missingAfter;
    QLabel *m_problem;
    HeartbeatGroupsModel *m_groups;
    QTableView *m_groupsView;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QHash<QString, QCheckBox *> m_notify; // by event kind
    QStringList m_kinds; // in the order shown
};
