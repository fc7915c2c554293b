#include "quarantine/quarantinereport.h"

#include <QJsonArray>

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QStringList QuarantineReport::fields()
{
    return { QStringLiteral("name"),      QStringLiteral("address"),     QStringLiteral("state"),
             QStringLiteral("reason"),    QStringLiteral("policy"),      QStringLiteral("since"),
             QStringLiteral("graceEnds"), QStringLiteral("missingCves"), QStringLiteral("why") };
}

QJsonObject QuarantineReport::record(const QuarantineEntry &entry)
{
    const QuarantineState &quarantine = entry.quarantine;
    return { { QStringLiteral("name"), entry.name },
             { QStringLiteral("address"), entry.address },
             { QStringLiteral("state"), toKey(quarantine.state) },
             { QStringLiteral("reason"), toKey(quarantine.reason) },
             { QStringLiteral("policy"), quarantine.policy },
             { QStringLiteral("since"), timeText(quarantine.since) },
             { QStringLiteral("graceEnds"), timeText(quarantine.graceEnds) },
             { QStringLiteral("missingCves"), QJsonArray::fromStringList(quarantine.missingCves) },
             { QStringLiteral("why"), quarantine.why } };
}
