#pragma once

#include "store/migrations.h"

#include <QStringList>

// The statements of schema step 7, agent health: the health_snapshots and health_settings
// tables (core/health/healthstore.h reads and writes them).
QStringList healthSchemaVersion7(SqlDialect dialect);
// Schema step 11: health_states, each snapshot's evaluated state, and the settings' revision
// (core/health/healthstates.h).
QStringList healthSchemaVersion11(SqlDialect dialect);
