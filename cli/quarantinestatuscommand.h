#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli quarantine-status --format json|csv` (docs/cli.md, docs/quarantine.md): the
// Computer Quarantine Status report, every quarantined, pending or released computer with
// `name`, `address`, `state`, `reason`, `policy`, `since`, `graceEnds`, `missingCves`, `why`.
class QuarantineStatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuarantineStatusCommand)

public:
    // Exit codes: 0 written; 1 the store cannot be read or standard output written; 2 bad usage
    // or no store password; 3 no such database.
    int run(const QStringList &arguments);
};
