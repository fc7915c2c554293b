#include "eventsmodel.h"

#include "agentlink/quarantinestate.h"
#include "endpoint/securitystatus.h"
#include "quarantine/autoresponse.h"

#include <QLocale>

#include <algorithm>
#include <array>

void EventsModel::setEvents(QVector<ComputerEvent> events)
{
    std::reverse(events.begin(), events.end());
    setRows(std::move(events));
}

QStringList EventsModel::kinds()
{
    return EventKind::all();
}

QString EventsModel::kindName(const QString &key)
{
    static const std::array<std::pair<const char *, const char *>, 11> names { {
        { EventKind::wentOffline, QT_TR_NOOP("Went offline") },
        { EventKind::cameOnline, QT_TR_NOOP("Came online") },
        { EventKind::wentMissing, QT_TR_NOOP("Went missing") },
        { EventKind::statusChanged, QT_TR_NOOP("Status changed") },
        { EventKind::needsAttention, QT_TR_NOOP("Needs attention") },
        { EventKind::autoResponseVerified, QT_TR_NOOP("Automatic response verified") },
        { EventKind::autoResponseFailed, QT_TR_NOOP("Automatic response failed") },
        { EventKind::autoResponseNotified, QT_TR_NOOP("Security risk detected") },
        { EventKind::policyPending, QT_TR_NOOP("Policy: pending") },
        { EventKind::policyQuarantined, QT_TR_NOOP("Policy: quarantined") },
        { EventKind::policyReleased, QT_TR_NOOP("Policy: released") },
    } };
    for (const auto &[kind, name] : names) {
        if (key == QLatin1String(kind))
            return tr(name);
    }
    return key;
}

QString EventsModel::stateName(const QString &key)
{
    // A heartbeat state's words, in the enum's order.
    static_assert(int(HeartbeatState::Online) == 0 && int(HeartbeatState::Offline) == 1
                  && int(HeartbeatState::Missing) == 2);
    static const std::array<const char *, 3> heartbeatWords { QT_TR_NOOP("Online"),
                                                              QT_TR_NOOP("Offline"),
                                                              QT_TR_NOOP("Missing") };
    if (const std::optional<HeartbeatState> state = heartbeatStateFromKey(key))
        return tr(heartbeatWords.at(std::size_t(*state)));
    if (const std::optional<SecurityStatus> status = securityStatusFromKey(key))
        return displayName(*status);
    if (const std::optional<AutoResponseRule::Action> action = autoResponseActionFromKey(key))
        return displayName(*action); // what an automatic response did
    // The CVE compliance policies' events (docs/policies.md): quarantine states, and compliant.
    if (const std::optional<QuarantineState::State> state = quarantineStateFromKey(key))
        return displayName(*state);
    if (key == QLatin1String("compliant"))
        return tr("Compliant");
    return key;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    const ComputerEvent *row = rowAt(index);
    if (!row)
        return {};
    const ComputerEvent &event = *row;
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

QStringList EventsModel::headers() const
{
    return { tr("Time"), tr("Event"), tr("Computer"), tr("Address"),
             tr("From"), tr("To"),    tr("Detail") };
}
