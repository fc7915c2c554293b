#include "quarantine/policystore.h"

#include "quarantine/autoresponsestore.h"

#include "agentlink/agentstatus.h"
#include "common/clock.h"
#include "store/auditlog.h"
#include "store/eventlog.h"
#include "store/heartbeatstore.h"
#include "store/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString compactJson(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

// A stored CVE list, read as the status reads it (agent text, once): nothing when unreadable.
std::optional<QStringList> cvesFromText(const QString &text)
{
    const Result<std::optional<QStringList>> cves
        = missingCvesFromJson(QJsonDocument::fromJson(text.toUtf8()).array());
    return cves ? *cves : std::nullopt;
}

void keepNewer(QHash<QString, QPair<QDateTime, std::optional<QStringList>>> &reports,
               const QString &address, const QDateTime &at, const std::optional<QStringList> &cves)
{
    const auto found = reports.constFind(address);
    if (found == reports.cend() || found->first < at)
        reports.insert(address, { at, cves });
}

} // namespace

PolicyStore::PolicyStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<PolicyDocument> PolicyStore::load() const
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(QStringLiteral("SELECT document_json FROM policy_document WHERE id = 1")))
        return Result<PolicyDocument>::failure(
            tr("the quarantine policies cannot be read: %1").arg(sqlErrorText(select.lastError())));
    PolicyDocument loaded;
    if (select.next()) {
        Result<PolicyDocument> document
            = PolicyDocument::fromText(select.value(0).toString().toUtf8());
        if (!document)
            return Result<PolicyDocument>::failure(
                tr("the stored quarantine policies cannot be read: %1").arg(document.error()));
        loaded = std::move(document).value();
    }
    // The automatic response travels in the document and is kept in its own store.
    const Result<AutoResponseStore::Stored> automatic = AutoResponseStore(m_database).load();
    if (!automatic)
        return Result<PolicyDocument>::failure(automatic.error());
    loaded.autoResponse = automatic->settings;
    return loaded;
}

Result<Done> PolicyStore::save(const PolicyDocument &document) const
{
    const Result<Done> written = m_database->writeTransaction(
        [&] { return writeDocument(m_database->connection(), document); });
    if (!written)
        return Result<Done>::failure(
            tr("the quarantine policies cannot be saved: %1").arg(written.error()));
    return Done {};
}

Result<Done> PolicyStore::audit(const QString &action, const QString &computer,
                                const QString &detail) const
{
    AuditEntry entry;
    entry.at = Clock::instance().now().toUTC();
    entry.osUser = AuditLog::currentOsUser();
    entry.action = action;
    if (!computer.isEmpty())
        entry.targets = { { computer, QStringLiteral("done"), QString() } };
    entry.detail = detail;
    const Result<qint64> appended = AuditLog(m_database).append(entry);
    if (!appended)
        return Result<Done>::failure(
            tr("the change was saved, but the audit log refused the entry: %1")
                .arg(appended.error()));
    return Done {};
}

Result<Done> PolicyStore::import(const PolicyDocument &document, const QString &source) const
{
    const Result<Done> saved = save(document);
    if (!saved)
        return saved;
    // Checked whole when the document was read, so only the store can fail it now.
    if (document.autoResponse) {
        const Result<Done> automatic
            = AutoResponseStore(m_database)
                  .save(*document.autoResponse, tr("imported from %1").arg(source));
        if (!automatic)
            return automatic;
    }
    QStringList names;
    for (const QuarantinePolicy &policy : document.policies)
        names.append(policy.enabled ? policy.name : tr("%1 (off)").arg(policy.name));
    return audit(QStringLiteral("policy-import"), QString(),
                 tr("imported from %1: %n policies", nullptr, int(names.size())).arg(source)
                     + (names.isEmpty() ? QString()
                                        : QStringLiteral(": ") + names.join(QStringLiteral(", "))));
}

