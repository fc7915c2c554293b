#pragma once

#include "store/migrations.h"

#include <QStringList>

// The statements of schema step 10, the automatic response (issue 14, point 3): its settings and
// what it did about each detection (core/quarantine/autoresponsestore.h and autoresponselog.h
// read and write them). Self-contained: it creates two tables and an index and touches nothing
// else, so it can be renumbered when another step lands first.
QStringList autoResponseSchemaVersion10(SqlDialect dialect);
