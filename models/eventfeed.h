#pragma once

#include "store/heartbeatrecord.h"
#include "storepoll.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

// The events that arrive while the console runs (docs/watch.md, "Events"), for its desktop
// notifications: at start it notes the last event appended (the history is not announced
// again), then every pollIntervalMs reads on a worker those of the wanted kinds appended since,
// whichever watcher wrote them, and hands them over once, oldest first, on the GUI thread.
class EventFeed : public StorePoll
{
    Q_OBJECT

public:
    // The kinds to hand over (EventKind keys), asked at each poll so that a change of the
    // settings applies at the next one.
    using WantedKinds = std::function<QStringList()>;

    static constexpr int pollIntervalMs = 30 * 1000;

    // By default the kinds the administrator selected in the settings (HeartbeatSettingsStore).
    explicit EventFeed(OpenStore openStore, WantedKinds wantedKinds = {},
                       QObject *parent = nullptr);

    // Reads the events of the wanted kinds appended since the last read now (the first read,
    // start()'s, notes where the events stand).
    void poll();

signals:
    void arrived(const QVector<ComputerEvent> &events);
    // A read ended (after arrived(), when there were events): for tests and for the curious.
    void polled();

protected:
    void readNow() override { poll(); }

private:
    // What one read found: the events, and the last id it read up to.
    struct Read
    {
        QVector<ComputerEvent> events;
        qint64 lastId = 0;
    };
    static Result<Read> read(const OpenStore &open, qint64 afterId, const QStringList &kinds);

    WantedKinds m_wantedKinds;
    qint64 m_lastId = -1; // -1: not yet noted
};
