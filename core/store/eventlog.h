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

    // Appends `events` in one transaction; the error text, or empty.
    QString append(const QVector<ComputerEvent> &events) const;
    // Oldest first (with a limit: the newest `limit`, still oldest first).
    Result<QVector<ComputerEvent>> read(const EventFilter &filter) const;

    // Inserts `events` inside a transaction the caller runs; the error text, or empty.
    static QString insert(const QSqlDatabase &db, const QVector<ComputerEvent> &events);

private:
    std::shared_ptr<Database> m_database;
};