Result<bool> PolicyStore::exclude(const QString &policy, const PolicyExclusion &exclusion,
                                  const QString &address) const
{
    using R = Result<bool>;
    bool release = false;
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        Result<PolicyDocument> document = load();
        if (!document)
            return Result<Done>::failure(document.error());
        PolicyDocument changed = std::move(document).value();
        QuarantinePolicy *target = changed.find(policy);
        if (!target)
            return Result<Done>::failure(tr("there is no quarantine policy named %1").arg(policy));
        auto &exclusions = target->exclusions;
        exclusions.erase(std::remove_if(exclusions.begin(), exclusions.end(),
                                        [&](const PolicyExclusion &e) {
                                            return e.computer.compare(exclusion.computer,
                                                                      Qt::CaseInsensitive)
                                                == 0;
                                        }),
                         exclusions.end());
        exclusions.append(exclusion);
        const Result<QHash<QString, QVector<PolicyStanding>>> all = standings();
        if (!all)
            return Result<Done>::failure(all.error());
        QVector<PolicyStanding> kept;
        bool wasQuarantined = false;
        for (const PolicyStanding &standing : all->value(address)) {
            if (standing.policy == target->name)
                wasQuarantined = standing.isQuarantined();
            else
                kept.append(standing);
        }
        release = wasQuarantined
            && std::none_of(kept.cbegin(), kept.cend(),
                            [](const PolicyStanding &s) { return s.isQuarantined(); });
        const Result<Done> saved = writeDocument(m_database->connection(), changed);
        if (!saved)
            return saved;
        return writeStandings(m_database->connection(), { { address, kept } });
    });
    if (!written)
        return R::failure(written.error());
    const QString until
        = exclusion.until.isValid() ? exclusion.until.toString(Qt::ISODate) : tr("no expiry");
    const Result<Done> audited
        = audit(QStringLiteral("policy-exclude"), address,
                tr("policy %1: %2 excluded (%3; until %4)")
                    .arg(policy, exclusion.computer, exclusion.reason, until));
    if (!audited)
        return R::failure(audited.error());
    return release;
}

Result<QHash<QString, QVector<PolicyStanding>>> PolicyStore::standings() const
{
    using R = Result<QHash<QString, QVector<PolicyStanding>>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral(
            "SELECT policy, address, name, first_failing, grace_ends, missing_cves_json,"
            " warned_at, quarantined_at FROM policy_standings ORDER BY address, policy")))
        return R::failure(tr("the computers' policy standings cannot be read: %1")
                              .arg(sqlErrorText(select.lastError())));
    QHash<QString, QVector<PolicyStanding>> all;
    while (select.next()) {
        PolicyStanding standing;
        standing.policy = select.value(0).toString();
        standing.address = select.value(1).toString();
        standing.name = select.value(2).toString();
        standing.firstFailing = storedTime(select.value(3));
        standing.graceEnds = storedTime(select.value(4));
        standing.missingCves = cvesFromText(select.value(5).toString()).value_or(QStringList());
        standing.warnedAt = storedTime(select.value(6));
        standing.quarantinedAt = storedTime(select.value(7));
        all[standing.address].append(standing);
    }
    return all;
}

Result<Done> PolicyStore::saveStandings(const QHash<QString, QVector<PolicyStanding>> &byAddress,
                                        const QVector<ComputerEvent> &events) const
{
    const QSqlDatabase db = m_database->connection();
    const Result<Done> saved = m_database->writeTransaction([&]() -> Result<Done> {
        const Result<Done> written = writeStandings(db, byAddress);
        if (!written)
            return written;
        return EventLog::insert(db, events);
    });
    if (!saved)
        return Result<Done>::failure(
            tr("the computers' policy standings cannot be stored: %1").arg(saved.error()));
    return saved;
}

