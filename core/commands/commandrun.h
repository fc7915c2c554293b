#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "commands/commandtarget.h"
#include "common/result.h"
#include "store/auditentry.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class CommandWorker;

// One command an administrator gave, sent to many computers in the background (DESIGN.md: the
// action layer that runs in the background and audits). At most `parallel` agents are talked
// to at once; each computer's outcome is reported as it comes; at the end one entry goes to the
// audit log with every computer's outcome, a cancelled run included.
//
// The two functions run on the worker thread: `credentials` gives the client certificate to
// present to a target (the keychain may be asked, which can take time), `audit` appends the
// entry (on a database connection of that thread).
class CommandRun : public QObject
{
    Q_OBJECT

public:
    using Credentials = std::function<Result<AgentTls::Credentials>(const CommandTarget &)>;
    using Audit = std::function<Result<qint64>(const AuditEntry &)>;

    struct Options
    {
        int parallel = 32;
        int timeoutMs = 10000;
        // Added to the audit entry's detail: who decided when it was not an administrator's
        // click (the watcher's CVE compliance round: "policy Critical 2026").
        QString auditNote = {};
    };

    CommandRun(AgentCommand command, QVector<CommandTarget> targets, Credentials credentials,
               Audit audit, Options options, QObject *parent = nullptr);
    ~CommandRun() override; // cancels and waits

    void start();
    // Targets not yet contacted are skipped; those in flight finish.
    void cancel();

    const AgentCommand &command() const { return m_command; }
    int total() const { return int(m_targets.size()); }

    // The audit log's words for a command: its action key and its detail (never a secret).
    static QString auditDetail(const AgentCommand &command);

signals:
    void targetFinished(const TargetOutcome &outcome, int finishedCount);
    // `auditError` is empty when the entry was appended.
    void finished(const QVector<TargetOutcome> &outcomes, const QString &auditError);

private:
    AgentCommand m_command;
    QVector<CommandTarget> m_targets;
    QThread *m_thread;
    // Deleted on its thread when that ends; never touched from here once started.
    CommandWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_started = false;
};
