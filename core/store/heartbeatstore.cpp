#include "store/heartbeatstore.h"

#include "endpoint/securitystatus.h"
#include "store/auditentry.h"
#include "store/eventlog.h"
#include "store/queryrecord.h"
#include "store/sqltransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString agentColumns = QStringLiteral(
    "address, port, name, state, last_contact, last_heartbeat, outcome, outcome_detail,"
    " missed_heartbeats, offline_since");

Result<AgentHeartbeat> readAgent(const QSqlQuery &row)
{
    AgentHeartbeat agent;
    agent.address = row.value(0).toString();
    agent.port = quint16(row.value(1).toUInt());
    agent.name = row.value(2).toString();
    const std::optional<HeartbeatState> state = heartbeatStateFromKey(row.value(3).toString());
    if (!state)
        return Result<AgentHeartbeat>::failure(
            HeartbeatStore::tr("agent %1 has the unknown heartbeat state \"%2\"")
                .arg(agent.address, row.value(3).toString()));
    agent.state = *state;
    agent.lastContact = storedTime(row.value(4));
    agent.lastHeartbeat = storedTime(row.value(5));
    agent.outcome = row.value(6).toString();
    agent.outcomeDetail = row.value(7).toString();
    agent.missedHeartbeats = row.value(8).toInt();
    agent.offlineSince = storedTime(row.value(9));
    return agent;
}

struct LastQuery
{
    qint64 id = 0; // 0: no completed query
    QDateTime finishedAt;
};

Result<LastQuery> lastCompletedQuery(const QSqlDatabase &db)
{
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id, finished_at FROM queries WHERE state = ?"
                                  " ORDER BY started_at DESC, id DESC LIMIT 1"));
    select.addBindValue(toKey(QueryState::Completed));
    if (!select.exec())
        return Result<LastQuery>::failure(sqlErrorText(select.lastError()));
    LastQuery last;
    if (select.next()) {
        last.id = select.value(0).toLongLong();
        last.finishedAt = storedTime(select.value(1));
    }
    return last;
}

// The addresses a `move` was done to after `since` (docs/commands.md, "The audit log").
Result<QSet<QString>> movedHereSince(const QSqlDatabase &db, const QDateTime &since)
{
    // The SQL keeps the entries from the second of `since` on (the audit_log_at index), so a
    // round reads the moves since the last query, not the whole log. The bound is that second
    // without milliseconds or zone, which sorts before every text of that second and after every
    // earlier one, with or without milliseconds; the exact comparison is made below, as times.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT at, targets_json FROM audit_log WHERE action = 'move'"
                                  " AND phase IN (?, ?) AND at >= ?"));
    select.addBindValue(QLatin1String(AuditPhase::outcome));
    select.addBindValue(QLatin1String(AuditPhase::complete));
    select.addBindValue(since.isValid()
                            ? since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                            : QString(QLatin1String("")));
    if (!select.exec())
        return Result<QSet<QString>>::failure(sqlErrorText(select.lastError()));
    QSet<QString> moved;
    while (select.next()) {
        // Compared as times: an entry's text may or may not carry milliseconds.
        if (since.isValid() && storedTime(select.value(0)) <= since)
            continue;
        const QJsonArray targets
            = QJsonDocument::fromJson(select.value(1).toString().toUtf8()).array();
        for (const QJsonValue &target : targets) {
            const QJsonObject object = target.toObject();
            if (object.value(QLatin1String("outcome")).toString() == QLatin1String("done"))
                moved.insert(object.value(QLatin1String("computer")).toString());
        }
    }
    return moved;
}

} // namespace

HeartbeatStore::HeartbeatStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<QVector<AgentHeartbeat>> HeartbeatStore::agents() const
{
    using R = Result<QVector<AgentHeartbeat>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT %1 FROM agent_heartbeats ORDER BY name, address")
                         .arg(agentColumns)))
        return R::failure(
            tr("the agents' heartbeats cannot be read: %1").arg(sqlErrorText(select.lastError())));
    QVector<AgentHeartbeat> agents;
    while (select.next()) {
        Result<AgentHeartbeat> agent = readAgent(select);
        if (!agent)
            return R::failure(agent.error());
        agents.append(std::move(agent).value());
    }
    return agents;
}

