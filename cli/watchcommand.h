#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli watch`: the watcher headless (docs/watch.md), for a machine that stays up. It runs
// the periodic duties on the store while it holds the store's lease; a second watcher waits.
class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    // Exit codes: 0 stopped by SIGTERM/SIGINT, or `--once` done (another watcher holding the
    // lease included); 1 `--once` could not reach the store or a round failed; 2 bad usage or no
    // store password; 3 no such database; 130 `--once` interrupted by SIGTERM/SIGINT.
    int run(const QStringList &arguments);
};
