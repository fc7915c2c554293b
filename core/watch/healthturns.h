#pragma once

#include "health/healthevaluation.h"
#include "store/heartbeatrecord.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

// What one heartbeat's health report changed (issue 13, point 3: "a health indicator turned to
// Needs attention" is an event): the indicators to keep for the agent, and a needs-attention
// event for each indicator that turned to Needs attention since its last report.
struct HealthTurn
{
    AgentHealthRecord record;
    QVector<ComputerEvent> events;
};

// Evaluates heartbeats' health reports with the health evaluation settings (core/health), the
// same verdicts as the Health page's, and compares them with the agents' last ones. An indicator
// that stays Needs attention gives no second event; one that recovers and turns again gives a
// new one. An agent seen for the first time compares with No data.
class HealthTurns
{
    Q_DECLARE_TR_FUNCTIONS(HealthTurns)

public:
    explicit HealthTurns(HealthSettingsList settings);

    HealthTurn evaluate(const AgentHeartbeat &agent, const AgentStatus &status,
                        const std::optional<AgentHealthRecord> &previous,
                        const QDateTime &now) const;

private:
    HealthEvaluation m_evaluation;
};
