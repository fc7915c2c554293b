#pragma once

#include "common/result.h"
#include "store/database.h"
#include "watch/heartbeatpolicy.h"

#include <QCoreApplication>

#include <memory>

// The heartbeat settings in the store (table heartbeat_settings, schema 8; docs/watch.md,
// "Heartbeat settings"). Over one Database, and so on that Database's thread.
class HeartbeatPolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(HeartbeatPolicyStore)

public:
    // The audit log's action of a change (docs/commands.md, "The audit log").
    static QString auditAction() { return QStringLiteral("heartbeat-settings"); }

    explicit HeartbeatPolicyStore(std::shared_ptr<Database> database);

    // The stored settings; the defaults without groups when none were saved. A row that cannot be
    // read fails with the reason rather than turning into other settings.
    Result<HeartbeatPolicy> load() const;
    // Replaces the settings (refusing values out of range or bands out of order) and writes an
    // audit log entry saying who changed them and how (`how`: "imported from FILE", ...).
    Result<Done> save(const HeartbeatPolicy &policy, const QString &how);
    // Saves `policy` (audited) only when the store has no settings yet: the demo's first start.
    // True when it saved them.
    Result<bool> saveIfNone(const HeartbeatPolicy &policy, const QString &how);

private:
    std::shared_ptr<Database> m_database;
};
