#pragma once

#include "activedirectorysession.h" // ConnectionStep: what the session answers

#include <QTreeWidget>

// Test connection's answer (issue 5, point 2): one row per step with ✓, ✗ or "not tried", what
// was tried and what happened, so the administrator sees where the connection breaks.
class ConnectionStepsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ConnectionStepsView(QWidget *parent = nullptr);

    void showRunning(const QString &what);
    void showSteps(const QVector<ConnectionStep> &steps);
};
