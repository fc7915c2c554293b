#pragma once

#include "agentlink/quarantinestate.h"
#include "common/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

// One computer of the Computer Quarantine Status report (reference 001): quarantined, pending or
// released, and by whom, since when and why.
struct QuarantineEntry
{
    QString name;
    QString address;
    QuarantineState quarantine;

    bool operator==(const QuarantineEntry &other) const;
};

// Who is quarantined now, as this store knows it (docs/quarantine.md, "Where the state comes
// from"): each agent's newest report of its own quarantine (the health snapshots the queries
// gathered), then the quarantine and release commands this store's consoles sent since that
// report (the audit log), so a command shows at once, before the next query asks the agent;
// then the CVE compliance policies' standings (docs/policies.md): a computer pending with a
// policy, or quarantined by one, says which, until when and the CVEs it misses.
// Reads on the caller's thread: the console calls it from a worker (models/quarantinesession).
class QuarantineRoster
{
    Q_DECLARE_TR_FUNCTIONS(QuarantineRoster)

public:
    explicit QuarantineRoster(std::shared_ptr<Database> database);

    // Every computer that is quarantined, pending or released, in address order.
    Result<QVector<QuarantineEntry>> read() const;
    // The addresses quarantined now: the probe tries their agent ports even when the
    // unreachable check port is closed, because the quarantine closed it on purpose.
    static QSet<QString> quarantinedAddresses(const QVector<QuarantineEntry> &entries);

private:
    Result<Done> readReports(QHash<QString, QuarantineEntry> &entries,
                             QHash<QString, QDateTime> &reportedAt) const;
    Result<Done> applyCommands(QHash<QString, QuarantineEntry> &entries,
                               const QHash<QString, QDateTime> &reportedAt) const;
    Result<Done> applyStandings(QHash<QString, QuarantineEntry> &entries) const;

    std::shared_ptr<Database> m_database;
};
