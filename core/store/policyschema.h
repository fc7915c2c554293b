#pragma once

#include "store/migrations.h"

#include <QStringList>

// The statements of schema step 12, CVE compliance policies (issue 14, point 4): the policy
// document, each computer's standing with each policy it fails, and the CVE identifiers each
// agent reported missing at its last heartbeat (core/quarantine/policystore.h reads and writes
// them). Self-contained: it creates two tables and adds one column, so it can be renumbered
// when another step lands first.
QStringList policySchemaVersion12(SqlDialect dialect);
