#include "agentresponder.h"

#include "agentlink/agentcommand.h"
#include "agentlink/agenttext.h"
#include "agentlink/agenttls.h"
#include "agentlink/handshake.h"
#include "common/logging.h"
#include "identity/certificateauthority.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AgentResponder", text);
}
} // namespace

QJsonObject AgentResponder::answer(const QJsonObject &request,
                                   const QList<QSslCertificate> &peerChain,
                                   const QHostAddress &peerAddress, const QString &peer)
{
    const QString type = request.value(QStringLiteral("type")).toString();
    if (type == MessageType::status) {
        // docs/security.md, "Status": the health report (services, patterns, addresses, the
        // operating system) only for its server's console; anyone else gets what classifying
        // needs, the identity the hello gives too.
        // Both answers carry the agent's clock: a skewed one breaks TLS (reference 003), and the
        // console can only say so if it hears the time even where its certificate was refused.
        if (!refusal(peerChain).isEmpty())
            return reducedStatusMessage(m_state.identity(), m_state.now());
        AgentStatus status = m_state.currentStatus();
        status.time = m_state.now();
        return statusMessage(m_state.identity(), status);
    }
    if (AgentCommand::isCommandType(type))
        return answerCommand(request, peerChain, peerAddress, peer);
    return replyTo(request, m_state.identity());
}

QJsonObject AgentResponder::answerCommand(const QJsonObject &request,
                                          const QList<QSslCertificate> &peerChain,
                                          const QHostAddress &peerAddress, const QString &peer)
{
    const auto log = Logging::get("agent");
    // What the peer sent is data: printable before it reaches the log.
    const QString type = AgentText::printable(request.value(QStringLiteral("type")).toString());
    // The answer names the request it answers (docs/agent-protocol.md, "Commands").
    const QString id = request.value(QStringLiteral("id")).toString();
    bool byPinned = false;
    const QString refused = refusal(peerChain, &byPinned);
    if (!refused.isEmpty()) {
        log->warn("{}: {} from {} refused: {}", m_state.identity().name, type, peer, refused);
        return errorMessage(ErrorCode::refused, refused, id);
    }
    const Result<AgentCommand> command = AgentCommand::fromMessage(request);
    if (!command) {
        log->warn("{}: invalid {} from {}: {}", m_state.identity().name, type, peer,
                  AgentText::printable(command.error()));
        return errorMessage(ErrorCode::invalid, command.error(), id);
    }
    // docs/security.md, "The Client Mover hands over no master key": the old server's move-only
    // credential may tell this agent to move, and nothing else. Its validity (a few days) was
    // checked with the chain above.
    if (command->kind != AgentCommand::Kind::Move && isMoveOnly(peerChain.first())) {
        const QString moveOnly = tr("command refused: the client certificate is a move-only "
                                    "credential, which may only move this agent");
        log->warn("{}: {} from {} refused: {}", m_state.identity().name, type, peer, moveOnly);
        return errorMessage(ErrorCode::refused, moveOnly, id);
    }
    const bool rollover = command->kind == AgentCommand::Kind::Rollover
        || command->kind == AgentCommand::Kind::FinishRollover;
    // A console commands with its new CA only once it finished the rollover: such a command
    // finishes it here too, for an agent that missed finish-rollover (it was offline).
    if (byPinned && !rollover && m_state.previousCa()) {
        const Result<QString> finished = m_state.finishRollover();
        log->info("{}: a command of the pinned CA: {}", m_state.identity().name,
                  finished ? *finished : finished.error());
    }
    QJsonObject reply
        = rollover ? executeRollover(*command, byPinned) : execute(*command, peerAddress);
    reply.insert(QStringLiteral("id"), id);
    log->info(
        "{}: {} from {} ({}): {}", m_state.identity().name, type, peer,
        AgentText::printable(
            peerChain.first().subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(','))),
        AgentText::printable(reply.value(QStringLiteral("detail"))
                                 .toString(reply.value(QStringLiteral("reason")).toString())));
    return reply;
}

QString AgentResponder::refusal(const QList<QSslCertificate> &peerChain, bool *byPinned) const
{
    if (peerChain.isEmpty())
        return tr("command refused: no client certificate");
    if (!m_state.pinnedCa())
        return tr("command refused: this agent knows no CA of its server \"%1\"")
            .arg(m_state.identity().server);
    const Result<QString> verified = AgentTls::verifyClientChain(peerChain, *m_state.pinnedCa());
    if (byPinned)
        *byPinned = bool(verified);
    if (verified)
        return {};
    // docs/security.md, "Rolling the CA over": until the rollover is finished, the consoles of
    // the CA pinned before it still command this agent.
    if (m_state.previousCa() && AgentTls::verifyClientChain(peerChain, *m_state.previousCa()))
        return {};
    return tr("command refused: %1").arg(verified.error());
}

