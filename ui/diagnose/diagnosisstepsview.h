#pragma once

#include "diagnosesession.h" // DiagnosisStep: what the session hands over

#include <QTreeWidget>

// The steps of Diagnose connection as they run (issue 13, point 5): one row per step with ✓, ✗,
// "–" (skipped) or "…" (not judged yet), what was seen, and under a failed step its cause and
// what to do, so the administrator reads where the connection breaks and why.
class DiagnosisStepsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role { OutcomeRole = Qt::UserRole, KindRole };

    explicit DiagnosisStepsView(QWidget *parent = nullptr);

    // Every step waiting, the first one running.
    void showPlanned(const QVector<DiagnosisStep> &steps);
    void showStep(int index, const DiagnosisStep &step);
};
