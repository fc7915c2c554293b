#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli detections --format json|csv` (docs/cli.md, docs/quarantine.md): the security
// risks the agents reported from their client logs, with `time`, `name`, `address`, `threat`,
// `result`, `resultText`, `scanType`, `path`, `source` (`virus` or `web`).
class DetectionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DetectionsCommand)

public:
    // Exit codes: 0 written; 1 the store cannot be read or standard output written; 2 bad usage
    // or no store password; 3 no such database.
    int run(const QStringList &arguments);
};