// docs/security.md, "Rolling the CA over". A rollover comes from a console of either CA (the
// console commands with its current CA until it finishes); only the new CA's console finishes it.
QJsonObject AgentResponder::executeRollover(const AgentCommand &command, bool byPinned)
{
    if (command.kind == AgentCommand::Kind::FinishRollover) {
        if (!byPinned)
            return errorMessage(ErrorCode::refused,
                                tr("command refused: only a console of the CA this agent pins "
                                   "now may finish the rollover"));
        const Result<QString> finished = m_state.finishRollover();
        if (!finished)
            return errorMessage(ErrorCode::failed, finished.error());
        return doneMessage(command.type(), *finished);
    }
    const Result<QString> rolled = m_state.rollOver(command.caPem, command.certificatePem);
    if (!rolled)
        return errorMessage(ErrorCode::invalid, tr("rollover: %1").arg(rolled.error()));
    return doneMessage(command.type(), *rolled);
}

QJsonObject AgentResponder::execute(const AgentCommand &command, const QHostAddress &peerAddress)
{
    const bool registration
        = command.kind == AgentCommand::Kind::Move || command.kind == AgentCommand::Kind::Register;
    if (!registration && m_state.host())
        return executeOnHost(command, peerAddress);
    switch (command.kind) {
    case AgentCommand::Kind::Move: {
        const Result<QSslCertificate> ca = AgentTls::parseCaCertificate(command.caPem);
        if (!ca)
            return errorMessage(ErrorCode::invalid, tr("move: %1").arg(ca.error()));
        const QString previous = m_state.identity().server;
        m_state.registerWith(command.server, *ca);
        QString detail = tr("moved from %1 to %2").arg(previous, command.server);
        // The new server's console sends the agent certificate with the move: one step.
        if (!command.certificatePem.isEmpty()) {
            const Result<bool> kept = m_state.acceptCertificate(command.certificatePem);
            detail += kept ? tr(", agent certificate kept")
                           : tr(", but its agent certificate was refused: %1").arg(kept.error());
        }
        return doneMessage(command.type(), detail);
    }
    case AgentCommand::Kind::Register: {
        const Result<bool> kept = m_state.acceptCertificate(command.certificatePem);
        if (!kept)
            return errorMessage(ErrorCode::invalid, tr("register: %1").arg(kept.error()));
        return doneMessage(
            command.type(),
            tr("registered to %1: agent certificate kept, valid until %2")
                .arg(m_state.identity().server,
                     m_state.agentCertificate()->expiryDate().toString(Qt::ISODate)));
    }
    case AgentCommand::Kind::Quarantine:
        return doneMessage(command.type(),
                           m_state.setQuarantined(true, peerAddress.toString())
                               ? tr("quarantined")
                               : tr("already quarantined"));
    case AgentCommand::Kind::Release:
        return doneMessage(command.type(),
                           m_state.setQuarantined(false, peerAddress.toString())
                               ? tr("released from quarantine")
                               : tr("was not quarantined"));
    case AgentCommand::Kind::Warn:
        m_state.warnUser(command.warning);
        return doneMessage(command.type(), tr("the user was warned"));
    case AgentCommand::Kind::Rollover:
    case AgentCommand::Kind::FinishRollover:
        break; // executeRollover()
    case AgentCommand::Kind::StartService: {
        const Result<bool> started = m_state.startService(command.service);
        if (!started)
            return errorMessage(ErrorCode::failed, started.error());
        return doneMessage(command.type(),
                           *started ? tr("%1 started").arg(command.service)
                                    : tr("%1 was running").arg(command.service));
    }
    }
    return errorMessage(ErrorCode::invalid, tr("unknown command"));
}

// The real agent: the host does it, and says what happened or why it could not.
QJsonObject AgentResponder::executeOnHost(const AgentCommand &command,
                                          const QHostAddress &peerAddress)
{
    HostControl &host = *m_state.host();
    Result<QString> done = Result<QString>::failure(tr("unknown command"));
    switch (command.kind) {
    case AgentCommand::Kind::Quarantine:
        done = host.quarantine(peerAddress);
        break;
    case AgentCommand::Kind::Release:
        done = host.release();
        break;
    case AgentCommand::Kind::StartService:
        done = host.startService(command.service);
        break;
    case AgentCommand::Kind::Warn:
        done = host.warnUser(command.warning);
        break;
    case AgentCommand::Kind::Move:
    case AgentCommand::Kind::Register:
    case AgentCommand::Kind::Rollover:
    case AgentCommand::Kind::FinishRollover:
        break;
    }
    if (!done)
        return errorMessage(ErrorCode::failed, done.error());
    return doneMessage(command.type(), *done);
}
