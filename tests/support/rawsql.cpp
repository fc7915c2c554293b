#include "rawsql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-raw-sql");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList undoSchemaStepsAfter5()
{
    return {
        // 12: CVE compliance policies (issue 14, point 4)
        QStringLiteral("ALTER TABLE agent_health DROP COLUMN missing_cves_json"),
        QStringLiteral("DROP TABLE policy_standings"),
        QStringLiteral("DROP TABLE policy_document"),
        // 11: evaluated health states (issue 12); health_settings keeps its revision column,
        // which step 7's DROP below removes with the table
        QStringLiteral("DROP TABLE health_states"),
        // 10: automatic response (issue 14)
        QStringLiteral("DROP TABLE auto_responses"),
        QStringLiteral("DROP TABLE auto_response_settings"),
        // 9: detections (issue 14)
        QStringLiteral("DROP TABLE detections"),
        // 8: heartbeat settings, agents' last health
        QStringLiteral("DROP TABLE agent_health"),
        QStringLiteral("DROP TABLE heartbeat_settings"),
        // 7: agent health
        QStringLiteral("DROP TABLE health_snapshots"),
        QStringLiteral("DROP TABLE health_settings"),
        // 6: heartbeats and events
        QStringLiteral("DROP TABLE event_sources"),
        QStringLiteral("DROP TABLE events"),
        QStringLiteral("DROP TABLE agent_heartbeats"),
    };
}