Result<HeartbeatStore::Roster> HeartbeatStore::roster() const
{
    using R = Result<Roster>;
    const auto failed = [](const QString &error) {
        return R::failure(tr("the agents of this server cannot be read: %1").arg(error));
    };
    const QSqlDatabase db = m_database->connection();
    const Result<QVector<AgentHeartbeat>> stored = agents();
    if (!stored)
        return R::failure(stored.error());
    const Result<LastQuery> last = lastCompletedQuery(db);
    if (!last)
        return failed(last.error());
    const Result<QSet<QString>> moved = movedHereSince(db, last->finishedAt);
    if (!moved)
        return failed(moved.error());

    QHash<QString, AgentHeartbeat> byAddress;
    for (const AgentHeartbeat &agent : *stored)
        byAddress.insert(agent.address, agent);
    QSet<QString> answeredAsAnother;
    if (last->id != 0) {
        // The last query's rows for this server's agents, the moved ones and those watched.
        QSqlQuery select(db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral(
            "SELECT address, name, agent_port, status, ad_path FROM endpoints WHERE query_id = ?"
            " AND address <> '' AND (status IN (?, ?, ?)"
            " OR address IN (SELECT address FROM agent_heartbeats))"));
        select.addBindValue(last->id);
        select.addBindValue(toKey(SecurityStatus::ManagedByThisServer));
        select.addBindValue(toKey(SecurityStatus::ManagedByAnotherServer));
        select.addBindValue(toKey(SecurityStatus::NoClientInstalled));
        if (!select.exec())
            return failed(sqlErrorText(select.lastError()));
        while (select.next()) {
            const QString address = select.value(0).toString();
            const QString status = select.value(3).toString();
            const quint16 port = quint16(select.value(2).toUInt());
            const bool ours = status == toKey(SecurityStatus::ManagedByThisServer)
                || (moved->contains(address) && port != 0);
            if (!ours) {
                if (status == toKey(SecurityStatus::ManagedByAnotherServer)
                    || status == toKey(SecurityStatus::NoClientInstalled))
                    answeredAsAnother.insert(address);
                continue;
            }
            AgentHeartbeat &agent = byAddress[address];
            agent.address = address;
            agent.name = select.value(1).toString();
            agent.port = port;
            agent.adPath = select.value(4).toString();
        }
        if (select.lastError().isValid())
            return failed(sqlErrorText(select.lastError()));
    }
    Roster roster;
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        if (answeredAsAnother.contains(it.key()))
            roster.dropped.append(it.key());
        else
            roster.agents.append(it.value());
    }
    std::sort(roster.agents.begin(), roster.agents.end(),
              [](const AgentHeartbeat &a, const AgentHeartbeat &b) {
                  return std::tie(a.name, a.address) < std::tie(b.name, b.address);
              });
    roster.dropped.sort();
    return roster;
}

Result<QHash<QString, AgentHealthRecord>> HeartbeatStore::lastHealth() const
{
    using R = Result<QHash<QString, AgentHealthRecord>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT address, indicators_json, evaluated_at FROM agent_health")))
        return R::failure(
            tr("the agents' last health cannot be read: %1").arg(sqlErrorText(select.lastError())));
    QHash<QString, AgentHealthRecord> all;
    while (select.next()) {
        AgentHealthRecord record;
        record.address = select.value(0).toString();
        const QJsonObject indicators
            = QJsonDocument::fromJson(select.value(1).toString().toUtf8()).object();
        for (auto it = indicators.constBegin(); it != indicators.constEnd(); ++it)
            record.indicators.insert(it.key(), it.value().toString());
        record.evaluatedAt = storedTime(select.value(2));
        all.insert(record.address, record);
    }
    return all;
}

Result<Done> HeartbeatStore::saveRound(const QVector<AgentHeartbeat> &agents,
                                       const QStringList &dropped,
                                       const QVector<ComputerEvent> &events,
                                       const QVector<AgentHealthRecord> &health) const
{
    const QSqlDatabase db = m_database->connection();
    const Result<Done> saved = m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery upsert(db);
        upsert.prepare(
            QStringLiteral(
                "INSERT INTO agent_heartbeats (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (address) DO UPDATE SET port = excluded.port, name = excluded.name,"
                " state = excluded.state, last_contact = excluded.last_contact,"
                " last_heartbeat = excluded.last_heartbeat, outcome = excluded.outcome,"
                " outcome_detail = excluded.outcome_detail,"
                " missed_heartbeats = excluded.missed_heartbeats,"
                " offline_since = excluded.offline_since")
                .arg(agentColumns));
        for (const AgentHeartbeat &agent : agents) {
            const Result<Done> stored = execBound(
                upsert,
                { agent.address, int(agent.port), notNullText(agent.name), toKey(agent.state),
                  nullableStoreTime(agent.lastContact), nullableStoreTime(agent.lastHeartbeat),
                  notNullText(agent.outcome), notNullText(agent.outcomeDetail),
                  agent.missedHeartbeats, nullableStoreTime(agent.offlineSince) });
            if (!stored)
                return stored;
        }
        QSqlQuery saveHealth(db);
        saveHealth.prepare(QStringLiteral(
            "INSERT INTO agent_health (address, indicators_json, evaluated_at, missing_cves_json)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET"
            " indicators_json = excluded.indicators_json, evaluated_at = excluded.evaluated_at,"
            " missing_cves_json = excluded.missing_cves_json"));
        for (const AgentHealthRecord &record : health) {
            QJsonObject indicators;
            for (auto it = record.indicators.cbegin(); it != record.indicators.cend(); ++it)
                indicators.insert(it.key(), it.value());
            const Result<Done> stored = execBound(
                saveHealth,
                { record.address,
                  QString::fromUtf8(QJsonDocument(indicators).toJson(QJsonDocument::Compact)),
                  storeTime(record.evaluatedAt),
                  record.missingCves ? QVariant(QString::fromUtf8(
                      QJsonDocument(QJsonArray::fromStringList(*record.missingCves))
                          .toJson(QJsonDocument::Compact)))
                                     : QVariant(QMetaType(QMetaType::QString)) });
            if (!stored)
                return stored;
        }
        for (const QString &table :
             { QStringLiteral("agent_heartbeats"), QStringLiteral("agent_health") }) {
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE address = ?").arg(table));
            for (const QString &address : dropped) {
                remove.addBindValue(address);
                if (!remove.exec())
                    return sqlFailure(remove.lastError());
            }
        }
        return EventLog::insert(db, events);
    });
    if (!saved)
        return Result<Done>::failure(
            tr("the heartbeat round cannot be stored: %1").arg(saved.error()));
    return saved;
}
