#include "eventfeed.h"

#include "store/eventlog.h"
#include "storeread.h"

EventFeed::EventFeed(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{
    m_timer.setInterval(pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventFeed::poll);
}

EventFeed::~EventFeed() = default;

void EventFeed::start()
{
    poll();
    m_timer.start();
}

void EventFeed::poll()
{
    if (m_workers.isBusy())
        return; // the read under way brings these too
    const bool noting = m_lastId < 0;
    EventFilter filter;
    filter.afterId = std::max<qint64>(0, m_lastId);
    if (noting)
        filter.limit = 1; // only the newest, to note where the events stand
    using Found = Result<QVector<ComputerEvent>>;
    m_workers.run<Found>(
        this,
        [open = m_openDatabase, filter] {
            return readStore<QVector<ComputerEvent>>(
                open, [&filter](const auto &database) { return EventLog(database).read(filter); });
        },
        [this, noting](const Found &found) {
            if (!found) {
                if (found.error() != m_lastError)
                    emit failed(found.error());
                m_lastError = found.error();
                emit polled();
                return;
            }
            m_lastError.clear();
            for (const ComputerEvent &event : *found)
                m_lastId = std::max(m_lastId, event.id);
            if (noting)
                m_lastId = std::max<qint64>(m_lastId, 0);
            else if (!found->isEmpty())
                emit arrived(found.value());
            emit polled();
        });
}
