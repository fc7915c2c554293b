#include "store/heartbeatschema.h"

// Version 8 (docs/data-model.md, "Heartbeats and events"). The heartbeat settings are one row,
// id 1, the whole policy as JSON (defaults, aging bands, groups), so that every watcher of the
// store, the console's or a headless one, follows the same settings. agent_health keeps, per
// agent, the state of each health indicator at its last heartbeat with a full report, as JSON
// {"antivirus": "healthy", ...}: a needs-attention event is written when one turns to it, once.
QStringList heartbeatSchemaVersion8(SqlDialect)
{
    return {
        QStringLiteral("CREATE TABLE heartbeat_settings ("
                       " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                       " settings_json TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE agent_health ("
                       " address TEXT NOT NULL PRIMARY KEY,"
                       " indicators_json TEXT NOT NULL,"
                       " evaluated_at TEXT NOT NULL)"),
    };
}
