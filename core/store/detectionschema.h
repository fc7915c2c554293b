#pragma once

#include "store/migrations.h"

#include <QStringList>

// The statements of schema step 8, detections (issue 14, point 2): the security risks agents
// reported from their client logs (core/quarantine/detectionstore.h reads and writes them).
// Self-contained: it creates one table and its indexes and touches nothing else, so it can be
// renumbered when another step 8 lands first.
QStringList detectionSchemaVersion9(SqlDialect dialect);
