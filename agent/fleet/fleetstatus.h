#pragma once

#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QJsonValue>

// An agent's `status` in a fleet file (docs/fleet-format.md, "status"): changes to a healthy
// client (AgentStatus::healthyDefault()), so a fleet states only what differs. Errors name the
// key: `endpoints[2].agent.status.patterns.Virus Pattern File: "5.397" is not ...`.
Result<AgentStatus> parseFleetStatus(const QJsonValue &value, const QString &path);

// The agent's clock skew in a fleet's `status` (`"clockSkewSeconds": N`, docs/fleet-format.md):
// what the agent adds to the true time when it reports its clock. 0 when not given.
Result<qint64> parseFleetClockSkew(const QJsonValue &value, const QString &path);
