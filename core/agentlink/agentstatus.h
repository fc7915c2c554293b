#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// What an agent reports in its `status` answer (docs/agent-protocol.md, "status"): the fields
// reference 004 lists for a client, plus whether it is quarantined.

struct ServiceState
{
    QString name; // the service name, e.g. "ntrtscan"
    QString displayName; // e.g. "OfficeScanNT Real-time Scan"
    bool running = true;
    bool operator==(const ServiceState &other) const;
};

struct ComponentVersion
{
    QString name; // e.g. "Virus Scan Engine"
    QString version; // as the component reports it, e.g. "6.810-1005"
    bool operator==(const ComponentVersion &other) const;
};

// A pattern file's version as the client stores it: a DWORD that, read in decimal, is the
// version X.XXX.XX (reference 004: InternalPatternVer 0x00083C34 is 539700, "5.397.00").
struct PatternVersion
{
    QString name; // e.g. "Virus Pattern File"
    quint32 raw = 0;

    QString decoded() const;
    bool operator==(const PatternVersion &other) const;
};

// The decimal value of `dword` in reference 004's X.XXX.XX form.
QString decodePatternVersion(quint32 dword);
// "0x00083C34": how the status message carries a pattern's DWORD.
QString hexDword(quint32 dword);
// A DWORD written in hexadecimal ("0x00083C34", "83C34"), as a registry export shows it.
Result<quint32> parseHexDword(const QString &text);

struct AgentStatus
{
    QString operatingSystem; // "Debian GNU/Linux 12 (bookworm)"; empty when not reported
    QStringList addresses; // the host's own addresses, as the agent sees them
    QDateTime installed;
    QVector<ServiceState> services;
    QVector<ComponentVersion> components;
    QVector<PatternVersion> patterns;
    QString patternDate; // YYYYMMDD, as reference 004 gives it
    bool firewallOn = true;
    QDateTime lastScan;
    bool quarantined = false;
    // What the agent could not find out, in words ("the product status file ... is missing"):
    // the fields it concerns are then left empty rather than guessed. Empty when all is known.
    QStringList problems;
    // The agent's clock when it answered (docs/agent-protocol.md, "time"): a clock far from the
    // console's breaks TLS (reference 003). Invalid when not sent: agents older than this key.
    QDateTime time;

    // A healthy OfficeScan-like client: the four services of reference 004 running, its
    // component and pattern versions, firewall on.
    static AgentStatus healthyDefault();

    QJsonObject toJson() const;
    // Fails naming the key that is missing or of the wrong type.
    static Result<AgentStatus> fromJson(const QJsonObject &object);
    bool operator==(const AgentStatus &other) const;
};
