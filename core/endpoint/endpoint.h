#pragma once

#include "endpoint/securitystatus.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// What one agent port of an endpoint did when the probe engine tried it (DESIGN.md, step 3).
enum class PortOutcome {
    Agent, // completed the agent handshake
    Refused, // connection refused: the host is up, the port closed
    Timeout, // no answer to the connect: down or filtered
    NoRoute, // ICMP unreachable or no route
    Stalled, // accepted the connection, never completed the handshake
    Garbage, // accepted and answered something that is not the agent protocol
    Closed, // accepted and closed before the handshake completed
};

QString toKey(PortOutcome outcome);
std::optional<PortOutcome> portOutcomeFromKey(const QString &key);

struct PortObservation
{
    quint16 port = 0;
    PortOutcome outcome = PortOutcome::Timeout;
    QString detail; // what went wrong in words, for the administrator

    bool operator==(const PortObservation &other) const;
};

// One computer a query found, and how it was classified.
struct Endpoint
{
    QString address; // canonical text form (QHostAddress::toString)
    QString name; // what the agent reports, the AD name, or reverse DNS; empty when none tells
    SecurityStatus status = SecurityStatus::Unreachable;
    GateResult gate = GateResult::Skipped;
    quint16 agentPort = 0; // the port where an agent answered; 0 when none did
    QString server; // the server the agent is registered to
    QString agentVersion;
    QString domain;
    QString adPath; // distinguished name of the AD computer object; empty for IP-only endpoints
    QVector<PortObservation> ports;
    QString detail; // why it got its status, in words

    bool operator==(const Endpoint &other) const;
};

Q_DECLARE_METATYPE(PortObservation)
Q_DECLARE_METATYPE(Endpoint)
