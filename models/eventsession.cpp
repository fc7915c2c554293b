#include "eventsession.h"

#include "store/eventlog.h"

EventSession::EventSession(OpenDatabase openDatabase, QObject *parent)
    : NewestSearch(std::move(openDatabase), parent)
{ }

void EventSession::search(const QString &kind, const QDateTime &since)
{
    searchNewest<ComputerEvent>(
        Order::OldestFirst,
        [kind, since](const std::shared_ptr<Database> &database, int limit) {
            EventFilter filter;
            filter.since = since;
            filter.kind = kind;
            filter.limit = limit;
            return EventLog(database).read(filter);
        },
        [this](QVector<ComputerEvent> events) { m_events.setEvents(std::move(events)); });
}
