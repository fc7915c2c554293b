#include "agentlink/agentcommand.h"

#include "agentlink/agentframe.h"
#include "agentlink/agenttext.h"
#include "agentlink/handshake.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace {
const QString typeKey = QStringLiteral("type");
const QString serverKey = QStringLiteral("server");
const QString caKey = QStringLiteral("ca");
const QString serviceKey = QStringLiteral("service");
const QString reasonKey = QStringLiteral("reason");
const QString idKey = QStringLiteral("id");
const QString certificateKey = QStringLiteral("certificate");
const QString messageKey = QStringLiteral("message");

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentCommand", text);
}

AgentCommand ofKind(AgentCommand::Kind kind)
{
    AgentCommand command;
    command.kind = kind;
    return command;
}
} // namespace

AgentCommand AgentCommand::move(const QString &server, const QByteArray &caPem)
{
    AgentCommand command = ofKind(Kind::Move);
    command.server = server;
    command.caPem = caPem;
    return command;
}

AgentCommand AgentCommand::move(const QString &server, const CertificateAuthority &newServer)
{
    AgentCommand command = move(server, newServer.certificatePem());
    command.issuer = newServer;
    return command;
}

AgentCommand AgentCommand::registration(const CertificateAuthority &thisServer)
{
    AgentCommand command = ofKind(Kind::Register);
    command.issuer = thisServer;
    return command;
}

Result<AgentCommand> AgentCommand::withAgentCertificate(const QSslCertificate &presented,
                                                        const QString &address) const
{
    AgentCommand command = *this;
    if (!issuer)
        return command;
    if (!provenBy.isEmpty()) {
        bool proven = false;
        for (const QSslCertificate &authority : provenBy)
            proven = proven
                || (checkIssuedBy({ presented }, authority, CertificateUse::Server).fault
                        == ChainCheck::Fault::None
                    && certificateNamesAddress(presented, address));
        if (!proven)
            return Result<AgentCommand>::failure(
                tr("the agent at %1 does not present an agent certificate of this server's CA "
                   "for that address: it is not moved to the new CA (register it first)")
                    .arg(address));
    }
    const Result<QSslCertificate> issued
        = issuer->issueAgentCertificate(presented, address, QString(), agentCertificateDays);
    if (!issued)
        return Result<AgentCommand>::failure(issued.error());
    command.certificatePem = issued->toPem();
    return command;
}

QString AgentCommand::newRequestId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id;
    for (quint32 word : words)
        id += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return id;
}

AgentCommand AgentCommand::rollover(const CertificateAuthority &newCa,
                                    QList<QSslCertificate> provenBy)
{
    AgentCommand command = ofKind(Kind::Rollover);
    command.caPem = newCa.certificatePem();
    command.issuer = newCa;
    command.provenBy = std::move(provenBy);
    return command;
}

AgentCommand AgentCommand::finishRollover()
{
    return ofKind(Kind::FinishRollover);
}

AgentCommand AgentCommand::warn(const QString &message)
{
    AgentCommand command = ofKind(Kind::Warn);
    command.warning = message;
    return command;
}

AgentCommand AgentCommand::quarantine()
{
    return ofKind(Kind::Quarantine);
}

AgentCommand AgentCommand::release()
{
    return ofKind(Kind::Release);
}

AgentCommand AgentCommand::startService(const QString &service)
{
    AgentCommand command = ofKind(Kind::StartService);
    command.service = service;
    return command;
}

QString AgentCommand::type() const
{
    switch (kind) {
    case Kind::Move:
        return MessageType::move;
    case Kind::Quarantine:
        return MessageType::quarantine;
    case Kind::Release:
        return MessageType::release;
    case Kind::StartService:
        return MessageType::startService;
    case Kind::Register:
        return MessageType::registration;
    case Kind::Rollover:
        return MessageType::rollover;
    case Kind::FinishRollover:
        return MessageType::finishRollover;
    case Kind::Warn:
        return MessageType::warn;
    }
    return {};
}

QJsonObject AgentCommand::toMessage() const
{
    QJsonObject message { { typeKey, type() } };
    if (kind == Kind::Move)
        message.insert(serverKey, server);
    if (kind == Kind::Move || kind == Kind::Rollover)
        message.insert(caKey, QString::fromLatin1(caPem));
    if (kind == Kind::StartService)
        message.insert(serviceKey, service);
    if (kind == Kind::Warn)
        message.insert(messageKey, warning);
    if (!certificatePem.isEmpty())
        message.insert(certificateKey, QString::fromLatin1(certificatePem));
    if (!requestId.isEmpty())
        message.insert(idKey, requestId);
    return message;
}

bool AgentCommand::isCommandType(const QString &type)
{
    return type == MessageType::move || type == MessageType::quarantine
        || type == MessageType::release || type == MessageType::startService
        || type == MessageType::registration || type == MessageType::rollover
        || type == MessageType::finishRollover || type == MessageType::warn;
}

