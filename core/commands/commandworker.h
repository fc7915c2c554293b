#pragma once

#include "commands/commandrun.h"

#include <atomic>
#include <memory>

class AgentCommandClient;

// CommandRun's half on the worker thread: appends the command's intent to the audit log before
// anything is sent (nothing is sent when it cannot), keeps at most `parallel` agent
// conversations going, collects the outcomes in the targets' order, and appends the outcome
// entry, naming the intent, at the end. A console killed in between leaves an open intent.
class CommandWorker : public QObject
{
    Q_OBJECT

public:
    CommandWorker(AgentCommand command, QVector<CommandTarget> targets,
                  CommandRun::Credentials credentials, CommandRun::Audit audit,
                  CommandRun::Options options);

    void run();
    // Shared with CommandRun, which sets it from the GUI thread.
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_cancelled; }

signals:
    void targetFinished(const TargetOutcome &outcome, int finishedCount);
    void finished(const QVector<TargetOutcome> &outcomes, const QString &auditError);

private:
    bool recordIntent();
    AuditEntry auditEntry(const QString &phase) const;
    void startNext();
    void record(int index, TargetOutcome::Kind kind, const QString &detail);
    void finishRun();

    AgentCommand m_command;
    QVector<CommandTarget> m_targets;
    CommandRun::Credentials m_credentials;
    CommandRun::Audit m_audit;
    CommandRun::Options m_options;
    QVector<TargetOutcome> m_outcomes;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    qint64 m_intentId = 0;
    QString m_intentError;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};
