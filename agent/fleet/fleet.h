#pragma once

#include "agentlink/agentidentity.h"
#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QString>
#include <QVector>

#include <optional>

// A fleet: the endpoints that `osmgmt-agent --fleet FILE` plays (docs/fleet-format.md).

// What an agent port does with a connection.
enum class AgentBehaviour {
    Answer, // speaks protocol v1 over TLS: identity, status, commands
    Stall, // accepts and never answers
    Garbage, // answers bytes that are not the agent protocol
    Close, // accepts and closes at once
};

QString toKey(AgentBehaviour behaviour);
std::optional<AgentBehaviour> agentBehaviourFromKey(const QString &key);

struct FleetAgent
{
    quint16 port = 0;
    AgentBehaviour behaviour = AgentBehaviour::Answer;
    AgentIdentity identity; // its name is the endpoint's name
    // The CA of the server it is registered to (its registration): commands need a client
    // certificate that chains to it. None: every command is refused.
    std::optional<QSslCertificate> ca;
    // During a CA rollover, the CA pinned before it, still accepted (from --fleet-state).
    std::optional<QSslCertificate> previousCa;
    AgentStatus status = AgentStatus::healthyDefault();
    // Seconds its clock is off (`status.clockSkewSeconds`): the time it reports is skewed so.
    qint64 clockSkewSeconds = 0;
    // The agent certificate its server's CA issued at registration (from --fleet-state; a
    // fleet file starts every agent unregistered, presenting the fleet's self-signed one).
    std::optional<QSslCertificate> certificate;
    // `"silentAfterSeconds"`: the agent stops answering (its connections stall, as a hung or
    // powered-off computer's would) this long after the fleet started, by the fleet's clock
    // (docs/fleet-format.md, "Silent agents"). None: it answers for as long as the fleet runs.
    std::optional<qint64> silentAfterSeconds;
    // `"failCommands"`: commands it understands and cannot carry out, each with the reason it
    // answers (docs/fleet-format.md, "Commands that fail"): "quarantine", "release",
    // "start-service". Empty: it carries out every command.
    QHash<QString, QString> failCommands;
};

struct FleetEndpoint
{
    QHostAddress address;
    QString name;
    QVector<quint16> listen; // plain ports that accept and say nothing (the gate port)
    std::optional<FleetAgent> agent;
};

struct Fleet
{
    QVector<FleetEndpoint> endpoints;

    // Sockets to listen on: every plain port and every agent port.
    int listenerCount() const;
};

// Errors name the entry and key: `endpoints[3].address: "127.0.0.300" is not an IP address`.
// Relative certificate paths are read from `baseDirectory` (the fleet file's folder).
Result<Fleet> parseFleet(const QByteArray &json, const QString &baseDirectory = QString());
