#include "store/heartbeatrecord.h"

#include "common/enumkeys.h"

#include <QStringList>

namespace {
const EnumKeys<HeartbeatState, 3> stateKeys { "HeartbeatState",
                                              { { { HeartbeatState::Online, "online" },
                                                  { HeartbeatState::Offline, "offline" },
                                                  { HeartbeatState::Missing, "missing" } } } };
} // namespace

QString toKey(HeartbeatState state)
{
    return stateKeys.key(state);
}

std::optional<HeartbeatState> heartbeatStateFromKey(const QString &key)
{
    return stateKeys.fromKey(key);
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
    return { QLatin1String(wentOffline),        QLatin1String(cameOnline),
             QLatin1String(wentMissing),        QLatin1String(statusChanged),
             QLatin1String(needsAttention),     QLatin1String(autoResponseVerified),
             QLatin1String(autoResponseFailed), QLatin1String(autoResponseNotified),
             QLatin1String(policyPending),      QLatin1String(policyQuarantined),
             QLatin1String(policyReleased) };
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
