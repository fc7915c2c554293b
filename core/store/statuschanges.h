#pragma once

#include "common/result.h"
#include "store/database.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>

#include <memory>

// The `status-changed` events (docs/watch.md, "Events"): for each completed query not yet
// read, the endpoints whose status changed since the previous completed query, as *Changes since
// the previous query* shows them (QueryComparison: became protected, became unprotected). The
// last query read is kept in event_sources, so each query gives its events once; a store that
// never had one starts from its newest completed query. Runs on the thread of its Database.
class StatusChanges
{
    Q_DECLARE_TR_FUNCTIONS(StatusChanges)

public:
    explicit StatusChanges(std::shared_ptr<Database> database);

    struct Recorded
    {
        int queries = 0; // completed queries read
        int events = 0; // status-changed events appended
    };
    // Reads the completed queries after the last one read and appends their events, with the
    // new mark, in one transaction.
    Result<Recorded> recordNew() const;

private:
    Result<QVector<ComputerEvent>> eventsOf(qint64 queryId) const;

    std::shared_ptr<Database> m_database;
};
