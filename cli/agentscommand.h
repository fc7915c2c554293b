#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli agents --format json|csv` (docs/cli.md): one record per agent of this server
// that the watcher's heartbeats follow (docs/watch.md, "Heartbeats"): `name`, `address`,
// `state` (online, offline, missing), `lastContact`, `offlineSince`, `missedHeartbeats`.
class AgentsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgentsCommand)

public:
    // Exit codes as for `events`.
    int run(const QStringList &arguments);
};
