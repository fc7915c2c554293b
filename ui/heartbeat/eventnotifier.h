#pragma once

#include "store/heartbeatrecord.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <optional>

class EventFeed;
class QSystemTrayIcon;

// The desktop notifications of events (docs/watch.md, "Events"): the console's icon in the
// system tray, and a message for the events the feed hands over (those of the kinds the
// administrator selected; the feed asks the settings). Without a system tray (a desktop without
// one, the tests' offscreen platform) it shows nothing there. A failed automatic response is
// loud whatever the selection (docs/auto-response.md): it is always handed over, notified, and
// raised as an alarm the main window shows in its status bar.
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
    // The kinds the feed hands over: those `selected` and, always, auto-response-failed and
    // auto-response-notified (a notify-only rule's).
    static QStringList kindsToNotify(QStringList selected);
    // The status bar's words for the failed automatic responses among `events`; empty when
    // there are none.
    static QString alarmFor(const QVector<ComputerEvent> &events);

signals:
    // Automatic responses failed (alarmFor()'s words); raised with or without a system tray.
    void alarmRaised(const QString &message);

private:
    void show(const QVector<ComputerEvent> &events);

    QSystemTrayIcon *m_tray = nullptr;
};