Result<AgentCommand> AgentCommand::fromMessage(const QJsonObject &message)
{
    const Result<AgentCommand> parsed = commandIn(message);
    if (!parsed)
        return parsed;
    AgentCommand command = parsed.value();
    command.requestId = message.value(idKey).toString();
    command.certificatePem = message.value(certificateKey).toString().toLatin1();
    if (command.kind == Kind::Register && command.certificatePem.isEmpty())
        return Result<AgentCommand>::failure(tr("register carries no certificate"));
    if (command.kind == Kind::Rollover && command.certificatePem.isEmpty())
        return Result<AgentCommand>::failure(tr("rollover carries no certificate"));
    return command;
}

Result<AgentCommand> AgentCommand::commandIn(const QJsonObject &message)
{
    const QString type = message.value(typeKey).toString();
    if (type == MessageType::quarantine)
        return quarantine();
    if (type == MessageType::release)
        return release();
    if (type == MessageType::registration) {
        AgentCommand command;
        command.kind = Kind::Register;
        return command;
    }
    if (type == MessageType::finishRollover)
        return finishRollover();
    if (type == MessageType::rollover) {
        const QString ca = message.value(caKey).toString();
        if (ca.isEmpty())
            return Result<AgentCommand>::failure(tr("rollover carries no CA certificate"));
        AgentCommand command = ofKind(Kind::Rollover);
        command.caPem = ca.toLatin1();
        return command;
    }
    if (type == MessageType::warn) {
        // What a user will read: the console's text, so plain and bounded; an agent shows it
        // without interpreting it.
        const QString text = message.value(messageKey).toString();
        if (text.trimmed().isEmpty())
            return Result<AgentCommand>::failure(tr("warn carries no message"));
        if (text.size() > maxWarningLength)
            return Result<AgentCommand>::failure(
                tr("warn: the message is longer than %1 characters").arg(maxWarningLength));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const bool printable = std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return AgentText::printable(line) == line;
        });
        if (!printable)
            return Result<AgentCommand>::failure(tr("warn: the message has control characters"));
        return warn(text);
    }
    if (type == MessageType::startService) {
        const QString service = message.value(serviceKey).toString();
        if (service.isEmpty())
            return Result<AgentCommand>::failure(tr("start-service names no service"));
        return startService(service);
    }
    if (type == MessageType::move) {
        const QString server = message.value(serverKey).toString();
        const QString ca = message.value(caKey).toString();
        if (server.isEmpty())
            return Result<AgentCommand>::failure(tr("move names no server"));
        if (ca.isEmpty())
            return Result<AgentCommand>::failure(tr("move carries no CA certificate"));
        return move(server, ca.toLatin1());
    }
    return Result<AgentCommand>::failure(tr("\"%1\" is not a command").arg(type));
}

QJsonObject statusRequest()
{
    return QJsonObject { { typeKey, MessageType::status } };
}

QJsonObject statusMessage(const AgentIdentity &identity, const AgentStatus &status)
{
    return QJsonObject { { typeKey, MessageType::status },
                         { QStringLiteral("protocol"), int(AgentFrame::protocolVersion) },
                         { QStringLiteral("agent"), identity.toJson() },
                         { QStringLiteral("status"), status.toJson() } };
}

QJsonObject reducedStatusMessage(const AgentIdentity &identity, const QDateTime &time)
{
    QJsonObject message { { typeKey, MessageType::status },
                          { QStringLiteral("protocol"), int(AgentFrame::protocolVersion) },
                          { QStringLiteral("agent"), identity.toJson() },
                          { QStringLiteral("restricted"), true } };
    if (time.isValid())
        message.insert(QStringLiteral("time"), time.toString(Qt::ISODate));
    return message;
}

Result<AgentReport> reportFromMessage(const QJsonObject &received)
{
    // Agent text is data: no control character goes on to a terminal, log or audit entry.
    const QJsonObject message = AgentText::printable(received);
    const QString type = message.value(typeKey).toString();
    if (type == MessageType::error)
        return Result<AgentReport>::failure(tr("the agent refused the status request: %1")
                                                .arg(message.value(reasonKey).toString()));
    if (type != MessageType::status)
        return Result<AgentReport>::failure(tr("expected a status message, got \"%1\"").arg(type));
    if (message.value(QStringLiteral("restricted")).toBool())
        return Result<AgentReport>::failure(
            tr("the agent gives its health report only to a console of its server (this "
               "console's certificate was not accepted)"));
    const Result<AgentStatus> status
        = AgentStatus::fromJson(message.value(QStringLiteral("status")).toObject());
    if (!status)
        return Result<AgentReport>::failure(status.error());
    return AgentReport { AgentIdentity::fromJson(message.value(QStringLiteral("agent")).toObject()),
                         status.value() };
}

QJsonObject doneMessage(const QString &command, const QString &detail, const QString &requestId)
{
    QJsonObject message { { typeKey, MessageType::done },
                          { QStringLiteral("command"), command },
                          { QStringLiteral("detail"), detail } };
    if (!requestId.isEmpty())
        message.insert(idKey, requestId);
    return message;
}

QJsonObject errorMessage(const QString &code, const QString &reason, const QString &requestId)
{
    QJsonObject message { { typeKey, MessageType::error },
                          { QStringLiteral("code"), code },
                          { reasonKey, reason } };
    if (!requestId.isEmpty())
        message.insert(idKey, requestId);
    return message;
}
