#pragma once

#include "eventsmodel.h"
#include "newestsearch.h"

#include <QDateTime>

// The console's view of the events (docs/watch.md, "Events"): reads the newest of them into its
// model on a worker (NewestSearch). Views talk to this object, never to the store.
class EventSession : public NewestSearch
{
    Q_OBJECT

public:
    explicit EventSession(OpenDatabase openDatabase, QObject *parent = nullptr);

    EventsModel *events() { return &m_events; }

    // Reads the newest events of `kind` (empty: every kind) at or after `since` (invalid: any
    // time) into events(); searched() follows, or searchFailed().
    void search(const QString &kind, const QDateTime &since);

private:
    EventsModel m_events;
};
