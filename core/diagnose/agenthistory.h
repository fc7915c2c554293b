#pragma once

#include "common/result.h"
#include "diagnose/diagnosisfacts.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;

// When an agent last answered at an address, as the stored queries remember it: what tells
// *Diagnose connection* that a computer whose agent port now refuses had a running agent before
// (reference 003: the agent process may not be running). Reads on the thread of its Database.
class AgentHistory
{
    Q_DECLARE_TR_FUNCTIONS(AgentHistory)

public:
    explicit AgentHistory(std::shared_ptr<Database> database);

    // The newest stored query in which an agent answered at `address` (a newer query may have
    // found its port closed: the agent answered *before*); nullopt when none did.
    Result<std::optional<PreviousAnswer>> lastAnswer(const QString &address) const;

private:
    std::shared_ptr<Database> m_database;
};
