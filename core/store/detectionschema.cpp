#include "store/detectionschema.h"

// Version 9: detections (docs/data-model.md, "Schema version 9"). One row per detection an agent
// reported, however often it reported it: `detection_key` (SHA-256 of the address, the log, the
// client's time, the threat and the path) is unique, so a detection still in the log at the next
// query is not stored twice. Times: `local_time` as the client wrote it (no zone: the log has
// none), `reported_at` ISO-8601 UTC when the console first stored it.
QStringList detectionSchemaVersion9(SqlDialect dialect)
{
    const QString id = SqlDialects::autoIdPrimaryKey(dialect);
    return {
        QStringLiteral("CREATE TABLE detections (id ") + id
            + QStringLiteral(", detection_key TEXT NOT NULL UNIQUE,"
                             " reported_at TEXT NOT NULL,"
                             " address TEXT NOT NULL,"
                             " name TEXT NOT NULL,"
                             " source TEXT NOT NULL,"
                             " local_time TEXT NOT NULL,"
                             " threat TEXT NOT NULL,"
                             " result INTEGER,"
                             " scan_type INTEGER,"
                             " path TEXT NOT NULL,"
                             " detection_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX detections_reported_at ON detections (reported_at)"),
    };
}
