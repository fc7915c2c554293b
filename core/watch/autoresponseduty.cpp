#include "watch/autoresponseduty.h"

#include "agentlink/agenttext.h"
#include "commands/commandtarget.h"
#include "common/clock.h"
#include "quarantine/autoresponsestore.h"
#include "store/auditlog.h"
#include "watch/autoresponselink.h"

namespace {
QDateTime now()
{
    return Clock::instance().now().toUTC();
}

// Reference 002, "corrective action when the automatic action fails": the administrator takes
// the action by hand, checks it took effect, and removes the risk before the computer is used.
QString quarantineAdvice()
{
    return AutoResponseDuty::tr(
        "Quarantine the computer by hand (Quarantine in its context menu, or osmgmt-cli "
        "quarantine) and check it on the Computer Quarantine Status page; if it cannot be "
        "quarantined, disconnect it from the network on site. Then remove the risk with the "
        "antivirus's corrective action and a virus scan that finds nothing before you release it.");
}

QString serviceAdvice()
{
    return AutoResponseDuty::tr(
        "Start the service by hand (Start service in its context menu, or osmgmt-cli "
        "start-service) or on the computer, and check that the agent reports it running; if it "
        "stops again, scan the computer: a risk may be stopping it.");
}

QString adviceFor(const QString &action)
{
    return action == toKey(AutoResponseRule::Action::StartService) ? serviceAdvice()
                                                                   : quarantineAdvice();
}

QString reachAdvice(const QString &action)
{
    return AutoResponseDuty::tr("Check that the computer is on and reachable (Diagnose "
                                "connectivity). %1")
        .arg(adviceFor(action));
}
} // namespace

AutoResponseDuty::AutoResponseDuty(std::shared_ptr<AutoResponseLink> link)
    : m_link(std::move(link))
{
    Q_ASSERT(m_link);
}

Result<QString> AutoResponseDuty::runRound(const std::shared_ptr<Database> &store)
{
    const Result<AutoResponseStore::Stored> stored = AutoResponseStore(store).load();
    if (!stored)
        return Result<QString>::failure(stored.error());
    if (!stored->settings.enabled)
        return tr("automatic response is off");
    const AutoResponseLog log(store);
    const Result<QVector<NumberedDetection>> detections = log.unconsidered(detectionsPerRound);
    if (!detections)
        return Result<QString>::failure(detections.error());
    Tally tally;
    for (const NumberedDetection &detection : *detections) {
        if (m_cancelled)
            break;
        if (const Result<Done> considered = consider(detection, *stored, log, store, tally);
            !considered)
            return Result<QString>::failure(considered.error());
    }
    QString text = tr("detections considered: %1; verified: %2, failed: %3, notified: %4")
                       .arg(detections->size())
                       .arg(tally.verified)
                       .arg(tally.failed)
                       .arg(tally.notified);
    if (tally.left > 0)
        text += QStringLiteral("; ") + tr("%n left for the next round", nullptr, tally.left);
    return text;
}

Result<Done> AutoResponseDuty::consider(const NumberedDetection &detection,
                                        const AutoResponseStore::Stored &stored,
                                        const AutoResponseLog &log,
                                        const std::shared_ptr<Database> &store, Tally &tally)
{
    AutoResponseRecord record;
    record.detectionId = detection.id;
    record.address = detection.stored.address;
    record.name = detection.stored.name;
    // Agent text: printable before it reaches the store's record, the events and the page.
    record.threat = AgentText::printable(detection.stored.detection.threat);
    record.startedAt = now();
    const std::optional<int> index = stored.settings.ruleFor(detection.stored.detection.threat);
    const bool before = detection.stored.reportedAt < stored.enabledSince;
    if (before || !index) {
        record.outcome = QLatin1String(before ? AutoResponseOutcome::beforeEnabled
                                              : AutoResponseOutcome::noRule);
        record.finishedAt = record.startedAt;
        const Result<bool> claimed = log.claim(record);
        return claimed ? Result<Done>(Done {}) : Result<Done>::failure(claimed.error());
    }
    if (tally.verified + tally.failed + tally.notified >= actionsPerRound) {
        ++tally.left;
        return Done {};
    }
    const AutoResponseRule &rule = stored.settings.rules.at(*index);
    record.ruleName = rule.ruleName(*index);
    record.action = toKey(rule.action);
    record.outcome = QLatin1String(AutoResponseOutcome::pending);
    const Result<bool> claimed = log.claim(record);
    if (!claimed)
        return Result<Done>::failure(claimed.error());
    if (!*claimed)
        return Done {}; // another watcher's, or an earlier round's
    const QString note = tr("automatic response of the watcher to detection %1 (%2), rule %3")
                             .arg(detection.id)
                             .arg(record.threat, record.ruleName);
    respond(record, rule, log, note);
    const Result<Done> finished = log.finish(record, { eventOf(record, detection) });
    if (!finished)
        return finished;
    if (const Result<Done> audited = audit(store, record, note); !audited)
        return audited;
    tally.verified += record.outcome == QLatin1String(AutoResponseOutcome::verified) ? 1 : 0;
    tally.failed += record.outcome == QLatin1String(AutoResponseOutcome::failed) ? 1 : 0;
    tally.notified += record.outcome == QLatin1String(AutoResponseOutcome::notified) ? 1 : 0;
    return Done {};
}

