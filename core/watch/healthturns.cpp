#include "watch/healthturns.h"

HealthTurns::HealthTurns(HealthSettingsList settings)
    : m_evaluation(std::move(settings))
{ }

HealthTurn HealthTurns::evaluate(const AgentHeartbeat &agent, const AgentStatus &status,
                                 const std::optional<AgentHealthRecord> &previous,
                                 const QDateTime &now) const
{
    const HealthVerdict verdict
        = m_evaluation.evaluate({ agent.address, agent.name, agent.adPath }, status, now);
    HealthTurn turn;
    turn.record.address = agent.address;
    turn.record.evaluatedAt = now;
    // Kept for the CVE compliance round (docs/policies.md): the heartbeat's report is its facts.
    turn.record.missingCves = status.missingCves;
    const QString needsAttention = HealthKeys::of(HealthState::NeedsAttention);
    for (int i = 0; i < healthIndicatorCount; ++i) {
        const auto indicator = HealthIndicator(i);
        const QString key = HealthKeys::of(indicator);
        const QString state = HealthKeys::of(verdict.state(indicator));
        turn.record.indicators.insert(key, state);
        const QString before = previous
            ? previous->indicators.value(key, HealthKeys::of(HealthState::NoData))
            : HealthKeys::of(HealthState::NoData);
        if (state != needsAttention || before == needsAttention)
            continue;
        ComputerEvent event;
        event.at = now;
        event.kind = QLatin1String(EventKind::needsAttention);
        event.name = agent.name;
        event.address = agent.address;
        event.from = before;
        event.to = state;
        event.detail = indicator == HealthIndicator::Service && !verdict.stoppedServices.isEmpty()
            ? tr("%1 needs attention: %2 stopped")
                  .arg(HealthKeys::displayName(indicator),
                       verdict.stoppedServices.join(QStringLiteral(", ")))
            : tr("%1 needs attention (settings: %2)")
                  .arg(HealthKeys::displayName(indicator), verdict.settings);
        turn.events.append(event);
    }
    return turn;
}
