#include "quarantine/autoresponselog.h"

#include "policy/detectionjson.h"
#include "store/eventlog.h"
#include "store/sqltransaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
const QString recordColumns = QStringLiteral(
    "detection_id, address, name, threat, rule_name, action, started_at, finished_at, outcome,"
    " reason, command_audit_id");

AutoResponseRecord recordAt(const QSqlQuery &row)
{
    AutoResponseRecord record;
    record.detectionId = row.value(0).toLongLong();
    record.address = row.value(1).toString();
    record.name = row.value(2).toString();
    record.threat = row.value(3).toString();
    record.ruleName = row.value(4).toString();
    record.action = row.value(5).toString();
    record.startedAt = storedTime(row.value(6));
    record.finishedAt = storedTime(row.value(7));
    record.outcome = row.value(8).toString();
    record.reason = row.value(9).toString();
    record.commandAuditId = row.value(10).isNull() ? 0 : row.value(10).toLongLong();
    return record;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

AutoResponseLog::AutoResponseLog(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<QVector<NumberedDetection>> AutoResponseLog::unconsidered(int limit) const
{
    using R = Result<QVector<NumberedDetection>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
        "SELECT d.id, d.address, d.name, d.reported_at, d.detection_json FROM detections d"
        " LEFT JOIN auto_responses r ON r.detection_id = d.id WHERE r.detection_id IS NULL"
        " ORDER BY d.id LIMIT ?"));
    select.addBindValue(limit);
    if (!select.exec())
        return R::failure(tr("cannot read the detections to respond to: %1")
                              .arg(sqlErrorText(select.lastError())));
    QVector<NumberedDetection> found;
    while (select.next()) {
        const Result<Detection> detection = DetectionJson::fromJson(
            QJsonDocument::fromJson(select.value(4).toString().toUtf8()).object(),
            QStringLiteral("detection"));
        if (!detection)
            return R::failure(tr("a stored detection of %1 cannot be read: %2")
                                  .arg(select.value(1).toString(), detection.error()));
        found.append({ select.value(0).toLongLong(),
                       { select.value(1).toString(), select.value(2).toString(),
                         storedTime(select.value(3)), *detection } });
    }
    return found;
}

Result<bool> AutoResponseLog::claim(const AutoResponseRecord &record) const
{
    bool claimed = false;
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT INTO auto_responses (") + recordColumns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (detection_id) DO NOTHING"));
        insert.addBindValue(record.detectionId);
        insert.addBindValue(record.address);
        insert.addBindValue(record.name.isNull() ? QStringLiteral("") : record.name);
        insert.addBindValue(record.threat.isNull() ? QStringLiteral("") : record.threat);
        insert.addBindValue(record.ruleName.isNull() ? QStringLiteral("") : record.ruleName);
        insert.addBindValue(record.action.isNull() ? QStringLiteral("") : record.action);
        insert.addBindValue(storeTime(record.startedAt));
        insert.addBindValue(nullableStoreTime(record.finishedAt));
        insert.addBindValue(record.outcome);
        insert.addBindValue(record.reason.isNull() ? QStringLiteral("") : record.reason);
        insert.addBindValue(optionalId(record.commandAuditId));
        if (!insert.exec())
            return Result<Done>::failure(
                tr("cannot record the automatic response to a detection "
                   "of %1: %2")
                    .arg(record.address, sqlErrorText(insert.lastError())));
        claimed = insert.numRowsAffected() > 0;
        return Done {};
    });
    if (!written)
        return Result<bool>::failure(written.error());
    return claimed;
}

Result<Done> AutoResponseLog::finish(const AutoResponseRecord &record,
                                     const QVector<ComputerEvent> &events) const
{
    return m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE auto_responses SET finished_at = ?, outcome = ?,"
                                      " reason = ?, command_audit_id = ? WHERE detection_id = ?"));
        update.addBindValue(nullableStoreTime(record.finishedAt));
        update.addBindValue(record.outcome);
        update.addBindValue(record.reason.isNull() ? QStringLiteral("") : record.reason);
        update.addBindValue(optionalId(record.commandAuditId));
        update.addBindValue(record.detectionId);
        if (!update.exec())
            return Result<Done>::failure(
                tr("cannot record the outcome of the automatic response "
                   "on %1: %2")
                    .arg(record.address, sqlErrorText(update.lastError())));
        return EventLog::insert(m_database->connection(), events);
    });
}

