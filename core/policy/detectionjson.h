#pragma once

#include "common/result.h"
#include "policy/detection.h"

#include <QJsonObject>

// A detection as an agent reports it in `status.detections` (docs/agent-protocol.md) and the
// console stores it: keys, not words; what a log does not have is left out.
namespace DetectionJson {
QJsonObject toJson(const Detection &detection);
// Fails naming the key that is missing or wrong (`path` prefixes it).
Result<Detection> fromJson(const QJsonValue &value, const QString &path);
} // namespace DetectionJson
