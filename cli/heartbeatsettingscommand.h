#pragma once

#include "store/heartbeatrecord.h"
#include "watch/heartbeatpolicy.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

// `osmgmt-cli heartbeat-settings export|import FILE` (docs/watch.md, "Heartbeat settings";
// docs/cli.md): writes the store's heartbeat settings as JSON, or replaces them with a file's,
// refusing the whole file when any key or value is wrong; an import is audited, and warns of
// the watched agents that several groups take. Exit codes: 0 done; 1 the store or a file
// failed; 2 bad usage or a file refused; 3 no such SQLite file.
class HeartbeatSettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatSettingsCommand)

public:
    int run(const QStringList &arguments);

    // One line per agent that several groups of `policy` take, naming the group that applies.
    static QStringList overlaps(const HeartbeatPolicy &policy,
                                const QVector<AgentHeartbeat> &agents);
};
