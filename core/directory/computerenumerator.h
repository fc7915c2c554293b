#pragma once

#include "directory/adcomputer.h"
#include "directory/directoryclient.h"

#include <QStringList>
#include <QVector>

#include <functional>

// Turns the Active Directory objects of a scope (DNs of domains, OUs, containers and single
// computers) into the computers they hold, through a bound DirectoryClient. Blocking: the
// console runs it in DirectoryReader on a worker thread; osmgmt-cli and the bench call it
// directly.
class ComputerEnumerator
{
public:
    static const QStringList &attributes();
    static QString computerFilter();
    // The computer an entry of a computer search describes.
    static AdComputer fromEntry(const DirectoryEntry &entry);

    struct Outcome
    {
        int count = 0;
        // Selected DNs that no longer exist: reported, not fatal, since the rest is still
        // worth assessing (an OU deleted after the scope was saved).
        QStringList missing;
    };
    using BatchHandler = std::function<bool(const QVector<AdComputer> &batch)>;

    // Every computer at or below each DN, each once even when selected twice (an OU and a
    // computer in it), in batches of up to a page. `onBatch` returns false to stop.
    static DirectoryResult<Outcome> enumerate(DirectoryClient &client, const QStringList &dns,
                                              const BatchHandler &onBatch);
};
