#include "eventsession.h"

#include "store/eventlog.h"

EventSession::EventSession(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

EventSession::~EventSession() = default;

void EventSession::search(const QString &kind, const QDateTime &since)
{
    const EventFilter filter { since, kind, searchLimit };
    using Found = Result<QVector<ComputerEvent>>;
    m_search.run<Found>(
        this,
        [open = m_openDatabase, filter] {
            return readStore<QVector<ComputerEvent>>(
                open, [&filter](const auto &database) { return EventLog(database).read(filter); });
        },
        [this](const Found &found) {
            if (!found) {
                emit searchFailed(found.error());
                return;
            }
            m_events.setEvents(found.value());
            emit searched(int(found->size()), found->size() >= searchLimit);
        });
}
