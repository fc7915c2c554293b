#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The status request and the commands of protocol v1 (docs/agent-protocol.md, "status" and
// "Commands"), both sides:
//
//   console -> agent  {"type":"status"}
//   agent -> console  {"type":"status","protocol":1,"agent":{identity},"status":{AgentStatus}}
//   console -> agent  {"type":"move","server":NAME,"ca":PEM} | {"type":"quarantine"}
//                     | {"type":"release"} | {"type":"start-service","service":NAME}
//   agent -> console  {"type":"done","command":TYPE,"detail":TEXT}
//                     | {"type":"error","code":"refused"|"invalid"|"failed","reason":TEXT}

namespace MessageType {
inline const QString status = QStringLiteral("status");
inline const QString move = QStringLiteral("move");
inline const QString quarantine = QStringLiteral("quarantine");
inline const QString release = QStringLiteral("release");
inline const QString startService = QStringLiteral("start-service");
inline const QString done = QStringLiteral("done");
} // namespace MessageType

// Why an agent answered `error` (its "code"): a refusal is about who asks, the rest about what.
namespace ErrorCode {
inline const QString refused = QStringLiteral("refused"); // no or wrong client certificate
inline const QString invalid = QStringLiteral("invalid"); // a malformed request
inline const QString failed = QStringLiteral("failed"); // understood, but it cannot be done
} // namespace ErrorCode

struct AgentCommand
{
    enum class Kind { Move, Quarantine, Release, StartService };
    Kind kind = Kind::Quarantine;
    QString server; // Move: the new server's name
    QByteArray caPem; // Move: the new server's CA certificate, PEM
    QString service; // StartService: the service's name

    static AgentCommand move(const QString &server, const QByteArray &caPem);
    static AgentCommand quarantine();
    static AgentCommand release();
    static AgentCommand startService(const QString &service);

    QString type() const; // the message type: "move", "quarantine", ...
    QJsonObject toMessage() const;
    // Whether `type` names a command (and so needs an authorised client certificate).
    static bool isCommandType(const QString &type);
    // The command a request carries; fails naming what is missing.
    static Result<AgentCommand> fromMessage(const QJsonObject &message);
};

QJsonObject statusRequest();
QJsonObject statusMessage(const AgentIdentity &identity, const AgentStatus &status);
struct AgentReport
{
    AgentIdentity identity;
    AgentStatus status;
};
// The report in a status answer; fails on an error reply, another type, or a malformed status.
Result<AgentReport> reportFromMessage(const QJsonObject &message);

QJsonObject doneMessage(const QString &command, const QString &detail);
QJsonObject errorMessage(const QString &code, const QString &reason);