void AutoResponseDuty::respond(AutoResponseRecord &record, const AutoResponseRule &rule,
                               const AutoResponseLog &log, const QString &note)
{
    if (rule.action == AutoResponseRule::Action::Notify) {
        record.outcome = QLatin1String(AutoResponseOutcome::notified);
        record.reason = tr("Notified only: decide what to do with the computer.");
        record.finishedAt = now();
        return;
    }
    const Result<std::optional<quint16>> port = log.agentPortOf(record.address);
    if (!port || !*port)
        fail(record, port ? tr("no agent port is known for this computer") : port.error(),
             adviceFor(record.action));
    else if (!m_link->hasCredentials())
        fail(record,
             tr("this console has no client certificate to present (its identity is not loaded, "
                "or the keychain is locked)"),
             adviceFor(record.action));
    else if (rule.action == AutoResponseRule::Action::Quarantine)
        quarantine(record, { record.address, **port, record.name, {} }, note);
    else
        startServices(record, rule, { record.address, **port, record.name, {} }, note);
    record.finishedAt = now();
}

void AutoResponseDuty::quarantine(AutoResponseRecord &record, const CommandTarget &target,
                                  const QString &note)
{
    const TargetOutcome sent
        = m_link->send(AgentCommand::quarantine(), target, note, &record.commandAuditId);
    if (sent.kind != TargetOutcome::Kind::Done) {
        fail(record, describe(sent),
             sent.kind == TargetOutcome::Kind::Unreachable ? reachAdvice(record.action)
                                                           : quarantineAdvice());
        return;
    }
    // Reference 002, step 3: the administrator confirms the quarantine took effect. The agent's
    // `done` is its word; its status afterwards is what it enforces.
    const StatusOutcome status = m_link->status(target);
    if (status.kind != CommandOutcome::Kind::Done)
        fail(record,
             tr("the agent said it quarantined the computer, but its status could not be read "
                "to check it: %1")
                 .arg(status.detail),
             reachAdvice(record.action));
    else if (!status.report.status.quarantined)
        fail(record,
             tr("the agent said it quarantined the computer, but its status does not say it is "
                "quarantined"),
             quarantineAdvice());
    else
        verify(record, tr("the agent's status says the computer is quarantined"));
}

