#include "store/policyschema.h"

// Version 10: CVE compliance policies (docs/policies.md, docs/data-model.md "Schema version 10").
// - policy_document, one row (id 1): the document as `osmgmt-cli policy export` writes it, so an
//   import replaces it whole in one statement (all or nothing).
// - policy_standings, one row per computer (address) and policy it fails: pending from
//   first_failing until grace_ends, quarantined once quarantined_at is set; warned_at once its
//   user was warned. A computer that complies, is excluded or is not targeted has no row.
// - agent_health.missing_cves_json: the CVE identifiers an agent reported missing at its last
//   heartbeat with a full report (a JSON array; NULL when it did not say), so the watcher's
//   policy round judges it without asking it again.
QStringList policySchemaVersion12(SqlDialect)
{
    return {
        QStringLiteral("CREATE TABLE policy_document ("
                       " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                       " document_json TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE policy_standings ("
                       " policy TEXT NOT NULL,"
                       " address TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " first_failing TEXT NOT NULL,"
                       " grace_ends TEXT NOT NULL,"
                       " missing_cves_json TEXT NOT NULL,"
                       " warned_at TEXT,"
                       " quarantined_at TEXT,"
                       " PRIMARY KEY (policy, address))"),
        QStringLiteral("CREATE INDEX policy_standings_address ON policy_standings (address)"),
        QStringLiteral("ALTER TABLE agent_health ADD COLUMN missing_cves_json TEXT"),
    };
}
