#include "health/healthstates.h"

#include "health/healthstore.h"
#include "store/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

// A list as its column keeps it: empty text when empty, a JSON array of strings otherwise.
QString listText(const QStringList &list)
{
    if (list.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listOf(const QString &text)
{
    QStringList list;
    if (text.isEmpty())
        return list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

// A stored state: 0-3 in HealthState's order; anything else is not a state this program wrote.
std::optional<HealthState> stateOf(const QVariant &value)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (!isNumber || number < 0 || number >= healthStateCount)
        return std::nullopt;
    return HealthState(number);
}

} // namespace

HealthStates::HealthStates(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<Done> HealthStates::write(const QVector<Evaluated> &states, qint64 revision)
{
    QSqlQuery upsert(m_database->connection());
    // INSERT ... ON CONFLICT DO UPDATE: SQLite 3.24 and PostgreSQL 9.5 both understand it.
    upsert.prepare(QStringLiteral(
        "INSERT INTO health_states (snapshot_id, query_id, address, revision, overall, antivirus,"
        " antivirus_scan, firewall, virus_definitions, service, settings_name, conflicts,"
        " stopped_services) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (snapshot_id) DO UPDATE SET revision = excluded.revision,"
        " overall = excluded.overall, antivirus = excluded.antivirus,"
        " antivirus_scan = excluded.antivirus_scan, firewall = excluded.firewall,"
        " virus_definitions = excluded.virus_definitions, service = excluded.service,"
        " settings_name = excluded.settings_name, conflicts = excluded.conflicts,"
        " stopped_services = excluded.stopped_services"));
    for (const Evaluated &state : states) {
        QVariantList values { state.snapshotId, state.queryId, notNullText(state.address), revision,
                              int(state.verdict.overall) };
        for (HealthState indicator : state.verdict.indicators)
            values.append(int(indicator));
        values << notNullText(state.verdict.settings) << listText(state.verdict.conflicts)
               << listText(state.verdict.stoppedServices);
        const Result<Done> written = execBound(upsert, values);
        if (!written)
            return Result<Done>::failure(tr("cannot store the evaluated health of %1: %2")
                                             .arg(state.address, written.error()));
    }
    return Done {};
}

Result<QDateTime> HealthStates::evaluatedAt(qint64 queryId) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT started_at FROM queries WHERE id = ?"));
    const Result<Done> done = execBound(select, { queryId });
    if (!done)
        return Result<QDateTime>::failure(done.error());
    if (!select.next())
        return Result<QDateTime>::failure(tr("query %1 is not stored").arg(queryId));
    return storedTime(select.value(0));
}

Result<qint64> HealthStates::settingsRevision() const
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT revision FROM health_settings WHERE id = 1")))
        return Result<qint64>::failure(tr("cannot read the health settings' revision: %1")
                                           .arg(sqlErrorText(select.lastError())));
    return select.next() ? select.value(0).toLongLong() : 0;
}

Result<bool> HealthStates::anyStale(std::optional<qint64> queryId) const
{
    // Two counts over indexes: every snapshot has a state of the revision in force, or not.
    const Result<qint64> revision = settingsRevision();
    if (!revision)
        return Result<bool>::failure(revision.error());
    const QString where = queryId ? QStringLiteral(" WHERE query_id = ?") : QString();
    QSqlQuery snapshots(m_database->connection());
    snapshots.prepare(QStringLiteral("SELECT COUNT(*) FROM health_snapshots") + where);
    QSqlQuery current(m_database->connection());
    current.prepare(QStringLiteral("SELECT COUNT(*) FROM health_states")
                    + (queryId ? where + QStringLiteral(" AND revision = ?")
                               : QStringLiteral(" WHERE revision = ?")));
    const QVariantList byQuery = queryId ? QVariantList { *queryId } : QVariantList();
    for (auto [query, values] : { std::pair { &snapshots, byQuery },
                                  std::pair { &current, byQuery + QVariantList { *revision } } }) {
        const Result<Done> counted = execBound(*query, values);
        if (!counted || !query->next())
            return Result<bool>::failure(
                tr("cannot count the health states to evaluate: %1")
                    .arg(counted ? sqlErrorText(query->lastError()) : counted.error()));
    }
    return snapshots.value(0).toLongLong() != current.value(0).toLongLong();
}