Result<Done> PolicyStore::writeDocument(const QSqlDatabase &db, const PolicyDocument &document)
{
    PolicyDocument policies = document;
    policies.autoResponse.reset(); // AutoResponseStore's
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO policy_document (id, document_json, updated_at) VALUES (1, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET document_json = excluded.document_json,"
        " updated_at = excluded.updated_at"));
    return execBound(
        upsert,
        { QString::fromUtf8(QJsonDocument(policies.toJson()).toJson(QJsonDocument::Compact)),
          storeTime(Clock::instance().now()) });
}

Result<Done> PolicyStore::writeStandings(const QSqlDatabase &db,
                                         const QHash<QString, QVector<PolicyStanding>> &byAddress)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM policy_standings WHERE address = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO policy_standings (policy, address, name, first_failing, grace_ends,"
        " missing_cves_json, warned_at, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        const Result<Done> removed = execBound(remove, { it.key() });
        if (!removed)
            return removed;
        for (const PolicyStanding &s : it.value()) {
            const Result<Done> inserted
                = execBound(insert,
                            { s.policy, it.key(), notNullText(s.name), storeTime(s.firstFailing),
                              storeTime(s.graceEnds), compactJson(s.missingCves),
                              nullableStoreTime(s.warnedAt), nullableStoreTime(s.quarantinedAt) });
            if (!inserted)
                return inserted;
        }
    }
    return Done {};
}

Result<Done> PolicyStore::readHeartbeatReports(Reports &into) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT address, evaluated_at, missing_cves_json FROM agent_health")))
        return Result<Done>::failure(tr("the agents' heartbeat reports cannot be read: %1")
                                         .arg(sqlErrorText(select.lastError())));
    while (select.next()) {
        keepNewer(into, select.value(0).toString(), storedTime(select.value(1)),
                  select.value(2).isNull() ? std::nullopt
                                           : cvesFromText(select.value(2).toString()));
    }
    return Done {};
}

// The newest reported status of each agent from the queries' health snapshots. Rows come oldest
// first; only the newest of each address is parsed, and only its missingCves key.
Result<Done> PolicyStore::readQueryReports(Reports &into) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral(
            "SELECT address, gathered_at, status_json FROM health_snapshots"
            " WHERE outcome = 'reported' AND status_json IS NOT NULL ORDER BY gathered_at, id")))
        return Result<Done>::failure(
            tr("the agents' reports cannot be read: %1").arg(sqlErrorText(select.lastError())));
    QHash<QString, QPair<QDateTime, QString>> newest;
    while (select.next())
        newest.insert(select.value(0).toString(),
                      { storedTime(select.value(1)), select.value(2).toString() });
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const QJsonObject status = QJsonDocument::fromJson(it->second.toUtf8()).object();
        const Result<std::optional<QStringList>> cves
            = missingCvesFromJson(status.value(QStringLiteral("missingCves")));
        keepNewer(into, it.key(), it->first, cves ? *cves : std::nullopt);
    }
    return Done {};
}

Result<QVector<ComputerFacts>> PolicyStore::facts() const
{
    using R = Result<QVector<ComputerFacts>>;
    const Result<HeartbeatStore::Roster> roster = HeartbeatStore(m_database).roster();
    if (!roster)
        return R::failure(roster.error());
    Reports reports;
    for (const Result<Done> &read : { readHeartbeatReports(reports), readQueryReports(reports) }) {
        if (!read)
            return R::failure(read.error());
    }
    QVector<ComputerFacts> facts;
    facts.reserve(roster->agents.size());
    for (const AgentHeartbeat &agent : roster->agents) {
        ComputerFacts computer;
        computer.address = agent.address;
        computer.port = agent.port;
        computer.name = agent.name;
        computer.adPath = agent.adPath;
        const auto report = reports.constFind(agent.address);
        if (report != reports.cend()) {
            computer.reported = true;
            computer.reportedAt = report->first;
            computer.missingCves = report->second;
        }
        facts.append(computer);
    }
    return facts;
}
