#pragma once

#include "agentlink/agentstatus.h"

#include <QString>

// The real agent's client logs (issue 14, point 2; reference 004: pcent35.log and OfcUrlf.log),
// where the configuration names them (`virusLogFile`, `webLogFile`). Each status reads the end
// of each file, at most `tailBytes`: a log grows for years, a status must stay quick. A file
// that cannot be read is a problem in words, never a failure of the status.
namespace ClientLogReader {
inline constexpr qint64 tailBytes = 1024 * 1024;
// The detections and unreadable lines of both logs, added to `status`.
void addTo(AgentStatus &status, const QString &virusLogFile, const QString &webLogFile);
} // namespace ClientLogReader