Result<int> HealthStates::reevaluateStale(std::optional<qint64> queryId, int limit)
{
    // Most reads find nothing stale: asked without a write transaction.
    const Result<bool> stale = anyStale(queryId);
    if (!stale)
        return Result<int>::failure(stale.error());
    if (!*stale)
        return 0;
    int evaluated = 0;
    const Result<Done> done = m_database->writeTransaction([&]() -> Result<Done> {
        // The settings and their revision inside the transaction that writes the states: a save
        // meanwhile cannot leave states of new settings stamped with the old revision.
        const Result<qint64> revision = settingsRevision();
        if (!revision)
            return Result<Done>::failure(revision.error());
        const Result<HealthSettingsList> settings = HealthStore(m_database).loadSettings();
        if (!settings)
            return Result<Done>::failure(settings.error());
        QSqlQuery select(m_database->connection());
        select.setForwardOnly(true);
        select.prepare(
            QStringLiteral(
                "SELECT s.id, s.query_id, q.started_at, s.address, s.name, s.ad_path,"
                " s.status_json FROM health_snapshots s JOIN queries q ON q.id = s.query_id"
                " LEFT JOIN health_states h ON h.snapshot_id = s.id"
                " WHERE (h.snapshot_id IS NULL OR h.revision <> ?)%1"
                " ORDER BY s.query_id DESC, s.id LIMIT ?")
                .arg(queryId ? QStringLiteral(" AND s.query_id = ?") : QString()));
        QVariantList values { *revision };
        if (queryId)
            values.append(*queryId);
        values.append(limit);
        const Result<Done> selected = execBound(select, values);
        if (!selected)
            return Result<Done>::failure(
                tr("cannot read the health to evaluate: %1").arg(selected.error()));
        const HealthEvaluation evaluation(*settings);
        QVector<Evaluated> states;
        while (select.next()) {
            const QString address = select.value(3).toString();
            std::optional<AgentStatus> status;
            if (!select.isNull(6)) {
                const Result<AgentStatus> parsed = AgentStatus::fromJson(
                    QJsonDocument::fromJson(select.value(6).toString().toUtf8()).object());
                if (!parsed)
                    return Result<Done>::failure(tr("the stored health of %1 cannot be read: %2")
                                                     .arg(address, parsed.error()));
                status = *parsed;
            }
            const AppliesToTarget target { address, select.value(4).toString(),
                                           select.value(5).toString() };
            states.append({ select.value(0).toLongLong(), select.value(1).toLongLong(), address,
                            evaluation.evaluate(target, status, storedTime(select.value(2))) });
        }
        select.finish();
        evaluated = int(states.size());
        return write(states, *revision);
    });
    if (!done)
        return Result<int>::failure(done.error());
    return evaluated;
}

Result<qint64> HealthStates::newestQuery() const
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT MAX(query_id) FROM health_snapshots")))
        return Result<qint64>::failure(tr("cannot read the newest query with health: %1")
                                           .arg(sqlErrorText(select.lastError())));
    return select.next() && !select.isNull(0) ? select.value(0).toLongLong() : 0;
}

Result<QVector<HealthRow>> HealthStates::rowsOf(qint64 queryId) const
{
    using R = Result<QVector<HealthRow>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
        "SELECT s.address, s.agent_port, s.name, s.ad_path, s.gathered_at, s.outcome, s.detail,"
        " h.overall, h.antivirus, h.antivirus_scan, h.firewall, h.virus_definitions, h.service,"
        " h.settings_name, h.conflicts, h.stopped_services"
        " FROM health_snapshots s JOIN health_states h ON h.snapshot_id = s.id"
        " WHERE s.query_id = ? ORDER BY s.address, s.id"));
    const Result<Done> selected = execBound(select, { queryId });
    if (!selected)
        return R::failure(
            tr("cannot read the health of query %1: %2").arg(queryId).arg(selected.error()));
    QVector<HealthRow> rows;
    while (select.next()) {
        HealthRow row;
        HealthSnapshot &snapshot = row.snapshot;
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
        for (int column = 7; column < 7 + 1 + healthIndicatorCount; ++column) {
            const std::optional<HealthState> state = stateOf(select.value(column));
            if (!state)
                return R::failure(tr("the stored health state of %1 is not one: \"%2\"")
                                      .arg(snapshot.address, select.value(column).toString()));
            if (column == 7)
                row.verdict.overall = *state;
            else
                row.verdict.indicators[size_t(column - 8)] = *state;
        }
        row.verdict.settings = select.value(13).toString();
        row.verdict.conflicts = listOf(select.value(14).toString());
        row.verdict.stoppedServices = listOf(select.value(15).toString());
        rows.append(std::move(row));
    }
    return rows;
}

