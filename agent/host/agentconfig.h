#pragma once

#include "common/result.h"
#include "host/servicecontrol.h"

#include <QHostAddress>
#include <QString>

// What the real agent allows its peers (docs/agent-protocol.md, "Limits and timeouts";
// docs/security.md, "Hostile peers"). The defaults suit a host whose unit allows 4,096 open
// files (LimitNOFILE); `limits` in the configuration file changes them.
struct ConnectionLimits
{
    int connections = 512; // at once, from everyone: past it the quietest one is closed
    int connectionsPerPeer = 16; // at once, from one IPv4 address or one IPv6 /64
    int idleMs = 30000; // without a complete request
    int lifetimeMs = 5 * 60 * 1000; // whatever the peer does
    int statusRefreshMs = 5000; // how often the status is gathered in the background
};

// The real agent's configuration file (docs/agent-protocol.md, "The real agent"): where it
// listens, where it keeps its state, and the registration it starts with.
struct AgentConfig
{
    QHostAddress address;
    quint16 port = 0;
    QString stateDirectory;
    // The first registration, used while the state directory holds none.
    QString server;
    QString domain;
    QString caFile; // the server's CA certificate (PEM); empty: commands are refused
    // The security product on this host: its services, the program that manages them
    // (systemctl; another one for hosts without systemd, and for tests), and the status file
    // its scan engine writes (empty: none configured, and the status says so).
    QVector<ProductService> services;
    QString serviceManager = QStringLiteral("systemctl");
    QString productStatusFile;
    // The client logs of reference 004 (issue 14): pcent35.log, OfcUrlf.log; empty: none.
    QString virusLogFile;
    QString webLogFile;
    ConnectionLimits limits;
    // What a quarantine keeps reachable besides the consoles (`quarantine.allow`): IP
    // addresses and host names, the names looked up when a quarantine is applied (AllowList).
    QStringList quarantineAllow;
};

// Errors name the key: `listen.port: 0 is not a port (1-65535)`. Relative paths are taken
// from `baseDirectory` (the configuration file's folder).
Result<AgentConfig> parseAgentConfig(const QByteArray &json, const QString &baseDirectory);
