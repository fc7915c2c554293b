#pragma once

#include "agentlink/agentidentity.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The handshake of the agent protocol, version 1 (docs/agent-protocol.md, "Messages"):
//
//   console -> agent   {"type":"hello","protocol":1}
//   agent -> console   {"type":"identity","protocol":1,"agent":{name,server,version,domain}}
//   agent -> console   {"type":"error","reason":"..."}    (a request the agent cannot answer)
//
// Console side: helloFrame(), identityFromMessage(). Agent side: replyTo().

namespace MessageType {
inline const QString hello = QStringLiteral("hello");
inline const QString identity = QStringLiteral("identity");
inline const QString error = QStringLiteral("error");
} // namespace MessageType

QJsonObject helloMessage();
// helloMessage() framed, ready to write to the connection.
QByteArray helloFrame();

QJsonObject identityMessage(const AgentIdentity &identity);
// The identity an agent reported; fails on an error reply, another message type, a protocol
// other than ours, a missing agent object or an empty server (an agent always belongs to one).
Result<AgentIdentity> identityFromMessage(const QJsonObject &message);

QJsonObject errorMessage(const QString &reason);

// What an agent answers to `request`: its identity to a hello of our protocol, an error
// message naming the problem to anything else. The connection stays usable after an error
// reply, so a newer console can try requests an older agent does not know.
QJsonObject replyTo(const QJsonObject &request, const AgentIdentity &identity);
