#include "store/healthschema.h"

// Version 7: agent health (docs/data-model.md, "Health"). Each query keeps the snapshot of every
// agent of this server it asked (the agent's status as JSON, NULL when it gave none, and why),
// deleted with the query; the health evaluation settings are one row, id 1, the list as JSON
// oldest first (core/health/healthstore.h).
QStringList healthSchemaVersion7(SqlDialect dialect)
{
    const QString id = SqlDialects::autoIdPrimaryKey(dialect);
    return {
        QStringLiteral("CREATE TABLE health_snapshots (id ") + id
            + QStringLiteral(", query_id BIGINT NOT NULL REFERENCES queries (id) ON DELETE CASCADE,"
                             " address TEXT NOT NULL,"
                             " agent_port INTEGER NOT NULL,"
                             " name TEXT NOT NULL,"
                             " ad_path TEXT NOT NULL,"
                             " gathered_at TEXT NOT NULL,"
                             " outcome TEXT NOT NULL,"
                             " detail TEXT NOT NULL,"
                             " status_json TEXT)"),
        QStringLiteral(
            "CREATE INDEX health_snapshots_query ON health_snapshots (query_id, address)"),
        QStringLiteral("CREATE TABLE health_settings ("
                       " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                       " settings_json TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
    };
}
