#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/result.h"
#include "identity/certificateauthority.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The status request and the commands of protocol v1 (docs/agent-protocol.md, "status" and
// "Commands"), both sides:
//
//   console -> agent  {"type":"status"}
//   agent -> console  {"type":"status","protocol":1,"agent":{identity},"status":{AgentStatus}}
//   console -> agent  {"type":"move","server":NAME,"ca":PEM[,"certificate":PEM]}
//                     | {"type":"register","certificate":PEM} | {"type":"quarantine"}
//                     | {"type":"release"} | {"type":"start-service","service":NAME}
//                     | {"type":"rollover","ca":PEM,"certificate":PEM} | {"type":"finish-rollover"}
//                     | {"type":"warn","message":TEXT}
//                     every command also carries "id": the request id the console chose
//   agent -> console  {"type":"done","command":TYPE,"id":ID,"detail":TEXT}
//                     | {"type":"error","code":"refused"|"invalid"|"failed","id":ID,"reason":TEXT}

namespace MessageType {
inline const QString status = QStringLiteral("status");
inline const QString move = QStringLiteral("move");
inline const QString quarantine = QStringLiteral("quarantine");
inline const QString release = QStringLiteral("release");
inline const QString startService = QStringLiteral("start-service");
inline const QString registration = QStringLiteral("register");
inline const QString rollover = QStringLiteral("rollover");
inline const QString finishRollover = QStringLiteral("finish-rollover");
inline const QString warn = QStringLiteral("warn");
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
    enum class Kind {
        Move,
        Quarantine,
        Release,
        StartService,
        Register,
        Rollover,
        FinishRollover,
        Warn,
    };
    Kind kind = Kind::Quarantine;
    QString server; // Move: the new server's name
    // Move: the new server's CA certificate, PEM; Rollover: this server's new CA certificate.
    QByteArray caPem;
    QString service; // StartService: the service's name
    // Warn: what the computer's user is told (issue 14, point 4: the pre-quarantine message of a
    // CVE compliance policy); plain text, lines separated by "\n".
    QString warning;
    // Register, Rollover, and Move when sent by the new server's console: the agent certificate
    // that CA (for Rollover: the new CA) issued for the agent's own TLS key
    // (docs/agent-protocol.md, "Registration").
    QByteArray certificatePem;
    // The id the console chose for this request; the agent's answer must carry it.
    QString requestId;
    // The console's side only, never sent: the CA that issues `certificatePem` once the TLS
    // session shows the agent's key (withAgentCertificate()).
    std::optional<CertificateAuthority> issuer;
    // The console's side only, for Rollover: the CAs (the current one, the pending one) that the
    // certificate the agent presents must chain to, naming the address reached, before the new
    // CA issues anything. A rollover moves agents of this server; it registers no one new.
    QList<QSslCertificate> provenBy;

    static AgentCommand move(const QString &server, const QByteArray &caPem);
    // A move to `newServer` (this console's CA) that also registers the agent there.
    static AgentCommand move(const QString &server, const CertificateAuthority &newServer);
    static AgentCommand quarantine();
    static AgentCommand release();
    static AgentCommand startService(const QString &service);
    static AgentCommand registration(const CertificateAuthority &thisServer);
    // The CA rollover (docs/security.md, "Rolling the CA over"): the agent pins `newCa` and
    // presents the agent certificate `newCa` issues for its key, still accepting its previous CA
    // until finishRollover().
    static AgentCommand rollover(const CertificateAuthority &newCa,
                                 QList<QSslCertificate> provenBy);
    static AgentCommand finishRollover();
    static AgentCommand warn(const QString &message);

    QString type() const; // the message type: "move", "quarantine", ...
    QJsonObject toMessage() const;
    // This command with the agent certificate issued now, when it has an issuer: `presented`
    // is the certificate the agent showed in this TLS session, `address` the address it was
    // reached at (the certificate names it).
    Result<AgentCommand> withAgentCertificate(const QSslCertificate &presented,
                                              const QString &address) const;
    // A fresh random request id (128 bits, hexadecimal).
    static QString newRequestId();
    // Whether `type` names a command (and so needs an authorised client certificate).
    static bool isCommandType(const QString &type);
    // The command a request carries; fails naming what is missing.
    static Result<AgentCommand> fromMessage(const QJsonObject &message);

private:
    static Result<AgentCommand> commandIn(const QJsonObject &message);
};

QJsonObject statusRequest();
QJsonObject statusMessage(const AgentIdentity &identity, const AgentStatus &status);
struct AgentReport
{
    AgentIdentity identity;
    AgentStatus status;
};
// The report in a status answer; fails on an error reply, another type, a malformed status, or
// the reduced answer an agent gives a client without its server's certificate.
Result<AgentReport> reportFromMessage(const QJsonObject &message);
// What an agent tells a client that is not its server's console (docs/security.md, "Status"):
// its identity, that the health report needs the console's certificate, and its clock (`time`,
// when valid: a skewed clock is what makes the console's certificate look invalid to it).
QJsonObject reducedStatusMessage(const AgentIdentity &identity, const QDateTime &time = {});

// How long an agent certificate is valid; an expired one is shown as unverified until the agent
// is registered again.
inline constexpr int agentCertificateDays = 825;

// The answers to a command; `requestId` is the request's "id", echoed.
QJsonObject doneMessage(const QString &command, const QString &detail,
                        const QString &requestId = QString());
QJsonObject errorMessage(const QString &code, const QString &reason,
                         const QString &requestId = QString());
