#include "commands/commandrun.h"

#include "commands/commandworker.h"

#include <QThread>

CommandRun::CommandRun(AgentCommand command, QVector<CommandTarget> targets,
                       Credentials credentials, Audit audit, Options options, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_targets(targets)
    , m_thread(new QThread(this))
    , m_worker(new CommandWorker(std::move(command), std::move(targets), std::move(credentials),
                                 std::move(audit), options))
    , m_cancelled(m_worker->cancelFlag())
{
    qRegisterMetaType<TargetOutcome>();
    qRegisterMetaType<QVector<TargetOutcome>>();
    m_thread->setObjectName(QStringLiteral("commands"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CommandWorker::targetFinished, this, &CommandRun::targetFinished);
    connect(m_worker, &CommandWorker::finished, this,
            [this](const QVector<TargetOutcome> &outcomes, const QString &auditError) {
                m_thread->quit();
                emit finished(outcomes, auditError);
            });
}

CommandRun::~CommandRun()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
    if (!m_started)
        delete m_worker;
}

void CommandRun::start()
{
    m_started = true;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &CommandWorker::run, Qt::QueuedConnection);
}

void CommandRun::cancel()
{
    // The flag, not the worker: the worker may already be gone with its thread.
    *m_cancelled = true;
}

QString CommandRun::auditDetail(const AgentCommand &command)
{
    switch (command.kind) {
    case AgentCommand::Kind::Move:
        return tr("to server \"%1\"").arg(command.server);
    case AgentCommand::Kind::StartService:
        return tr("service \"%1\"").arg(command.service);
    case AgentCommand::Kind::Rollover:
        return tr("to the new CA %1")
            .arg(certificateFingerprint(QSslCertificate(command.caPem, QSsl::Pem)));
    case AgentCommand::Kind::Warn:
        return tr("message \"%1\"").arg(command.warning);
    case AgentCommand::Kind::Quarantine:
    case AgentCommand::Kind::Release:
    case AgentCommand::Kind::Register:
    case AgentCommand::Kind::FinishRollover:
        return QString();
    }
    Q_UNREACHABLE();
}
