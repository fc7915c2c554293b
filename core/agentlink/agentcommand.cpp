#include "agentlink/agentcommand.h"

#include "agentlink/agentframe.h"
#include "agentlink/handshake.h"

#include <QCoreApplication>

namespace {
const QString typeKey = QStringLiteral("type");
const QString serverKey = QStringLiteral("server");
const QString caKey = QStringLiteral("ca");
const QString serviceKey = QStringLiteral("service");
const QString reasonKey = QStringLiteral("reason");

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentCommand", text);
}
} // namespace

AgentCommand AgentCommand::move(const QString &server, const QByteArray &caPem)
{
    return AgentCommand { Kind::Move, server, caPem, {} };
}

AgentCommand AgentCommand::quarantine()
{
    return AgentCommand { Kind::Quarantine, {}, {}, {} };
}

AgentCommand AgentCommand::release()
{
    return AgentCommand { Kind::Release, {}, {}, {} };
}

AgentCommand AgentCommand::startService(const QString &service)
{
    return AgentCommand { Kind::StartService, {}, {}, service };
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
    }
    return {};
}

QJsonObject AgentCommand::toMessage() const
{
    QJsonObject message { { typeKey, type() } };
    if (kind == Kind::Move) {
        message.insert(serverKey, server);
        message.insert(caKey, QString::fromLatin1(caPem));
    }
    if (kind == Kind::StartService)
        message.insert(serviceKey, service);
    return message;
}

bool AgentCommand::isCommandType(const QString &type)
{
    return type == MessageType::move || type == MessageType::quarantine
        || type == MessageType::release || type == MessageType::startService;
}

Result<AgentCommand> AgentCommand::fromMessage(const QJsonObject &message)
{
    const QString type = message.value(typeKey).toString();
    if (type == MessageType::quarantine)
        return quarantine();
    if (type == MessageType::release)
        return release();
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

Result<AgentReport> reportFromMessage(const QJsonObject &message)
{
    const QString type = message.value(typeKey).toString();
    if (type == MessageType::error)
        return Result<AgentReport>::failure(tr("the agent refused the status request: %1")
                                                .arg(message.value(reasonKey).toString()));
    if (type != MessageType::status)
        return Result<AgentReport>::failure(tr("expected a status message, got \"%1\"").arg(type));
    const Result<AgentStatus> status
        = AgentStatus::fromJson(message.value(QStringLiteral("status")).toObject());
    if (!status)
        return Result<AgentReport>::failure(status.error());
    return AgentReport { AgentIdentity::fromJson(message.value(QStringLiteral("agent")).toObject()),
                         status.value() };
}

QJsonObject doneMessage(const QString &command, const QString &detail)
{
    return QJsonObject { { typeKey, MessageType::done },
                         { QStringLiteral("command"), command },
                         { QStringLiteral("detail"), detail } };
}

QJsonObject errorMessage(const QString &code, const QString &reason)
{
    return QJsonObject { { typeKey, MessageType::error },
                         { QStringLiteral("code"), code },
                         { reasonKey, reason } };
}
