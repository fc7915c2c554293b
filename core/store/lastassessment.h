#pragma once

#include "common/result.h"
#include "endpoint/endpoint.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <memory>
#include <optional>

// What a query with *Use on-demand assessment* off shows for an Active Directory computer: the
// newest stored result of the same computer (DESIGN.md, "Resolve"). Read-only; runs on the
// thread of its Database (the store thread).
class LastAssessment
{
    Q_DECLARE_TR_FUNCTIONS(LastAssessment)

public:
    // One computer to look up: its DN, and the address it resolves to now (empty when none).
    struct Wanted
    {
        QString dn;
        QString address;
    };
    struct Found
    {
        Endpoint endpoint; // as it was stored
        QDateTime assessedAt; // the start of the query that stored it (UTC)
    };

    explicit LastAssessment(std::shared_ptr<Database> database);

    // For each wanted computer, in order: the endpoint of the newest query that holds one with
    // the same AD path or, failing that, the same address; nullopt when no query does.
    // Endpoints with an AD path from queries that ran with on-demand assessment off are not
    // assessments (they were copied, or never assessed) and are skipped.
    Result<QVector<std::optional<Found>>> find(const QVector<Wanted> &wanted) const;

private:
    std::shared_ptr<Database> m_database;
};
