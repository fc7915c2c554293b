#include "quarantine/quarantineroster.h"

#include "agentlink/agentstatus.h"
#include "quarantine/autoresponselog.h"
#include "quarantine/policystore.h"
#include "store/auditlog.h"
#include "store/sqltransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

bool QuarantineEntry::operator==(const QuarantineEntry &other) const
{
    return name == other.name && address == other.address && quarantine == other.quarantine;
}

QuarantineRoster::QuarantineRoster(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<QVector<QuarantineEntry>> QuarantineRoster::read() const
{
    QHash<QString, QuarantineEntry> entries;
    QHash<QString, QDateTime> reportedAt;
    for (const Result<Done> &step :
         { readReports(entries, reportedAt), applyCommands(entries, reportedAt),
           applyStandings(entries) }) {
        if (!step)
            return Result<QVector<QuarantineEntry>>::failure(step.error());
    }
    QVector<QuarantineEntry> list;
    for (const QuarantineEntry &entry : std::as_const(entries))
        list.append(entry);
    std::sort(list.begin(), list.end(), [](const QuarantineEntry &a, const QuarantineEntry &b) {
        return a.address < b.address;
    });
    return list;
}

QSet<QString> QuarantineRoster::quarantinedAddresses(const QVector<QuarantineEntry> &entries)
{
    QSet<QString> addresses;
    for (const QuarantineEntry &entry : entries) {
        if (entry.quarantine.state == QuarantineState::State::Quarantined)
            addresses.insert(entry.address);
    }
    return addresses;
}

// The newest report of each agent. Rows come oldest first, so a later report replaces an
// earlier one; only the newest is parsed, and one that says nothing of a quarantine (the agent
// was never quarantined, or is older than the key) removes the computer from the report.
Result<Done> QuarantineRoster::readReports(QHash<QString, QuarantineEntry> &entries,
                                           QHash<QString, QDateTime> &reportedAt) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral(
            "SELECT address, name, gathered_at, status_json FROM health_snapshots"
            " WHERE outcome = 'reported' AND status_json IS NOT NULL ORDER BY gathered_at, id")))
        return Result<Done>::failure(
            tr("cannot read the agents' reports: %1").arg(sqlErrorText(select.lastError())));
    QHash<QString, QPair<QString, QString>> newest; // address -> name, status JSON
    while (select.next()) {
        const QString address = select.value(0).toString();
        newest.insert(address, { select.value(1).toString(), select.value(3).toString() });
        reportedAt.insert(address,
                          QDateTime::fromString(select.value(2).toString(), Qt::ISODateWithMs));
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const Result<AgentStatus> status
            = AgentStatus::fromJson(QJsonDocument::fromJson(it->second.toUtf8()).object());
        if (!status)
            return Result<Done>::failure(
                tr("the stored report of %1 cannot be read: %2").arg(it.key(), status.error()));
        if (status->quarantine)
            entries.insert(it.key(), { it->first, it.key(), *status->quarantine });
    }
    return Done {};
}

// Commands given after the agent last reported: done, they changed its state (a refused or
// unreachable one changed nothing).
Result<Done> QuarantineRoster::applyCommands(QHash<QString, QuarantineEntry> &entries,
                                             const QHash<QString, QDateTime> &reportedAt) const
{
    QVector<AuditEntry> commands;
    for (const char *action : { "quarantine", "release" }) {
        const Result<QVector<AuditEntry>> found
            = AuditLog(m_database).search({ {}, QString::fromLatin1(action), {}, {}, 0 });
        if (!found)
            return Result<Done>::failure(found.error());
        commands += *found;
    }
    std::sort(commands.begin(), commands.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    for (const AuditEntry &command : std::as_const(commands)) {
        const bool quarantine = command.action == QLatin1String("quarantine");
        for (const AuditTarget &target : command.targets) {
            const auto reported = reportedAt.constFind(target.computer);
            if (target.outcome != QLatin1String("done")
                || (reported != reportedAt.cend() && *reported >= command.at))
                continue;
            QuarantineEntry &entry = entries[target.computer];
            entry.address = target.computer;
            if (quarantine)
                entry.quarantine = QuarantineState {};
            entry.quarantine.state = quarantine ? QuarantineState::State::Quarantined
                                                : QuarantineState::State::Released;
            entry.quarantine.since = command.at.toUTC();
            entry.quarantine.why = quarantine
                ? tr("quarantined by %1 from a console of this store").arg(command.osUser)
                : tr("released by %1 from a console of this store").arg(command.osUser);
        }
    }
    // A quarantine the automatic response sent is one for a detection (docs/auto-response.md).
    const Result<QVector<AutoResponseRecord>> automatic = AutoResponseLog(m_database).read();
    if (!automatic)
        return Result<Done>::failure(automatic.error());
    AutoResponseLog::explainQuarantines(entries, *automatic, commands);
    return Done {};
}

// The policy that decides each computer (PolicyVerdict::deciding()): a pending computer shows
// its grace period; one the policies quarantined shows which and why. A computer quarantined
// by hand stays so, whatever a policy says of it.
Result<Done> QuarantineRoster::applyStandings(QHash<QString, QuarantineEntry> &entries) const
{
    const Result<QHash<QString, QVector<PolicyStanding>>> standings
        = PolicyStore(m_database).standings();
    if (!standings)
        return Result<Done>::failure(standings.error());
    for (auto it = standings->cbegin(); it != standings->cend(); ++it) {
        const PolicyStanding *deciding = PolicyVerdict::deciding(it.value());
        if (!deciding)
            continue;
        const auto found = entries.constFind(it.key());
        const bool quarantined = found != entries.cend()
            && found->quarantine.state == QuarantineState::State::Quarantined;
        if (quarantined && !deciding->isQuarantined())
            continue;
        // Released by hand after the policy quarantined it: the release is what holds.
        if (found != entries.cend() && deciding->isQuarantined()
            && found->quarantine.state == QuarantineState::State::Released
            && found->quarantine.since > deciding->quarantinedAt)
            continue;
        QuarantineEntry &entry = entries[it.key()];
        entry.address = it.key();
        entry.name = entry.name.isEmpty() ? deciding->name : entry.name;
        QuarantineState &state = entry.quarantine;
        state.reason = QuarantineState::Reason::Policy;
        state.policy = deciding->policy;
        state.missingCves = deciding->missingCves;
        const QString cves = deciding->missingCves.join(QStringLiteral(", "));
        if (deciding->isQuarantined()) {
            if (!quarantined)
                state.since = deciding->quarantinedAt;
            state.state = QuarantineState::State::Quarantined;
            state.graceEnds = {};
            state.why = tr("quarantined by policy %1: misses %2").arg(deciding->policy, cves);
        } else {
            state.state = QuarantineState::State::Pending;
            state.since = deciding->firstFailing;
            state.graceEnds = deciding->graceEnds;
            state.why = tr("pending with policy %1: misses %2; quarantined when the grace period "
                           "ends")
                            .arg(deciding->policy, cves);
        }
    }
    return Done {};
}
