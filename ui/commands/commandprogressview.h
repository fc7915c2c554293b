#pragma once

#include "commands/commandtarget.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class RunningCommand;
class QLabel;
class QProgressBar;
class QTableWidget;

// What a command does to each computer, as it happens (issue 4: per computer, done, refused
// and why, unreachable), then the audit log's answer. The progress dialog and the Client Mover's
// last page both show a command through it.
class CommandProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit CommandProgressView(RunningCommand *run, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summary() const;
    bool isFinished() const { return m_finished; }
    // Computers not yet contacted are skipped; those in flight finish.
    void cancel();

signals:
    void finished();

private:
    void showOutcome(const TargetOutcome &outcome, int finishedCount);
    void showEnd(const QVector<TargetOutcome> &outcomes, const QString &auditError);

    QPointer<RunningCommand> m_run; // deleted once it has finished
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QHash<QString, int> m_rowOfAddress;
    bool m_finished = false;
};
