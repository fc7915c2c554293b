#pragma once

#include "heartbeatgroupdraft.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QWidget;

// Adds or edits one heartbeat group (docs/watch.md, "Heartbeat settings"): its name, what it
// applies to (IPv4 ranges, IPv6 prefixes, Active Directory containers, computers: one a line, as
// in the settings file), its interval and missed heartbeats, or "never offline". What is wrong is
// said under the form, naming the field, which is marked; OK waits until nothing is.
class HeartbeatGroupDialog : public QDialog
{
    Q_OBJECT

public:
    // `otherNames`: the other groups' names, which this one must not take.
    HeartbeatGroupDialog(const HeartbeatGroup &group, QStringList otherNames,
                         QWidget *parent = nullptr);

    HeartbeatGroupDraft draft() const;
    // Only once accepted (OK is enabled only without a problem).
    HeartbeatGroup group() const { return draft().toGroup(); }

private:
    void revalidate();

    QStringList m_otherNames;
    QLineEdit *m_name;
    QPlainTextEdit *m_ipv4;
    QPlainTextEdit *m_ipv6;
    QPlainTextEdit *m_containers;
    QPlainTextEdit *m_computers;
    QSpinBox *m_interval;
    QSpinBox *m_misses;
    QCheckBox *m_neverOffline;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QHash<HeartbeatGroupDraft::Field, QWidget *> m_fields;
};
