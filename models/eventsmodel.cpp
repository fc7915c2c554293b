#include "eventsmodel.h"

#include "endpoint/securitystatus.h"

#include <QLocale>

#include <algorithm>

void EventsModel::setEvents(QVector<ComputerEvent> events)
{
    beginResetModel();
    std::reverse(events.begin(), events.end());
    m_events = std::move(events);
    endResetModel();
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList EventsModel::kinds()
{
    return EventKind::all();
}

QString EventsModel::kindName(const QString &key)
{
    if (key == QLatin1String(EventKind::wentOffline))
        return tr("Went offline");
    if (key == QLatin1String(EventKind::cameOnline))
        return tr("Came online");
    if (key == QLatin1String(EventKind::wentMissing))
        return tr("Went missing");
    if (key == QLatin1String(EventKind::statusChanged))
        return tr("Status changed");
    if (key == QLatin1String(EventKind::needsAttention))
        return tr("Needs attention");
    return key;
}

QString EventsModel::stateName(const QString &key)
{
    if (const std::optional<HeartbeatState> state = heartbeatStateFromKey(key)) {
        switch (*state) {
        case HeartbeatState::Online:
            return tr("Online");
        case HeartbeatState::Offline:
            return tr("Offline");
        case HeartbeatState::Missing:
            return tr("Missing");
        }
    }
    if (const std::optional<SecurityStatus> status = securityStatusFromKey(key))
        return displayName(*status);
    return key;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const ComputerEvent &event = m_events.at(index.row());
    if (role == Qt::UserRole)
        return event.kind;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return kindName(event.kind);
    case ComputerColumn:
        return event.name;
    case AddressColumn:
        return event.address;
    case FromColumn:
        return stateName(event.from);
    case ToColumn:
        return stateName(event.to);
    case DetailColumn:
        return event.detail;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case ComputerColumn:
        return tr("Computer");
    case AddressColumn:
        return tr("Address");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}