Result<Done> HealthStates::fillGroup(const QVector<QString> &addresses)
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery statement(db);
    // A table of this connection only: the group never touches the shared store.
    if (!statement.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE IF NOT EXISTS health_group (address TEXT PRIMARY KEY)"))
        || !statement.exec(QStringLiteral("DELETE FROM health_group")))
        return sqlFailure(statement.lastError());
    // Several rows a statement: a PostgreSQL server is a round trip away.
    constexpr qsizetype rowsAtOnce = 500;
    if (!db.transaction())
        return sqlFailure(db.lastError());
    for (qsizetype first = 0; first < addresses.size(); first += rowsAtOnce) {
        const qsizetype count = std::min(rowsAtOnce, addresses.size() - first);
        QStringList marks(count, QStringLiteral("(?)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO health_group (address) VALUES %1"
                                      " ON CONFLICT (address) DO NOTHING")
                           .arg(marks.join(QLatin1Char(','))));
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i)
            values.append(notNullText(addresses.at(i)));
        const Result<Done> inserted = execBound(insert, values);
        if (!inserted) {
            db.rollback();
            return inserted;
        }
    }
    if (!db.commit())
        return sqlFailure(db.lastError());
    return Done {};
}

Result<QVector<HealthHistoryPoint>>
HealthStates::history(int queries, const std::optional<QVector<QString>> &addresses)
{
    using R = Result<QVector<HealthHistoryPoint>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    // The oldest of the `queries` newest queries with health: the history starts there.
    select.prepare(
        QStringLiteral("SELECT MIN(query_id) FROM (SELECT DISTINCT query_id FROM health_states"
                       " ORDER BY query_id DESC LIMIT ?) newest"));
    Result<Done> done = execBound(select, { queries });
    if (!done)
        return R::failure(tr("cannot read the health history: %1").arg(done.error()));
    if (!select.next() || select.isNull(0))
        return QVector<HealthHistoryPoint>();
    const qint64 oldest = select.value(0).toLongLong();
    select.finish();
    if (addresses) {
        done = fillGroup(*addresses);
        if (!done)
            return R::failure(tr("cannot read the health history: %1").arg(done.error()));
    }
    select.prepare(
        QStringLiteral("SELECT h.query_id, q.started_at, h.overall, COUNT(*) FROM health_states h"
                       " JOIN queries q ON q.id = h.query_id%1 WHERE h.query_id >= ?"
                       " GROUP BY h.query_id, q.started_at, h.overall ORDER BY h.query_id")
            .arg(addresses ? QStringLiteral(" JOIN health_group g ON g.address = h.address")
                           : QString()));
    done = execBound(select, { oldest });
    if (!done)
        return R::failure(tr("cannot read the health history: %1").arg(done.error()));
    QVector<HealthHistoryPoint> points;
    while (select.next()) {
        const qint64 queryId = select.value(0).toLongLong();
        if (points.isEmpty() || points.last().queryId != queryId)
            points.append({ queryId, storedTime(select.value(1)), {} });
        const std::optional<HealthState> state = stateOf(select.value(2));
        if (!state)
            return R::failure(tr("a stored health state of query %1 is not one: \"%2\"")
                                  .arg(queryId)
                                  .arg(select.value(2).toString()));
        points.last().counts[size_t(*state)] += select.value(3).toInt();
    }
    return points;
}

Result<QVector<HealthHistoryEntry>> HealthStates::historyOf(const QString &address,
                                                            int queries) const
{
    using R = Result<QVector<HealthHistoryEntry>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT h.query_id, q.started_at, h.overall FROM health_states h"
                                  " JOIN queries q ON q.id = h.query_id WHERE h.address = ?"
                                  " ORDER BY h.query_id DESC LIMIT ?"));
    const Result<Done> done = execBound(select, { notNullText(address), queries });
    if (!done)
        return R::failure(
            tr("cannot read the health history of %1: %2").arg(address, done.error()));
    QVector<HealthHistoryEntry> entries;
    while (select.next()) {
        const std::optional<HealthState> state = stateOf(select.value(2));
        if (!state)
            return R::failure(tr("a stored health state of %1 is not one: \"%2\"")
                                  .arg(address, select.value(2).toString()));
        entries.prepend({ select.value(0).toLongLong(), storedTime(select.value(1)), *state });
    }
    return entries;
}
