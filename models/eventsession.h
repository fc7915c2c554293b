#pragma once

#include "common/result.h"
#include "eventsmodel.h"
#include "storeread.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

class Database;

// The console's view of the events (docs/watch.md, "Events"), shaped like AuditSession: it reads
// them into its model on a worker with its own store connection and answers with signals on the
// GUI thread. Views talk to this object, never to the store.
class EventSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = OpenStore;

    // A search shows at most this many events, the newest.
    static constexpr int searchLimit = 5000;

    explicit EventSession(OpenDatabase openDatabase, QObject *parent = nullptr);
    ~EventSession() override;

    EventsModel *events() { return &m_events; }

    // Reads the newest events of `kind` (empty: every kind) at or after `since` (invalid: any
    // time) into events(); searched() follows, or searchFailed(). An older search still running
    // is dropped.
    void search(const QString &kind, const QDateTime &since);

signals:
    // `truncated`: there were more than searchLimit; the newest are shown.
    void searched(int events, bool truncated);
    void searchFailed(const QString &error);

private:
    OpenDatabase m_openDatabase;
    EventsModel m_events;
    LatestSearch m_search; // last: waits for the reads still running
};
