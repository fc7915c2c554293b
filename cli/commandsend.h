#pragma once

#include "agentlink/agentcommand.h"
#include "agentlink/agenttls.h"
#include "commands/commandtarget.h"
#include "store/storeconnection.h"

#include <QTextStream>
#include <QVector>

#include <functional>

struct TargetOutcome;

// What the commands that act on agents share (move, quarantine, release, start-service,
// register; ca rollover migrate and finish): `command` sent to `targets` with `credentials`,
// every step audited in `store`, one line per target on `out` ("address:port<TAB>outcome
// <TAB>detail") as it ends, Ctrl+C (or SIGTERM) cancelling what has not started. `each` hears
// each outcome after its line. The exit code: 0 when every target is done and the audit log
// recorded all, 1 otherwise, 130 when interrupted.
int sendToAgents(const AgentCommand &command, const QVector<CommandTarget> &targets,
                 const AgentTls::Credentials &credentials, const StoreConnection &store,
                 int timeoutMs, QTextStream &out, QTextStream &err,
                 const std::function<void(const TargetOutcome &)> &each = {});
