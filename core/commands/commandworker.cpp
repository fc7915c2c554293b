#include "commands/commandworker.h"

#include "agentlink/agentcommandclient.h"
#include "common/clock.h"
#include "common/logging.h"
#include "store/auditlog.h"

#include <QHostAddress>

namespace {
TargetOutcome::Kind kindOf(CommandOutcome::Kind kind)
{
    switch (kind) {
    case CommandOutcome::Kind::Done:
        return TargetOutcome::Kind::Done;
    case CommandOutcome::Kind::Refused:
        return TargetOutcome::Kind::Refused;
    case CommandOutcome::Kind::Failed:
        return TargetOutcome::Kind::Failed;
    case CommandOutcome::Kind::Unreachable:
        return TargetOutcome::Kind::Unreachable;
    case CommandOutcome::Kind::ProtocolError:
        return TargetOutcome::Kind::ProtocolError;
    }
    Q_UNREACHABLE();
}
} // namespace

CommandWorker::CommandWorker(AgentCommand command, QVector<CommandTarget> targets,
                             CommandRun::Credentials credentials, CommandRun::Audit audit,
                             CommandRun::Options options)
    : m_command(std::move(command))
    , m_targets(std::move(targets))
    , m_credentials(std::move(credentials))
    , m_audit(std::move(audit))
    , m_options(options)
{
    m_outcomes.resize(m_targets.size());
    for (int i = 0; i < m_targets.size(); ++i)
        m_outcomes[i].target = m_targets[i];
}

void CommandWorker::run()
{
    Logging::get("agent")->info("{} on {} computers", m_command.type(), m_targets.size());
    if (m_targets.isEmpty()) {
        finishRun();
        return;
    }
    while (m_running < std::max(1, m_options.parallel) && m_next < m_targets.size())
        startNext();
}

void CommandWorker::startNext()
{
    const int index = m_next++;
    const CommandTarget &target = m_targets[index];
    if (*m_cancelled) {
        record(index, TargetOutcome::Kind::Skipped, tr("cancelled before it was sent"));
        return;
    }
    const QHostAddress address(target.address);
    if (address.isNull()) {
        record(index, TargetOutcome::Kind::Skipped,
               tr("\"%1\" is not an IP address").arg(target.address));
        return;
    }
    if (target.port == 0) {
        record(index, TargetOutcome::Kind::Skipped, tr("no agent port is known for this computer"));
        return;
    }
    Result<AgentTls::Credentials> credentials = m_credentials(target);
    if (!credentials) {
        record(index, TargetOutcome::Kind::Skipped, credentials.error());
        return;
    }
    ++m_running;
    auto *client = new AgentCommandClient(credentials.value(), m_options.timeoutMs, this);
    connect(client, &AgentCommandClient::finished, this,
            [this, client, index](const CommandOutcome &outcome) {
                client->deleteLater();
                --m_running;
                record(index, kindOf(outcome.kind), outcome.detail);
            });
    client->start(address, target.port, m_command);
}

void CommandWorker::record(int index, TargetOutcome::Kind kind, const QString &detail)
{
    TargetOutcome &outcome = m_outcomes[index];
    outcome.kind = kind;
    outcome.detail = detail;
    ++m_finished;
    Logging::get("agent")->info("{} {}:{}: {} {}", m_command.type(), outcome.target.address,
                                outcome.target.port, TargetOutcome::key(kind), detail);
    emit targetFinished(outcome, m_finished);
    if (m_next < m_targets.size())
        startNext();
    else if (m_finished == m_targets.size())
        finishRun();
}

void CommandWorker::finishRun()
{
    AuditEntry entry;
    entry.at = Clock::instance().now();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = m_command.type();
    entry.detail = CommandRun::auditDetail(m_command);
    if (*m_cancelled)
        entry.detail += tr(" (cancelled by the administrator)");
    for (const TargetOutcome &outcome : std::as_const(m_outcomes))
        entry.targets.append(
            { outcome.target.address, TargetOutcome::key(outcome.kind), outcome.detail });
    QString auditError;
    const Result<qint64> appended = m_audit(entry);
    if (!appended) {
        auditError = appended.error();
        Logging::get("agent")->error("the audit log did not take the {} command: {}",
                                     m_command.type(), auditError);
    }
    emit finished(m_outcomes, auditError);
}
