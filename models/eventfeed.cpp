#include "eventfeed.h"

#include "store/eventlog.h"
#include "watch/heartbeatsettings.h"

EventFeed::EventFeed(OpenStore openStore, WantedKinds wantedKinds, QObject *parent)
    : StorePoll(std::move(openStore), pollIntervalMs, parent)
    , m_wantedKinds(wantedKinds ? std::move(wantedKinds) : &HeartbeatSettingsStore::notifiedKinds)
{ }

Result<EventFeed::Read> EventFeed::read(const OpenStore &open, qint64 afterId,
                                        const QStringList &kinds)
{
    return readStore<Read>(open, [&](const auto &database) -> Result<Read> {
        const EventLog log(database);
        // The last id first, and the events up to it: one appended between the two reads is
        // left for the next poll instead of being skipped.
        const Result<qint64> lastId = log.lastId();
        if (!lastId)
            return Result<Read>::failure(lastId.error());
        Read found { {}, *lastId };
        // Noting where the events stand (afterId < 0), or no kind wanted: nothing to read.
        if (afterId < 0 || kinds.isEmpty() || *lastId <= afterId)
            return found;
        EventFilter filter;
        filter.afterId = afterId;
        filter.throughId = *lastId;
        filter.kinds = kinds;
        Result<QVector<ComputerEvent>> events = log.read(filter);
        if (!events)
            return Result<Read>::failure(events.error());
        found.events = std::move(events).value();
        return found;
    });
}

void EventFeed::poll()
{
    readOnWorker<Read>([afterId = m_lastId, kinds = m_wantedKinds()](
                           const OpenStore &open) { return read(open, afterId, kinds); },
                       [this](const Read &found) {
                           m_lastId = std::max(m_lastId, found.lastId);
                           if (!found.events.isEmpty())
                               emit arrived(found.events);
                       },
                       [this] { emit polled(); });
}
