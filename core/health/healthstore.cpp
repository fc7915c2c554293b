#include "health/healthstore.h"

#include "common/clock.h"
#include "health/healthevaluation.h"
#include "health/healthstates.h"
#include "store/sqltransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

HealthStore::HealthStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<Done> HealthStore::append(qint64 queryId, const QVector<HealthSnapshot> &snapshots)
{
    // Outlives the transaction: PostgreSQL cannot free a prepared statement inside a failed one.
    QSqlQuery insert(m_database->connection());
    return m_database->writeTransaction([&]() -> Result<Done> {
        // Each snapshot is evaluated as it is stored (schema 11, HealthStates), with the
        // settings in force and at the time its query started.
        HealthStates states(m_database);
        const Result<qint64> revision = states.settingsRevision();
        if (!revision)
            return Result<Done>::failure(revision.error());
        const Result<HealthSettingsList> settings = loadSettings();
        if (!settings)
            return Result<Done>::failure(settings.error());
        const Result<QDateTime> at = states.evaluatedAt(queryId);
        if (!at)
            return Result<Done>::failure(at.error());
        const HealthEvaluation evaluation(*settings);
        insert.prepare(QStringLiteral(
            "INSERT INTO health_snapshots (query_id, address, agent_port, name, ad_path,"
            " gathered_at, outcome, detail, status_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id"));
        QVector<HealthStates::Evaluated> evaluated;
        evaluated.reserve(snapshots.size());
        for (const HealthSnapshot &snapshot : snapshots) {
            const Result<qint64> id = insertReturningId(
                insert,
                { queryId, notNullText(snapshot.address), int(snapshot.agentPort),
                  notNullText(snapshot.name), notNullText(snapshot.adPath),
                  storeTime(snapshot.gatheredAt), HealthSnapshot::key(snapshot.outcome),
                  notNullText(snapshot.detail),
                  snapshot.status ? QVariant(compact(snapshot.status->toJson()))
                                  : QVariant(QMetaType::fromType<QString>()) });
            if (!id)
                return Result<Done>::failure(
                    tr("cannot store the health of %1: %2").arg(snapshot.address, id.error()));
            evaluated.append({ *id, queryId, snapshot.address,
                               evaluation.evaluate(snapshot.target(), snapshot.status, *at) });
        }
        return states.write(evaluated, *revision);
    });
}

Result<QVector<HealthSnapshot>> HealthStore::snapshots(qint64 queryId) const
{
    using R = Result<QVector<HealthSnapshot>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
        "SELECT address, agent_port, name, ad_path, gathered_at, outcome, detail, status_json"
        " FROM health_snapshots WHERE query_id = ? ORDER BY address, id"));
    select.addBindValue(queryId);
    if (!select.exec())
        return R::failure(tr("cannot read the health of query %1: %2")
                              .arg(queryId)
                              .arg(sqlErrorText(select.lastError())));
    QVector<HealthSnapshot> all;
    while (select.next()) {
        HealthSnapshot snapshot;
        snapshot.address = select.value(0).toString();
        snapshot.agentPort = quint16(select.value(1).toUInt());
        snapshot.name = select.value(2).toString();
        snapshot.adPath = select.value(3).toString();
        snapshot.gatheredAt = storedTime(select.value(4));
        const std::optional<HealthSnapshot::Outcome> outcome
            = HealthSnapshot::outcomeFromKey(select.value(5).toString());
        if (!outcome)
            return R::failure(tr("the stored health of %1 has an unknown outcome \"%2\"")
                                  .arg(snapshot.address, select.value(5).toString()));
        snapshot.outcome = *outcome;
        snapshot.detail = select.value(6).toString();
        if (!select.isNull(7)) {
            const Result<AgentStatus> status = AgentStatus::fromJson(
                QJsonDocument::fromJson(select.value(7).toString().toUtf8()).object());
            if (!status)
                return R::failure(tr("the stored health of %1 cannot be read: %2")
                                      .arg(snapshot.address, status.error()));
            snapshot.status = *status;
        }
        all.append(snapshot);
    }
    return all;
}

Result<HealthSettingsList> HealthStore::loadSettings() const
{
    using R = Result<HealthSettingsList>;
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT settings_json FROM health_settings WHERE id = 1")))
        return R::failure(tr("cannot read the health evaluation settings: %1")
                              .arg(sqlErrorText(select.lastError())));
    if (!select.next())
        return HealthSettingsList();
    const QJsonDocument document = QJsonDocument::fromJson(select.value(0).toString().toUtf8());
    const Result<HealthSettingsList> settings = HealthSettingsList::fromJson(document.object());
    if (!settings)
        return R::failure(
            tr("the stored health evaluation settings cannot be used: %1").arg(settings.error()));
    return settings;
}

Result<Done> HealthStore::saveSettings(const HealthSettingsList &settings)
{
    // INSERT ... ON CONFLICT DO UPDATE: SQLite 3.24 and PostgreSQL 9.5 both understand it.
    const Result<int> saved = m_database->writeStatement(
        QStringLiteral(
            "INSERT INTO health_settings (id, settings_json, updated_at, revision)"
            " VALUES (1, ?, ?, 1)"
            " ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json,"
            " updated_at = excluded.updated_at, revision = health_settings.revision + 1"),
        { compact(settings.toJson()), storeTime(Clock::instance().now()) });
    if (!saved)
        return Result<Done>::failure(
            tr("cannot save the health evaluation settings: %1").arg(saved.error()));
    return Done {};
}
