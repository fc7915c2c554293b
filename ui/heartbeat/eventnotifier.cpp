#include "heartbeat/eventnotifier.h"

#include "eventfeed.h"
#include "eventsmodel.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace {
constexpr int namedAtMost = 3;

QString computerOf(const ComputerEvent &event)
{
    return event.name.isEmpty() ? event.address
                                : QStringLiteral("%1 (%2)").arg(event.name, event.address);
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

void EventNotifier::show(const QVector<ComputerEvent> &events)
{
    if (!m_tray)
        return;
    const std::optional<Message> message = messageFor(events);
    if (message)
        m_tray->showMessage(message->title, message->text, QSystemTrayIcon::Warning);
}
