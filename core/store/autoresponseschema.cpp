#include "store/autoresponseschema.h"

// Version 10 (docs/data-model.md, "Automatic response"). auto_response_settings is one row, id 1:
// the settings as the policy document's "autoResponse" object, and since when the response is on
// (NULL while it is off): detections stored before that are not acted on. auto_responses holds
// one row per detection the watcher considered once the response was on (`detection_id` is the
// key, so a detection is acted on once, whatever restarts or watchers come later): the rule and
// action that applied, the outcome ("pending" while the action runs, "verified", "failed",
// "notified", "no-rule", "before-enabled"), why, and the audit entry of the command it sent.
// Times are ISO-8601 UTC text.
QStringList autoResponseSchemaVersion10(SqlDialect)
{
    return {
        QStringLiteral("CREATE TABLE auto_response_settings ("
                       " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                       " settings_json TEXT NOT NULL,"
                       " enabled_since TEXT,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE auto_responses ("
                       " detection_id BIGINT NOT NULL PRIMARY KEY,"
                       " address TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " threat TEXT NOT NULL,"
                       " rule_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " outcome TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " command_audit_id BIGINT)"),
        QStringLiteral("CREATE INDEX auto_responses_address ON auto_responses (address)"),
    };
}