void AutoResponseDuty::startServices(AutoResponseRecord &record, const AutoResponseRule &rule,
                                     const CommandTarget &target, const QString &note)
{
    const StatusOutcome before = m_link->status(target);
    if (before.kind != CommandOutcome::Kind::Done) {
        fail(record, tr("the agent's status could not be read: %1").arg(before.detail),
             reachAdvice(record.action));
        return;
    }
    QStringList services;
    for (const ServiceState &service : before.report.status.services) {
        if (rule.service.isEmpty() ? !service.running : service.name == rule.service)
            services.append(service.name);
    }
    if (services.isEmpty() && !rule.service.isEmpty()) {
        fail(record, tr("the agent reports no service %1").arg(rule.service), serviceAdvice());
        return;
    }
    if (services.isEmpty()) {
        verify(record, tr("every service of the agent was running already"));
        return;
    }
    for (const QString &service : std::as_const(services)) {
        const TargetOutcome sent = m_link->send(AgentCommand::startService(service), target, note,
                                                &record.commandAuditId);
        if (sent.kind != TargetOutcome::Kind::Done) {
            fail(record, QStringLiteral("%1: %2").arg(service, describe(sent)), serviceAdvice());
            return;
        }
    }
    const StatusOutcome after = m_link->status(target);
    if (after.kind != CommandOutcome::Kind::Done) {
        fail(record,
             tr("the agent said it started the service, but its status could not be read to "
                "check it: %1")
                 .arg(after.detail),
             reachAdvice(record.action));
        return;
    }
    QStringList stopped = services;
    for (const ServiceState &service : after.report.status.services) {
        if (service.running)
            stopped.removeAll(service.name);
    }
    if (!stopped.isEmpty())
        fail(record,
             tr("the agent said it started the service, but its status says %1 is not running")
                 .arg(stopped.join(QStringLiteral(", "))),
             serviceAdvice());
    else
        verify(
            record,
            tr("the agent's status says %1 is running").arg(services.join(QStringLiteral(", "))));
}

void AutoResponseDuty::fail(AutoResponseRecord &record, const QString &why, const QString &advice)
{
    record.outcome = QLatin1String(AutoResponseOutcome::failed);
    record.reason = tr("Failed: %1. What to do: %2").arg(AgentText::printable(why), advice);
}

void AutoResponseDuty::verify(AutoResponseRecord &record, const QString &seen)
{
    record.outcome = QLatin1String(AutoResponseOutcome::verified);
    record.reason = tr("Verified: %1.").arg(seen);
}

QString AutoResponseDuty::describe(const TargetOutcome &outcome)
{
    switch (outcome.kind) {
    case TargetOutcome::Kind::Done:
        return tr("done: %1").arg(outcome.detail);
    case TargetOutcome::Kind::Refused:
        return tr("the agent refused the command: %1").arg(outcome.detail);
    case TargetOutcome::Kind::Failed:
        return tr("the agent could not do it: %1").arg(outcome.detail);
    case TargetOutcome::Kind::Unreachable:
        return tr("the agent did not answer: %1").arg(outcome.detail);
    case TargetOutcome::Kind::ProtocolError:
        return tr("the conversation with the agent failed: %1").arg(outcome.detail);
    case TargetOutcome::Kind::Skipped:
        return tr("the command was not sent: %1").arg(outcome.detail);
    }
    Q_UNREACHABLE();
}

ComputerEvent AutoResponseDuty::eventOf(const AutoResponseRecord &record,
                                        const NumberedDetection &detection)
{
    ComputerEvent event;
    event.at = record.finishedAt;
    event.kind = QLatin1String(record.outcome == QLatin1String(AutoResponseOutcome::verified)
                                   ? EventKind::autoResponseVerified
                                   : record.outcome == QLatin1String(AutoResponseOutcome::notified)
                                   ? EventKind::autoResponseNotified
                                   : EventKind::autoResponseFailed);
    event.name = record.name;
    event.address = record.address;
    event.to = record.action;
    const Detection &found = detection.stored.detection;
    const std::optional<AutoResponseRule::Action> action = autoResponseActionFromKey(record.action);
    event.detail = tr("%1 detected (%2, %3); rule %4: %5. %6")
                       .arg(AgentText::printable(found.threat), found.localTimeText(),
                            AgentText::printable(found.path), record.ruleName,
                            action ? displayName(*action) : record.action, record.reason);
    return event;
}

Result<Done> AutoResponseDuty::audit(const std::shared_ptr<Database> &store,
                                     const AutoResponseRecord &record, const QString &note)
{
    AuditEntry entry;
    entry.at = record.finishedAt;
    entry.osUser = AuditLog::currentOsUser();
    entry.action = auditAction();
    entry.detail = note;
    entry.targets.append({ record.address, record.outcome, record.reason });
    const Result<qint64> appended = AuditLog(store).append(entry);
    if (!appended)
        return Result<Done>::failure(
            tr("the automatic response on %1 is recorded, but the audit log refused its entry: %2")
                .arg(record.address, appended.error()));
    return Done {};
}
