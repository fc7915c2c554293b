#include "carolloversession.h"

#include "commands/commandrun.h"
#include "common/inbackground.h"
#include "consoleidentity.h"
#include "store/auditlog.h"

namespace {

// What a planning job hands back to the GUI thread.
template<typename Plan> struct Planned
{
    std::optional<Plan> plan;
    QString error;
};

} // namespace

CaRolloverSession::CaRolloverSession(ConsoleIdentity *identity, QString serverName,
                                     QString dataDirectory, OpenStore openStore,
                                     SecretStore secrets, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_openStore(std::move(openStore))
    , m_worker(new QObject)
{
    m_setup.serverName = std::move(serverName);
    m_setup.dataDirectory = std::move(dataDirectory);
    m_setup.secrets = std::move(secrets);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("ca-rollover"));
    m_thread.start();
}

CaRolloverSession::~CaRolloverSession()
{
    if (m_run)
        m_run->cancel();
    // A migration's rollover holds a store connection of the session's thread: let go of there,
    // as the thread ends. quit() also ends an ask of the agents that runs (its event loop), so
    // this waits for no agent.
    connect(
        &m_thread, &QThread::finished, m_worker,
        [holder = std::exchange(m_migration, {})] {
            if (holder)
                holder->reset();
        },
        Qt::DirectConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended: nothing runs on it any more
}

template<typename T>
void CaRolloverSession::onRolloverThread(std::function<T(CaRollover &)> work,
                                         std::function<void(const T &)> done,
                                         std::function<T(const QString &)> failed)
{
    CaRollover::Setup setup = m_setup;
    setup.timeoutMs = m_timeoutMs;
    onThreadOf<T>(
        m_worker, this,
        [setup, open = m_openStore, work, failed]() mutable -> T {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return failed(database.error());
            setup.database = *database;
            Result<CaRollover> rollover = CaRollover::open(std::move(setup));
            if (!rollover)
                return failed(rollover.error());
            CaRollover opened = std::move(rollover).value();
            return work(opened);
        },
        [done](const T &result) { done(result); });
}

void CaRolloverSession::release()
{
    m_released = true;
    if (!m_run) {
        delete this;
        return;
    }
    // The agents in flight answer within the timeout; the session goes once they have.
    m_run->cancel();
}

void CaRolloverSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CaRolloverSession::refresh()
{
    // The CAs first, at once; then the agents, which take up to the timeout to answer.
    using Found = Result<CaRollover::Status>;
    for (const CaRollover::Asking asking :
         { CaRollover::Asking::Never, CaRollover::Asking::Always })
        onRolloverThread<Found>([asking](CaRollover &rollover) { return rollover.status(asking); },
                                [this](const Found &found) {
                                    if (found)
                                        emit statusRead(*found);
                                    else
                                        emit statusFailed(found.error());
                                },
                                [](const QString &error) { return Found::failure(error); });
}

void CaRolloverSession::start()
{
    using Made = Result<CaRollover::Authority>;
    setBusy(true);
    onRolloverThread<Made>(
        [](CaRollover &rollover) -> Made {
            const Result<CertificateAuthority> next = rollover.start();
            if (!next)
                return Made::failure(next.error());
            return CaRollover::describe(*next);
        },
        [this](const Made &made) {
            setBusy(false);
            emit stepFinished(Step::Start, made.ok(),
                              made ? tr("A new CA was made (SHA-256 %1). Agents keep the "
                                        "current CA until they are migrated.")
                                         .arg(made->fingerprint)
                                   : made.error());
        },
        [](const QString &error) { return Made::failure(error); });
}

void CaRolloverSession::send(
    Step step, const AgentCommand &command, const QVector<CommandTarget> &targets,
    const AgentTls::Credentials &credentials, std::function<void(const TargetOutcome &)> each,
    std::function<void(const QVector<TargetOutcome> &, const QString &, bool)> finished)
{
    auto *run = new CommandRun(
        command, targets,
        [credentials](const CommandTarget &) { return Result<AgentTls::Credentials>(credentials); },
        [open = m_openStore](const AuditEntry &entry) -> Result<qint64> {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Result<qint64>::failure(database.error());
            return AuditLog(database.value()).append(entry);
        },
        CommandRun::Options { 32, m_timeoutMs }, this);
    m_run = run;
    connect(run, &CommandRun::targetFinished, this,
            [this, each, total = run->total()](const TargetOutcome &outcome, int answered) {
                if (each)
                    each(outcome);
                emit agentAnswered(outcome, answered, total);
            });
    connect(run, &CommandRun::finished, this,
            [this, run, finished](const QVector<TargetOutcome> &outcomes, const QString &audit) {
                bool skipped = false;
                for (const TargetOutcome &outcome : outcomes)
                    skipped = skipped || outcome.kind == TargetOutcome::Kind::Skipped;
                run->deleteLater();
                m_run.clear();
                if (m_released) {
                    deleteLater();
                    return;
                }
                finished(outcomes, audit, skipped && m_cancelRequested);
            });
    emit sending(step, run->total());
    run->start();
}

void CaRolloverSession::cancel()
{
    m_cancelRequested = true;
    if (m_run)
        m_run->cancel();
}

void CaRolloverSession::migrate()
{
    using P = Planned<CaRollover::Migration>;
    m_cancelRequested = false;
    setBusy(true);
    // The rollover that planned keeps the answers, on the session's thread, where it is also
    // let go of at the end (its store connection belongs to that thread).
    auto holder = std::make_shared<std::optional<CaRollover>>();
    m_migration = holder;
    onRolloverThread<P>(
        [holder](CaRollover &rollover) -> P {
            Result<CaRollover::Migration> plan = rollover.planMigration();
            if (!plan)
                return P { {}, plan.error() };
            P planned { std::move(plan).value(), {} };
            holder->emplace(std::move(rollover));
            return planned;
        },
        [this](const P &planned) {
            if (!planned.plan) {
                endMigration();
                setBusy(false);
                emit stepFinished(Step::Migrate, false, planned.error);
                return;
            }
            if (m_cancelRequested) {
                // Cancelled while the agents were being counted: none is asked.
                endMigration();
                setBusy(false);
                emit stepFinished(Step::Migrate, false, tr("Cancelled: no agent was asked."));
                return;
            }
            if (planned.plan->targets.isEmpty()) {
                endMigration();
                setBusy(false);
                emit stepFinished(Step::Migrate, true,
                                  tr("No agent is left to move: every agent of this server "
                                     "already has a certificate of the new CA."));
                return;
            }
            auto moved = std::make_shared<int>(0);
            send(
                Step::Migrate, planned.plan->command, planned.plan->targets, planned.plan->console,
                [this, moved](const TargetOutcome &outcome) {
                    if (outcome.kind == TargetOutcome::Kind::Done)
                        ++*moved;
                    recordMigrated(outcome);
                },
                [this, moved](const QVector<TargetOutcome> &outcomes, const QString &audit,
                              bool cancelled) {
                    endMigration();
                    setBusy(false);
                    QString message = tr("%1 of %2 agent(s) moved to the new CA.")
                                          .arg(*moved)
                                          .arg(outcomes.size());
                    if (cancelled)
                        message += QLatin1Char(' ')
                            + tr("Cancelled: the agents not asked yet "
                                 "were skipped.");
                    if (*moved < outcomes.size())
                        message += QLatin1Char(' ')
                            + tr("Migrate again once the others are reachable.");
                    if (!audit.isEmpty())
                        message += QLatin1Char(' ')
                            + tr("The audit log did not record the command: %1").arg(audit);
                    emit stepFinished(Step::Migrate, *moved == outcomes.size() && audit.isEmpty(),
                                      message);
                });
        },
        [](const QString &error) {
            return P { {}, error };
        });
}

void CaRolloverSession::recordMigrated(const TargetOutcome &outcome)
{
    onThreadOf<QString>(
        m_worker, this,
        [holder = m_migration, outcome]() -> QString {
            if (!holder || !holder->has_value())
                return {};
            const Result<bool> recorded = (*holder)->recordMigrated(outcome);
            return recorded ? QString() : recorded.error();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                emit statusFailed(error);
        });
}

void CaRolloverSession::endMigration()
{
    if (!m_migration)
        return;
    // Let go of on the session's thread, after the answers posted before.
    QMetaObject::invokeMethod(
        m_worker, [holder = std::exchange(m_migration, {})] { holder->reset(); },
        Qt::QueuedConnection);
}

void CaRolloverSession::finish(bool force)
{
    using P = Planned<CaRollover::Finish>;
    m_cancelRequested = false;
    setBusy(true);
    onRolloverThread<P>(
        [force](CaRollover &rollover) -> P {
            Result<CaRollover::Finish> plan = rollover.planFinish();
            if (!plan)
                return P { {}, plan.error() };
            if (!plan->left.isEmpty() && !force)
                rollover.refuseFinish(*plan);
            return P { std::move(plan).value(), {} };
        },
        [this, force](const P &planned) {
            if (!planned.plan) {
                setBusy(false);
                emit stepFinished(Step::Finish, false, planned.error);
                return;
            }
            const CaRollover::Finish &plan = *planned.plan;
            if (!plan.left.isEmpty() && !force) {
                setBusy(false);
                emit stepFinished(
                    Step::Finish, false,
                    tr("%n agent(s) still depend on the old CA: migrate them once they are "
                       "reachable, or finish anyway (they will then refuse this server's "
                       "commands and show as unverified).",
                       nullptr, int(plan.left.size())));
                emit finishRefused(plan.left);
                return;
            }
            if (m_cancelRequested) {
                setBusy(false);
                emit stepFinished(Step::Finish, false,
                                  tr("Cancelled: the old CA was not retired. Finish again to "
                                     "retire it."));
                return;
            }
            if (plan.moved.isEmpty()) {
                retire(plan);
                return;
            }
            send(Step::Finish, plan.command, plan.moved, plan.console, {},
                 [this, plan](const QVector<TargetOutcome> &, const QString &, bool cancelled) {
                     if (cancelled) {
                         setBusy(false);
                         emit stepFinished(Step::Finish, false,
                                           tr("Cancelled: the old CA was not retired. Finish "
                                              "again to retire it."));
                         return;
                     }
                     retire(plan);
                 });
        },
        [](const QString &error) {
            return P { {}, error };
        });
}

void CaRolloverSession::retire(const CaRollover::Finish &plan)
{
    struct Retired
    {
        QString detail;
        QString fingerprint; // of the CA that is now current
        QString error;
    };
    onRolloverThread<Retired>(
        [plan](CaRollover &rollover) -> Retired {
            if (!rollover.identity().pending())
                return { {}, {}, tr("no CA rollover is going on: there is nothing to finish") };
            const QString next
                = certificateFingerprint(rollover.identity().pending()->certificate());
            const Result<QString> retired = rollover.retire(plan);
            if (!retired)
                return { {}, next, retired.error() };
            return { *retired, next, {} };
        },
        [this](const Retired &retired) {
            setBusy(false);
            emit stepFinished(Step::Finish, retired.error.isEmpty(),
                              retired.error.isEmpty() ? retired.detail : retired.error);
            // Retired, even when the audit log refused the entry: the console follows the CA.
            if (!retired.fingerprint.isEmpty())
                reloadConsole(retired.fingerprint);
        },
        [](const QString &error) {
            return Retired { {}, {}, error };
        });
}

void CaRolloverSession::reloadConsole(const QString &fingerprint)
{
    if (!m_identity) {
        emit consoleReloadFailed(tr("this console's identity is not loaded here"));
        return;
    }
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto disconnectAll = [connections] {
        for (const QMetaObject::Connection &connection : *connections)
            QObject::disconnect(connection);
    };
    connections->append(
        connect(m_identity, &ConsoleIdentity::loaded, this, [this, fingerprint, disconnectAll] {
            disconnectAll();
            const QString loaded = certificateFingerprint(m_identity->authority().certificate());
            if (loaded == fingerprint)
                emit consoleReloaded(loaded);
            else
                emit consoleReloadFailed(
                    tr("the console loaded the CA %1, not the new %2").arg(loaded, fingerprint));
        }));
    connections->append(connect(m_identity, &ConsoleIdentity::failed, this,
                                [this, disconnectAll](const QString &error) {
                                    disconnectAll();
                                    emit consoleReloadFailed(error);
                                }));
    m_identity->load();
}
