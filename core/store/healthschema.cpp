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

// Version 10: each snapshot's evaluated state (docs/data-model.md, "Health"), so that the
// flipbook's summary and history are counted in SQL over small rows instead of parsing every
// stored status (docs/performance.md, "Agent health"). One row per snapshot, deleted with it:
// the overall state and each indicator's as integers (0 healthy, 1 needs attention, 2 no data,
// 3 untracked: HealthState's order), the settings that evaluated it, the settings that overlap
// on it and the stopped product services (JSON arrays, empty text when none), and the settings
// revision it was evaluated under. The settings row counts its revisions; a state of an older
// revision (or none: rows stored before this step) is evaluated again (HealthStates).
QStringList healthSchemaVersion11(SqlDialect)
{
    return {
        QStringLiteral("CREATE TABLE health_states ("
                       " snapshot_id BIGINT NOT NULL PRIMARY KEY"
                       " REFERENCES health_snapshots (id) ON DELETE CASCADE,"
                       " query_id BIGINT NOT NULL,"
                       " address TEXT NOT NULL,"
                       " revision BIGINT NOT NULL,"
                       " overall SMALLINT NOT NULL,"
                       " antivirus SMALLINT NOT NULL,"
                       " antivirus_scan SMALLINT NOT NULL,"
                       " firewall SMALLINT NOT NULL,"
                       " virus_definitions SMALLINT NOT NULL,"
                       " service SMALLINT NOT NULL,"
                       " settings_name TEXT NOT NULL,"
                       " conflicts TEXT NOT NULL,"
                       " stopped_services TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX health_states_query ON health_states (query_id, overall)"),
        QStringLiteral("CREATE INDEX health_states_address ON health_states (address, query_id)"),
        QStringLiteral("ALTER TABLE health_settings ADD COLUMN revision BIGINT NOT NULL DEFAULT 1"),
    };
}
