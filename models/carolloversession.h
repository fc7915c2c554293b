#pragma once

#include "carollover/carollover.h"
#include "commands/commandtarget.h"
#include "secrets/secretstore.h"
#include "storeread.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

class CommandRun;
class ConsoleIdentity;

// The console's CA rollover (docs/security.md, "Rolling the CA over"): the status (current and
// pending CA, which agent is on which) and the steps start, migrate and finish, through CaRollover,
// the steps `osmgmt-cli ca` runs. The CA, the keychain, the store and the agents are reached on a
// thread of the session's own (one step at a time, in order); the commands to the agents go out
// through CommandRun, audited, with an answer per agent as it comes and cancel. After a finish the
// console's own identity is loaded again, so it commands with the new CA without a restart.
// Views talk to this object, never to the CA or the store.
class CaRolloverSession : public QObject
{
    Q_OBJECT

public:
    enum class Step { Start, Migrate, Finish };
    Q_ENUM(Step)

    // `identity`: the console's, loaded again after a finish (may be null: the console then says
    // it must be restarted).
    CaRolloverSession(ConsoleIdentity *identity, QString serverName, QString dataDirectory,
                      OpenStore openStore, SecretStore secrets = SecretStore(),
                      QObject *parent = nullptr);
    ~CaRolloverSession() override;

    // How long an agent is given (default 10 s).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Reads the status; statusRead() or statusFailed() follows.
    void refresh();
    // A step; stepFinished() follows (for migrate and finish, agentAnswered() per agent before).
    void start();
    void migrate();
    // `force`: retire the old CA even though agents still depend on it.
    void finish(bool force);
    // Agents not yet asked are skipped; the step then ends as cancelled.
    void cancel();
    bool isBusy() const { return m_busy; }

    // Deletes the session: now, ending a read or a step on its thread (a status's asking of the
    // agents ends at once); or, while commands are out, once the agents in flight answered (the
    // others are skipped).
    void release();

signals:
    void statusRead(const CaRollover::Status &status);
    void statusFailed(const QString &error);
    void busyChanged(bool busy);
    // A migrate or finish sends to `total` agents.
    void sending(CaRolloverSession::Step step, int total);
    void agentAnswered(const TargetOutcome &outcome, int answered, int total);
    // A finish refused: these agents are still on the old CA.
    void finishRefused(const QVector<AuditTarget> &left);
    // `message`: what was done, or why not.
    void stepFinished(CaRolloverSession::Step step, bool succeeded, const QString &message);
    // After a finish: the console now commands with the CA of `fingerprint` (no restart).
    void consoleReloaded(const QString &fingerprint);
    // After a finish: the console could not take the new CA; it must be restarted.
    void consoleReloadFailed(const QString &error);

private:
    // Runs `work` on the session's thread with a CaRollover opened there.
    template<typename T>
    void onRolloverThread(std::function<T(CaRollover &)> work, std::function<void(const T &)> done,
                          std::function<T(const QString &)> failed);
    void setBusy(bool busy);
    // Sends `command` with CommandRun (audited); `each` hears every answer, `finished` the end
    // (its bool: cancelled).
    void send(Step step, const AgentCommand &command, const QVector<CommandTarget> &targets,
              const AgentTls::Credentials &credentials,
              std::function<void(const TargetOutcome &)> each,
              std::function<void(const QVector<TargetOutcome> &, const QString &, bool)> finished);
    void recordMigrated(const TargetOutcome &outcome);
    void endMigration();
    void retire(const CaRollover::Finish &plan);
    void reloadConsole(const QString &fingerprint);

    QPointer<ConsoleIdentity> m_identity;
    CaRollover::Setup m_setup; // without the database: each job opens its own
    OpenStore m_openStore;
    int m_timeoutMs = 10000;
    bool m_busy = false;
    bool m_released = false;
    bool m_cancelRequested = false;
    QPointer<CommandRun> m_run;
    // The rollover opened for a migrate: its answers are kept on the session's thread, in order.
    std::shared_ptr<std::optional<CaRollover>> m_migration;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
};
