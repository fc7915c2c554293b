#pragma once

#include "quarantine/detectionstore.h"

#include <QJsonObject>
#include <QStringList>

// The detections as `osmgmt-cli detections` writes them (docs/quarantine.md, "Detections"): one
// record per detection, keys not words, except resultText (reference 004's words, in the
// CLI's language: English).
namespace DetectionReport {
// time, name, address, threat, result, resultText, scanType, path, source
QStringList fields();
// `time` is the client's local time as its log wrote it ("2026-12-01T10:59", no zone); result
// and scanType are null for the web log.
QJsonObject record(const StoredDetection &stored);
} // namespace DetectionReport
