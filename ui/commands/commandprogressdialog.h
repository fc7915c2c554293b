#pragma once

#include "commands/commandtarget.h"

#include <QDialog>
#include <QPointer>

class RunningCommand;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// What a command does to each computer, as it happens (issue 4: per computer, done, refused
// and why, unreachable). Not modal: the administrator keeps working while it runs, and can
// cancel what has not been sent yet.
class CommandProgressDialog : public QDialog
{
    Q_OBJECT

public:
    CommandProgressDialog(RunningCommand *run, const QString &title, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    void showOutcome(const TargetOutcome &outcome, int finishedCount);
    void showEnd(const QVector<TargetOutcome> &outcomes, const QString &auditError);

    QPointer<RunningCommand> m_run; // deleted once it has finished
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QHash<QString, int> m_rowOfAddress;
};
