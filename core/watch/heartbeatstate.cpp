#include "watch/heartbeatstate.h"

#include "common/enumkeys.h"

namespace {

ComputerEvent transition(const AgentHeartbeat &agent, const char *kind, HeartbeatState from,
                         const QDateTime &now, const QString &detail)
{
    ComputerEvent event;
    event.at = now;
    event.kind = QLatin1String(kind);
    event.name = agent.name;
    event.address = agent.address;
    event.from = toKey(from);
    event.to = toKey(agent.state);
    event.detail = detail;
    return event;
}

qint64 secondsOffline(const AgentHeartbeat &agent, const QDateTime &now)
{
    return agent.offlineSince.isValid() ? agent.offlineSince.secsTo(now) : 0;
}

} // namespace

QString toKey(OfflineAge age)
{
    static const EnumKeys<OfflineAge, 4> ageKeys { "OfflineAge",
                                                   { { { OfflineAge::UnderFirstBand, "band-1" },
                                                       { OfflineAge::UnderSecondBand, "band-2" },
                                                       { OfflineAge::UnderThirdBand, "band-3" },
                                                       { OfflineAge::Longer, "longer" } } } };
    return ageKeys.key(age);
}

namespace HeartbeatStateMachine {

QVector<ComputerEvent> apply(AgentHeartbeat &agent, const HeartbeatAnswer &answer,
                             const QDateTime &now, const HeartbeatSettings &settings)
{
    QVector<ComputerEvent> events;
    agent.lastHeartbeat = now;
    agent.outcome = answer.outcome;
    agent.outcomeDetail = answer.detail;
    if (answer.answered) {
        const HeartbeatState was = agent.state;
        agent.lastContact = now;
        agent.missedHeartbeats = 0;
        agent.offlineSince = QDateTime();
        agent.state = HeartbeatState::Online;
        if (was != HeartbeatState::Online)
            events.append(transition(agent, EventKind::cameOnline, was, now, QString()));
        return events;
    }
    ++agent.missedHeartbeats;
    if (agent.state == HeartbeatState::Online && !settings.neverOffline
        && agent.missedHeartbeats >= std::max(1, settings.missesForOffline)) {
        agent.state = HeartbeatState::Offline;
        agent.offlineSince = now;
        events.append(
            transition(agent, EventKind::wentOffline, HeartbeatState::Online, now, answer.detail));
    }
    if (agent.state == HeartbeatState::Offline
        && secondsOffline(agent, now) >= settings.missingAfter.count()) {
        agent.state = HeartbeatState::Missing;
        events.append(
            transition(agent, EventKind::wentMissing, HeartbeatState::Offline, now, answer.detail));
    }
    return events;
}

std::optional<OfflineAge> offlineAge(const AgentHeartbeat &agent, const QDateTime &now,
                                     const HeartbeatSettings &settings)
{
    if (agent.state != HeartbeatState::Offline)
        return std::nullopt;
    const qint64 seconds = secondsOffline(agent, now);
    if (seconds < settings.firstBand.count())
        return OfflineAge::UnderFirstBand;
    if (seconds < settings.secondBand.count())
        return OfflineAge::UnderSecondBand;
    if (seconds < settings.thirdBand.count())
        return OfflineAge::UnderThirdBand;
    return OfflineAge::Longer;
}

} // namespace HeartbeatStateMachine
