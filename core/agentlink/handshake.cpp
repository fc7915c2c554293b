#include "agentlink/handshake.h"

#include "agentlink/agentframe.h"
#include "agentlink/agenttext.h"

#include <QCoreApplication>

namespace {
const QString typeKey = QStringLiteral("type");
const QString protocolKey = QStringLiteral("protocol");
const QString agentKey = QStringLiteral("agent");
const QString reasonKey = QStringLiteral("reason");

// The protocol a message declares; a message without one is taken to speak the frame's
// version, which the decoder has already checked.
int declaredProtocol(const QJsonObject &message)
{
    return message.value(protocolKey).toInt(AgentFrame::protocolVersion);
}
} // namespace

QJsonObject helloMessage()
{
    return QJsonObject { { typeKey, MessageType::hello },
                         { protocolKey, int(AgentFrame::protocolVersion) } };
}

QByteArray helloFrame()
{
    return AgentFrame::encode(helloMessage());
}

QJsonObject identityMessage(const AgentIdentity &identity)
{
    return QJsonObject { { typeKey, MessageType::identity },
                         { protocolKey, int(AgentFrame::protocolVersion) },
                         { agentKey, identity.toJson() } };
}

Result<AgentIdentity> identityFromMessage(const QJsonObject &received)
{
    // Agent text is data: no control character goes on to a terminal, log or audit entry.
    const QJsonObject message = AgentText::printable(received);
    const QString type = message.value(typeKey).toString();
    if (type == MessageType::error)
        return Result<AgentIdentity>::failure(
            QCoreApplication::translate("Handshake", "the agent refused the handshake: %1")
                .arg(message.value(reasonKey).toString()));
    if (type != MessageType::identity)
        return Result<AgentIdentity>::failure(
            QCoreApplication::translate("Handshake", "expected an identity message, got \"%1\"")
                .arg(type));
    if (declaredProtocol(message) != AgentFrame::protocolVersion)
        return Result<AgentIdentity>::failure(
            QCoreApplication::translate("Handshake", "protocol version %1 is not supported")
                .arg(declaredProtocol(message)));
    const QJsonValue agent = message.value(agentKey);
    if (!agent.isObject())
        return Result<AgentIdentity>::failure(
            QCoreApplication::translate("Handshake", "the identity message has no agent object"));
    AgentIdentity identity = AgentIdentity::fromJson(agent.toObject());
    if (identity.server.isEmpty())
        return Result<AgentIdentity>::failure(
            QCoreApplication::translate("Handshake", "the agent reports no server"));
    return identity;
}

QJsonObject errorMessage(const QString &reason)
{
    return QJsonObject { { typeKey, MessageType::error }, { reasonKey, reason } };
}

QJsonObject replyTo(const QJsonObject &request, const AgentIdentity &identity)
{
    const QString type = request.value(typeKey).toString();
    if (type != MessageType::hello)
        return errorMessage(
            QCoreApplication::translate("Handshake", "unknown request \"%1\"").arg(type));
    if (declaredProtocol(request) != AgentFrame::protocolVersion)
        return errorMessage(
            QCoreApplication::translate("Handshake", "protocol version %1 is not supported")
                .arg(declaredProtocol(request)));
    return identityMessage(identity);
}
