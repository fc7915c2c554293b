#pragma once

#include "store/migrations.h"

#include <QStringList>

// The statements of schema step 8, heartbeat settings and health changes: the heartbeat_settings
// table (core/watch/heartbeatpolicystore.h) and agent_health, the health indicators each agent
// of this server last reported to a heartbeat (so a turn to Needs attention is one event).
QStringList heartbeatSchemaVersion8(SqlDialect dialect);
