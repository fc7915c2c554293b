#pragma once

#include "common/result.h"
#include "health/healthsnapshot.h"
#include "policy/detection.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <memory>

// A detection as the console keeps it: which computer reported it, and when it was first stored.
struct StoredDetection
{
    QString address;
    QString name;
    QDateTime reportedAt; // UTC
    Detection detection;
};

// Detections in the store (schema 8; docs/data-model.md): what the agents reported from their
// client logs in their status, each once. Over one Database, on that Database's thread.
class DetectionStore
{
    Q_DECLARE_TR_FUNCTIONS(DetectionStore)

public:
    explicit DetectionStore(std::shared_ptr<Database> database);

    // The detections of the snapshots that reported any, in one transaction; those stored
    // already are skipped. Returns how many were new, or the error.
    Result<int> append(const QVector<HealthSnapshot> &snapshots, const QDateTime &now);
    // The newest `limit` (0: all), oldest first.
    Result<QVector<StoredDetection>> read(int limit = 0) const;

private:
    std::shared_ptr<Database> m_database;
};
