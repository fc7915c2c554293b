#pragma once

#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QHostAddress>
#include <QString>

// What an agent does to the host it runs on when its server commands it, and how it reads
// that host's status. The real Linux agent has one (LinuxHost: nftables, the service manager,
// the product status file); a fleet agent has none and plays its status in memory.
class HostControl
{
public:
    virtual ~HostControl() = default;

    // The status as it is now.
    virtual AgentStatus status() = 0;
    // Each answers the `done` detail, or the reason it failed in words. `console` is the
    // address the quarantine command came from: it stays reachable.
    virtual Result<QString> quarantine(const QHostAddress &console) = 0;
    virtual Result<QString> release() = 0;
    virtual Result<QString> startService(const QString &name) = 0;
    // Shows `message` to the computer's user (the `warn` command; issue 14, point 4: a CVE
    // compliance policy's pre-quarantine message): a desktop notification where a session is
    // open, the journal otherwise.
    virtual Result<QString> warnUser(const QString &message) = 0;
};