Result<QVector<AutoResponseRecord>> AutoResponseLog::read() const
{
    using R = Result<QVector<AutoResponseRecord>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT ") + recordColumns
                     + QStringLiteral(" FROM auto_responses ORDER BY started_at, detection_id")))
        return R::failure(
            tr("cannot read the automatic responses: %1").arg(sqlErrorText(select.lastError())));
    QVector<AutoResponseRecord> records;
    while (select.next())
        records.append(recordAt(select));
    return records;
}

Result<std::optional<quint16>> AutoResponseLog::agentPortOf(const QString &address) const
{
    using R = Result<std::optional<quint16>>;
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT agent_port FROM health_snapshots WHERE address = ?"
                                  " AND outcome = 'reported' ORDER BY id DESC LIMIT 1"));
    select.addBindValue(address);
    if (!select.exec())
        return R::failure(tr("cannot read the agent port of %1: %2")
                              .arg(address, sqlErrorText(select.lastError())));
    if (!select.next())
        return std::optional<quint16>();
    const int port = select.value(0).toInt();
    return port > 0 && port <= 65535 ? std::optional<quint16>(quint16(port))
                                     : std::optional<quint16>();
}

QVector<AutoResponseRecord>
AutoResponseLog::openFailures(const QVector<AutoResponseRecord> &records,
                              const QVector<QuarantineEntry> &roster)
{
    // The newest response that ran to an end, per computer (records come oldest first).
    QHash<QString, AutoResponseRecord> last;
    for (const AutoResponseRecord &record : records) {
        if (record.outcome == QLatin1String(AutoResponseOutcome::verified)
            || record.outcome == QLatin1String(AutoResponseOutcome::failed))
            last.insert(record.address, record);
    }
    QHash<QString, QDateTime> quarantinedSince;
    for (const QuarantineEntry &entry : roster) {
        if (entry.quarantine.state == QuarantineState::State::Quarantined)
            quarantinedSince.insert(entry.address, entry.quarantine.since);
    }
    QVector<AutoResponseRecord> failures;
    for (const AutoResponseRecord &record : std::as_const(last)) {
        if (record.outcome != QLatin1String(AutoResponseOutcome::failed))
            continue;
        const auto since = quarantinedSince.constFind(record.address);
        if (since != quarantinedSince.cend() && since->isValid() && *since >= record.startedAt)
            continue;
        failures.append(record);
    }
    std::sort(failures.begin(), failures.end(),
              [](const AutoResponseRecord &a, const AutoResponseRecord &b) {
                  return a.finishedAt > b.finishedAt
                      || (a.finishedAt == b.finishedAt && a.address < b.address);
              });
    return failures;
}

void AutoResponseLog::explainQuarantines(QHash<QString, QuarantineEntry> &entries,
                                         const QVector<AutoResponseRecord> &records,
                                         const QVector<AuditEntry> &commands)
{
    QHash<qint64, const AutoResponseRecord *> byCommand;
    for (const AutoResponseRecord &record : records) {
        if (record.commandAuditId > 0 && record.action == QLatin1String("quarantine"))
            byCommand.insert(record.commandAuditId, &record);
    }
    if (byCommand.isEmpty())
        return;
    // The newest quarantine or release each computer took (the entries' ids grow with time).
    QHash<QString, const AuditEntry *> newest;
    for (const AuditEntry &command : commands) {
        for (const AuditTarget &target : command.targets) {
            if (target.outcome != QLatin1String("done"))
                continue;
            const auto found = newest.constFind(target.computer);
            if (found == newest.cend() || (*found)->id < command.id)
                newest.insert(target.computer, &command);
        }
    }
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QuarantineState &state = it->quarantine;
        // An agent that says a policy quarantined it knows better than the console.
        if (state.state != QuarantineState::State::Quarantined
            || state.reason != QuarantineState::Reason::Manual)
            continue;
        const auto command = newest.constFind(it.key());
        if (command == newest.cend() || (*command)->action != QLatin1String("quarantine"))
            continue;
        const auto automatic = byCommand.constFind((*command)->id);
        if (automatic == byCommand.cend())
            continue;
        state.reason = QuarantineState::Reason::Detection;
        state.policy = (*automatic)->ruleName;
        state.why = tr("quarantined automatically: %1 detected (rule %2)")
                        .arg((*automatic)->threat, (*automatic)->ruleName);
    }
}
