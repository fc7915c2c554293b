#pragma once

#include "agentlink/quarantinestate.h"

#include <QFrame>

#include <optional>

class QLabel;

// A line above every tab of a Computer Details page while the computer is quarantined or pending
// (issue 14, point 1), so that a page read for its health or its services does not leave the
// reader thinking the computer is down: the quarantine cut it off on purpose.
class QuarantineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit QuarantineBanner(QWidget *parent = nullptr);

    // Hidden for none and for a released computer.
    void setQuarantine(const std::optional<QuarantineState> &state);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
