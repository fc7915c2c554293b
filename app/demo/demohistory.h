#pragma once

#include "common/result.h"

#include <QCoreApplication>

#include <memory>

class Database;

// The demo's past (issue 17, point 5): on the demo's first start, once its first query is
// stored, five earlier weekly queries of the same scope are written before it, so that the
// overview's trends and its change since the previous query show something on first start.
// They are the first query's own endpoints as a rollout would have seen them: the further back,
// the more of today's agents of this server were not installed yet (No client installed), and
// some of today's unreachable computers were not there at all. Nothing is written to a store
// that holds any other query: an administrator's history is never touched.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    static constexpr int weeks = 5;

    // Runs on the thread of `database`. Returns how many past queries were written (0 when the
    // store holds more than the one query `firstQueryId`).
    static Result<int> writePast(const std::shared_ptr<Database> &database, qint64 firstQueryId);
};
