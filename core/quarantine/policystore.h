#pragma once

#include "common/result.h"
#include "quarantine/policyevaluation.h"
#include "quarantine/quarantinepolicy.h"
#include "store/database.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <memory>

// The CVE compliance policies in the store (schema 12; docs/policies.md): the policy document,
// each computer's standing with each policy it fails, and the facts the evaluation judges by.
// Runs on the thread of its Database.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(PolicyStore)

public:
    explicit PolicyStore(std::shared_ptr<Database> database);

    // The saved policies, with the automatic response's settings (AutoResponseStore); no
    // policy before the first save.
    Result<PolicyDocument> load() const;
    // Replaces the policies whole, in one statement (the automatic response is not written).
    Result<Done> save(const PolicyDocument &document) const;
    // save(), the document's automatic response (AutoResponseStore::save(), audited there), then
    // the audit entry "policy-import" naming `source` and the policies. The document was checked
    // whole when read, so nothing of a refused file is written.
    Result<Done> import(const PolicyDocument &document, const QString &source) const;
    // Exclude device from quarantine policy (reference 001, step 8): adds `exclusion` (for the
    // computer at `address`) to the policy named `policy`, replacing one for the same computer,
    // and drops the computer's standing with it, in one transaction; then the audit entry
    // "policy-exclude". True when the computer is to be released now: that policy had
    // quarantined it and no other still does.
    Result<bool> exclude(const QString &policy, const PolicyExclusion &exclusion,
                         const QString &address) const;

    // Every standing, by computer address.
    Result<QHash<QString, QVector<PolicyStanding>>> standings() const;
    // One round's result in one transaction: the standings of each computer in `byAddress`
    // replace its stored ones (an empty list removes them), and `events` are appended.
    Result<Done> saveStandings(const QHash<QString, QVector<PolicyStanding>> &byAddress,
                               const QVector<ComputerEvent> &events = {}) const;

    // The agents of this server (HeartbeatStore::roster()) with the CVE identifiers each last
    // reported missing: its newest report, whether from a heartbeat (agent_health) or a query
    // (health_snapshots); absent when that report does not say (or there is none).
    Result<QVector<ComputerFacts>> facts() const;

private:
    // Without a transaction of their own: the callers' transaction holds them.
    static Result<Done> writeDocument(const QSqlDatabase &db, const PolicyDocument &document);
    static Result<Done> writeStandings(const QSqlDatabase &db,
                                       const QHash<QString, QVector<PolicyStanding>> &byAddress);
    Result<Done> audit(const QString &action, const QString &computer, const QString &detail) const;
    // address -> (reported at, missing CVEs or none said), the newer of `into`'s and the
    // source's.
    using Reports = QHash<QString, QPair<QDateTime, std::optional<QStringList>>>;
    Result<Done> readHeartbeatReports(Reports &into) const;
    Result<Done> readQueryReports(Reports &into) const;

    std::shared_ptr<Database> m_database;
};
