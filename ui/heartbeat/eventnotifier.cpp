#include "heartbeat/eventnotifier.h"

#include "eventfeed.h"
#include "eventsmodel.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <algorithm>

namespace {
constexpr int namedAtMost = 3;

QString computerOf(const ComputerEvent &event)
{
    return event.name.isEmpty() ? event.address
                                : QStringLiteral("%1 (%2)").arg(event.name, event.address);
}

bool isAutoResponse(const QString &kind)
{
    return kind == QLatin1String(EventKind::autoResponseVerified)
        || kind == QLatin1String(EventKind::autoResponseFailed)
        || kind == QLatin1String(EventKind::autoResponseNotified);
}

bool isAlarm(const ComputerEvent &event)
{
    return event.kind == QLatin1String(EventKind::autoResponseFailed);
}
} // namespace

EventNotifier::EventNotifier(EventFeed *feed, QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("osmgmt"));
        m_tray->show();
    }
    connect(feed, &EventFeed::arrived, this, &EventNotifier::show);
}

std::optional<EventNotifier::Message>
EventNotifier::messageFor(const QVector<ComputerEvent> &selected)
{
    if (selected.isEmpty())
        return std::nullopt;
    if (selected.size() == 1) {
        const ComputerEvent &event = selected.first();
        // An automatic response is told by its detail: the threat, the rule, what became of it.
        if (isAutoResponse(event.kind))
            return Message { EventsModel::kindName(event.kind),
                             tr("%1: %2").arg(computerOf(event), event.detail) };
        return Message { EventsModel::kindName(event.kind),
                         tr("%1: %2 → %3")
                             .arg(computerOf(event), EventsModel::stateName(event.from),
                                  EventsModel::stateName(event.to)) };
    }
    QStringList lines;
    for (int i = 0; i < selected.size() && i < namedAtMost; ++i)
        lines << tr("%1: %2").arg(EventsModel::kindName(selected.at(i).kind),
                                  computerOf(selected.at(i)));
    if (selected.size() > namedAtMost)
        lines << tr("and %n more", nullptr, int(selected.size()) - namedAtMost);
    return Message { tr("%n events", nullptr, int(selected.size())),
                     lines.join(QLatin1Char('\n')) };
}

QStringList EventNotifier::kindsToNotify(QStringList selected)
{
    // A notify-only rule exists to be told; a failure must be.
    for (const char *kind : { EventKind::autoResponseFailed, EventKind::autoResponseNotified }) {
        if (!selected.contains(QLatin1String(kind)))
            selected.append(QLatin1String(kind));
    }
    return selected;
}

QString EventNotifier::alarmFor(const QVector<ComputerEvent> &events)
{
    QStringList computers;
    for (const ComputerEvent &event : events) {
        if (isAlarm(event) && !computers.contains(computerOf(event)))
            computers.append(computerOf(event));
    }
    if (computers.isEmpty())
        return {};
    return tr("Automatic response failed on %n computers: %1. See Events and the Computer "
              "Quarantine Status.",
              nullptr, int(computers.size()))
        .arg(computers.join(QStringLiteral(", ")));
}

void EventNotifier::show(const QVector<ComputerEvent> &events)
{
    if (const QString alarm = alarmFor(events); !alarm.isEmpty())
        emit alarmRaised(alarm);
    if (!m_tray)
        return;
    const std::optional<Message> message = messageFor(events);
    if (message)
        m_tray->showMessage(message->title, message->text,
                            std::any_of(events.cbegin(), events.cend(), isAlarm)
                                ? QSystemTrayIcon::Critical
                                : QSystemTrayIcon::Warning);
}
