#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli events [--since TIME] [--kind K] --format json|csv` (docs/cli.md): the events the
// watcher and the queries stored (docs/watch.md, "Events"), oldest first: `time`, `kind`,
// `name`, `address`, `from`, `to`.
class EventsCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)

public:
    // Exit codes: 0 written; 1 the store cannot be read or standard output written; 2 bad usage
    // or no store password; 3 no such database.
    int run(const QStringList &arguments);
};
