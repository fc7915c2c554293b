#pragma once

#include "common/result.h"
#include "store/database.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

// The events of the store (table events, schema 6; docs/watch.md, "Events"): heartbeat
// transitions, status changes between queries, health indicators. Appended, read by time and
// kind; runs on the thread of its Database.
class EventLog
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    explicit EventLog(std::shared_ptr<Database> database);

    // Appends `events` in one transaction.
    Result<Done> append(const QVector<ComputerEvent> &events) const;
    // Oldest first (with a limit: the newest `limit`, still oldest first).
    Result<QVector<ComputerEvent>> read(const EventFilter &filter) const;
    // The id of the event appended last (ids grow as events are appended, whatever their
    // times); 0 when there is none.
    Result<qint64> lastId() const;

    // Inserts `events` inside a transaction the caller runs.
    static Result<Done> insert(const QSqlDatabase &db, const QVector<ComputerEvent> &events);

private:
    std::shared_ptr<Database> m_database;
};
