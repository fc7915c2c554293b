#include "store/heartbeatrecord.h"

#include <QStringList>

QString toKey(HeartbeatState state)
{
    switch (state) {
    case HeartbeatState::Online:
        return QStringLiteral("online");
    case HeartbeatState::Offline:
        return QStringLiteral("offline");
    case HeartbeatState::Missing:
        return QStringLiteral("missing");
    }
    Q_UNREACHABLE();
}

std::optional<HeartbeatState> heartbeatStateFromKey(const QString &key)
{
    for (HeartbeatState state :
         { HeartbeatState::Online, HeartbeatState::Offline, HeartbeatState::Missing }) {
        if (toKey(state) == key)
            return state;
    }
    return std::nullopt;
}

bool AgentHeartbeat::operator==(const AgentHeartbeat &other) const
{
    return address == other.address && port == other.port && name == other.name
        && state == other.state && lastContact == other.lastContact
        && lastHeartbeat == other.lastHeartbeat && outcome == other.outcome
        && outcomeDetail == other.outcomeDetail && missedHeartbeats == other.missedHeartbeats
        && offlineSince == other.offlineSince;
}

namespace EventKind {

QStringList all()
{
    return { QLatin1String(wentOffline), QLatin1String(cameOnline), QLatin1String(wentMissing),
             QLatin1String(statusChanged), QLatin1String(needsAttention) };
}

bool isKnown(const QString &kind)
{
    return all().contains(kind);
}

} // namespace EventKind

bool ComputerEvent::operator==(const ComputerEvent &other) const
{
    return at == other.at && kind == other.kind && name == other.name && address == other.address
        && from == other.from && to == other.to && detail == other.detail;
}
