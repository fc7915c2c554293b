#include "eventsession.h"

#include "store/eventlog.h"

EventSession::EventSession(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

EventSession::~EventSession() = default;

void EventSession::search(const QString &kind, const QDateTime &since)
{
    const int generation = ++m_generation;
    const EventFilter filter { since, kind, searchLimit };
    using Found = Result<QVector<ComputerEvent>>;
    m_workers.run<Found>(
        this,
        [open = m_openDatabase, filter]() -> Found {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Found::failure(database.error());
            return EventLog(database.value()).read(filter);
        },
        [this, generation](const Found &found) {
            if (generation != m_generation)
                return; // a newer search is on its way
            if (!found) {
                emit searchFailed(found.error());
                return;
            }
            m_events.setEvents(found.value());
            emit searched(int(found->size()), found->size() >= searchLimit);
        });
}
