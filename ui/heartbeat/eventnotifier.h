#pragma once

#include "store/heartbeatrecord.h"

#include <QObject>
#include <QVector>

#include <optional>

class EventFeed;
class QSystemTrayIcon;

// The desktop notifications of events (docs/watch.md, "Events"): the console's icon in the
// system tray, and a message for the events the feed hands over (those of the kinds the
// administrator selected; the feed asks the settings). Without a system tray (a desktop without
// one, the tests' offscreen platform) it shows nothing.
class EventNotifier : public QObject
{
    Q_OBJECT

public:
    EventNotifier(EventFeed *feed, QObject *parent = nullptr);

    struct Message
    {
        QString title;
        QString text;
    };
    // The message for `events`; none when there are none. One event is told in full; several
    // are counted, the first few named.
    static std::optional<Message> messageFor(const QVector<ComputerEvent> &events);

private:
    void show(const QVector<ComputerEvent> &events);

    QSystemTrayIcon *m_tray = nullptr;
};
