#pragma once

#include "computerquarantinesession.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// The Quarantine section of a Computer Details page (issue 14, point 1): whether the computer is
// quarantined, pending or released, by whom (an administrator, which policy, which automatic
// rule), since when and why, with StatusStyle's quarantine icon and colour; a quarantine says
// that the computer is unreachable on purpose, not down.
class ComputerQuarantineSection : public QWidget
{
    Q_OBJECT

public:
    explicit ComputerQuarantineSection(QWidget *parent = nullptr);

    void setQuarantine(const std::optional<QuarantineState> &state);
    // Before the first read has answered, or when it failed (`error`).
    void setUnknown(const QString &error);

    // What the state means for the computer's network, in one sentence; empty for none.
    static QString meaning(const std::optional<QuarantineState> &state);
    // Who decided: "an administrator", "the policy Critical 2026", "the automatic rule Eicar".
    static QString decidedBy(const QuarantineState &state);

private:
    void setHeading(const QIcon &icon, const QString &text, const QColor &color);
    void addField(const QString &label, const QString &value, const QString &objectName);

    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_meaning;
    QWidget *m_fields;
    QFormLayout *m_form;
};
