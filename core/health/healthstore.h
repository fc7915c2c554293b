#pragma once

#include "common/result.h"
#include "health/healthsettings.h"
#include "health/healthsnapshot.h"
#include "store/database.h"

#include <QCoreApplication>

#include <memory>

// Health in the store (schema 7, store/healthschema.h; docs/data-model.md): the snapshots each
// query gathered, and the one list of evaluation settings. Over one Database, and so on that
// Database's thread.
class HealthStore
{
    Q_DECLARE_TR_FUNCTIONS(HealthStore)

public:
    explicit HealthStore(std::shared_ptr<Database> database);

    // Appends `snapshots` to query `queryId` in one transaction, each with its evaluated state
    // (HealthStates).
    Result<Done> append(qint64 queryId, const QVector<HealthSnapshot> &snapshots);
    // The snapshots of query `queryId`, in address order.
    Result<QVector<HealthSnapshot>> snapshots(qint64 queryId) const;

    // The stored settings; (Default Settings) alone when none were saved. A row that cannot be
    // read fails with the reason instead of turning into other settings.
    Result<HealthSettingsList> loadSettings() const;
    // Replaces every setting, and counts a new settings revision: the stored states of the
    // older ones are then stale (HealthStates::reevaluateStale()).
    Result<Done> saveSettings(const HealthSettingsList &settings);

private:
    std::shared_ptr<Database> m_database;
};
