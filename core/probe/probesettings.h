#pragma once

#include "probe/socketpoller.h"

#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

#include <optional>

// How a query probes, beyond what the scope says. Defaults suit a workstation; the CLI and the
// console's settings can change them.
struct ProbeSettings
{
    QString thisServerName;
    // The CAs an agent's certificate may chain to for "Managed by this server" (AgentTrust): the
    // current one, and during a CA rollover the pending one too. Unset: this console's own, from
    // its data folder (AgentTrust::thisConsoleAuthorities()).
    std::optional<QList<QSslCertificate>> thisServerCas;
    int connectTimeoutMs = 1500; // taken from the scope's timeoutMs
    int handshakeTimeoutMs = 1500;
    // How often a connect that timed out is tried again before the port counts as timed out.
    int connectRetries = 0;
    // Open connections at once. The engine lowers it to what the open-file limit allows.
    int maxConnections = 16384;
    // Engine threads the targets are sharded over (never more than targets or connections);
    // 0: one per core, fewer for a small query (ParallelSweep::minTargetsPerThread).
    int threads = 0;
    // The socket poller; unset: the build's (SocketPoller::defaultKind()). A hidden option of
    // osmgmt-cli, so that the lab test runs the portable backend on Linux too.
    std::optional<SocketPoller::Kind> poller;
    int batchSize = 512; // endpoints per endpointsClassified batch
    int batchIntervalMs = 100; // ... or sooner, so the console keeps moving
    // Computers known to be quarantined (QuarantineRoster, docs/quarantine.md): the quarantine
    // closes their unreachable check port on purpose, so their agent ports are tried even when
    // that port does not connect, and they are not called Unreachable for the quarantine.
    QSet<QHostAddress> quarantined;
};
