#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <mutex>

// `osmgmt-agent --fleet FILE --fleet-clock PATH`: the fleet's time is the ISO-8601 instant
// written in PATH ("2026-12-03T09:00:00Z"), read again each time it is asked, so a test moves
// the fleet's clock by rewriting the file instead of sleeping (docs/fleet-format.md, "Silent
// agents"). A file that cannot be read or parsed any more keeps the last time read, and says so
// in the log.
class FleetClockFile : public Clock
{
public:
    // Fails, naming the file, when it cannot be read or holds no time now.
    static Result<std::shared_ptr<FleetClockFile>> open(const QString &path);

    QDateTime now() const override;

private:
    explicit FleetClockFile(QString path, QDateTime first);
    static Result<QDateTime> read(const QString &path);

    QString m_path;
    mutable std::mutex m_mutex;
    mutable QDateTime m_last;
    mutable QString m_lastError;
};
