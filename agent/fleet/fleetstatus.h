#pragma once

#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QJsonValue>

// An agent's `status` in a fleet file (docs/fleet-format.md, "status"): changes to a healthy
// client (AgentStatus::healthyDefault()), so a fleet states only what differs. Errors name the
// key: `endpoints[2].agent.status.patterns.Virus Pattern File: "5.397" is not ...`.
Result<AgentStatus> parseFleetStatus(const QJsonValue &value, const QString &path);
