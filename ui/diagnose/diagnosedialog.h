#pragma once

#include "diagnosesession.h"

#include <QDialog>

class DiagnosisStepsView;
class QLabel;
class QPushButton;

// *Diagnose connection* for one computer (issue 13, point 5), opened from the context menu of
// any computer: the steps as they run, then the likely cause. The diagnosis runs in its
// DiagnoseSession, off the GUI thread; Cancel stops it, Diagnose again repeats it.
class DiagnoseDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes `session` over (it becomes the dialog's child).
    // Takes `session` over: it is released (DiagnoseSession::release) when the dialog goes.
    DiagnoseDialog(DiagnoseSession *session, Endpoint endpoint, QWidget *parent = nullptr);
    ~DiagnoseDialog() override;

    // A dialog that deletes itself when closed, shown and started.
    static DiagnoseDialog *open(DiagnoseSession *session, const Endpoint &endpoint,
                                QWidget *parent);

    void start();

protected:
    void reject() override;

private:
    void showFinished(const Diagnosis &diagnosis);

    DiagnoseSession *m_session;
    Endpoint m_endpoint;
    DiagnosisStepsView *m_steps;
    QLabel *m_target;
    QLabel *m_likelyCause;
    QPushButton *m_cancel;
    QPushButton *m_again;
};
