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
    if (!recordIntent())
        return;
    if (m_targets.isEmpty()) {
        finishRun();
        return;
    }
    while (m_running < std::max(1, m_options.parallel) && m_next < m_targets.size())
        startNext();
}

bool CommandWorker::recordIntent()
{
    const Result<qint64> intent = m_audit(auditEntry(QLatin1String(AuditPhase::intent)));
    if (intent) {
        m_intentId = intent.value();
        return true;
    }
    m_intentError = intent.error();
    Logging::get("agent")->error("the audit log did not take the intent of the {} command, so "
                                 "nothing is sent: {}",
                                 m_command.type(), m_intentError);
    // Nothing was sent; each computer says why, and finishRun() reports the audit error.
    m_next = int(m_targets.size());
    if (m_targets.isEmpty())
        finishRun();
    for (int i = 0; i < m_targets.size(); ++i)
        record(i, TargetOutcome::Kind::Skipped,
               tr("not sent: the audit log could not record the command first"));
    return false;
}

AuditEntry CommandWorker::auditEntry(const QString &phase) const
{
    AuditEntry entry;
    entry.at = Clock::instance().now();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = m_command.type();
    entry.detail = CommandRun::auditDetail(m_command);
    if (!m_options.auditNote.isEmpty())
        entry.detail = entry.detail.isEmpty()
            ? m_options.auditNote
            : entry.detail + QStringLiteral("; ") + m_options.auditNote;
    entry.phase = phase;
    const bool intent = phase == QLatin1String(AuditPhase::intent);
    if (!intent)
        entry.intentId = m_intentId;
    for (const TargetOutcome &outcome : m_outcomes)
        entry.targets.append(
            { outcome.target.address,
              intent ? QStringLiteral("pending") : TargetOutcome::key(outcome.kind),
              intent ? QString() : outcome.detail });
    return entry;
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
    if (m_intentId == 0) {
        emit finished(m_outcomes, m_intentError);
        return;
    }
    AuditEntry entry = auditEntry(QLatin1String(AuditPhase::outcome));
    if (*m_cancelled)
        entry.detail += tr(" (cancelled by the administrator)");
    QString auditError;
    const Result<qint64> appended = m_audit(entry);
    if (!appended) {
        auditError = appended.error();
        Logging::get("agent")->error("the audit log did not take the {} command: {}",
                                     m_command.type(), auditError);
    }
    emit finished(m_outcomes, auditError);
}
