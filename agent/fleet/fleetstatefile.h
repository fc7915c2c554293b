#pragma once

#include "agentlink/agenttls.h"
#include "common/result.h"
#include "fleet/fleet.h"

#include <QString>

class FleetPlayer;

// What commands changed in a fleet (moves, quarantines, services started), kept in a file so
// that a restarted `osmgmt-agent --fleet FILE --fleet-state PATH` plays on from there instead
// of from its fleet file (docs/agent-protocol.md, "Fleet state"). Per agent, by address: its
// server and pinned CA, whether it is quarantined, and its services' states. Every change
// rewrites the whole file atomically (QSaveFile), so a kill at any moment leaves the old state
// or the new one, never half of either.
class FleetStateFile
{
public:
    explicit FleetStateFile(QString path)
        : m_path(std::move(path))
    { }

    // Applies the saved state to the agents of `fleet` before it is played: the number of
    // agents changed (0 when the file does not exist yet). A broken file fails, naming it.
    Result<int> applyTo(Fleet &fleet) const;
    // The fleet's TLS key and self-signed certificate as saved with registered agents (their
    // agent certificates are for that key); none when the file holds none.
    Result<std::optional<AgentTls::Credentials>> savedCredentials() const;
    // Writes the state every answering agent of `player` has now (owner-only permissions: once
    // an agent is registered, it holds the fleet's TLS key).
    Result<bool> save(const Fleet &fleet, const FleetPlayer &player) const;

private:
    QString m_path;
};
