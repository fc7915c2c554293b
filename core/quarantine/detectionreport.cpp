#include "quarantine/detectionreport.h"

QStringList DetectionReport::fields()
{
    return { QStringLiteral("time"),     QStringLiteral("name"),   QStringLiteral("address"),
             QStringLiteral("threat"),   QStringLiteral("result"), QStringLiteral("resultText"),
             QStringLiteral("scanType"), QStringLiteral("path"),   QStringLiteral("source") };
}

QJsonObject DetectionReport::record(const StoredDetection &stored)
{
    const Detection &detection = stored.detection;
    const auto number = [](const std::optional<int> &value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    return { { QStringLiteral("time"), detection.localTimeText() },
             { QStringLiteral("name"), stored.name },
             { QStringLiteral("address"), stored.address },
             { QStringLiteral("threat"), detection.threat },
             { QStringLiteral("result"), number(detection.result) },
             { QStringLiteral("resultText"),
               detection.result ? scanResultText(*detection.result) : QString() },
             { QStringLiteral("scanType"), number(detection.scanType) },
             { QStringLiteral("path"), detection.path },
             { QStringLiteral("source"), toKey(detection.source) } };
}
