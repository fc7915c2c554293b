#pragma once

#include <QString>

// `osmgmt-agent --config FILE`: the agent of this Linux host (docs/agent-protocol.md, "The real
// agent"). It answers identity and status about this host over TLS on one address and port,
// and carries out its registered server's commands on the host (LinuxHost): a move, kept in
// its state directory; quarantine and release with nftables, kept there too and re-applied at
// start; start-service through the service manager. Runs until SIGTERM or SIGINT, then exits
// 0; a bad configuration or state ends it with 1 at start.
struct RealAgentOptions
{
    QString configFile;
    QString readyFile; // written atomically once listening; empty for none
    QString logDirectory;
};

int runRealAgent(const RealAgentOptions &options);

// `osmgmt-agent --config FILE --restore-quarantine`: loads the quarantine kept in the state
// directory into nftables and exits (0: loaded, or none kept; 1: it could not be). The
// boot-time unit osmgmt-agent-quarantine.service runs it before the network is up, so a
// reboot does not open the host until the agent starts (docs/security.md).
int runQuarantineRestore(const QString &configFile);
