#include "policy/detection.h"

#include <QCoreApplication>

QString Detection::localTimeText() const
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T')
        + time.toString(QStringLiteral("HH:mm"));
}

bool Detection::operator==(const Detection &other) const
{
    return source == other.source && date == other.date && time == other.time
        && threat == other.threat && result == other.result && scanType == other.scanType
        && path == other.path && blockMode == other.blockMode && groupCode == other.groupCode
        && credibilityScore == other.credibilityScore && threshold == other.threshold
        && policyId == other.policyId;
}

QString toKey(Detection::Source source)
{
    return source == Detection::Source::Virus ? QStringLiteral("virus") : QStringLiteral("web");
}

std::optional<Detection::Source> detectionSourceFromKey(const QString &key)
{
    if (key == QLatin1String("virus"))
        return Detection::Source::Virus;
    if (key == QLatin1String("web"))
        return Detection::Source::Web;
    return std::nullopt;
}

QString scanResultText(int code)
{
    // Reference 004, table 3, "Scan Results", in its words (its typos mended).
    switch (code) {
    case 0:
        return QCoreApplication::translate("Detection", "Cleaned successfully");
    case 1:
        return QCoreApplication::translate("Detection", "Moved successfully");
    case 2:
        return QCoreApplication::translate("Detection", "Deleted successfully");
    case 3:
        return QCoreApplication::translate("Detection", "Renamed successfully");
    case 4:
        return QCoreApplication::translate("Detection", "Real-time scan: passed, access denied");
    case 5:
        return QCoreApplication::translate("Detection", "Clean failed");
    case 6:
        return QCoreApplication::translate("Detection", "Move failed");
    case 7:
        return QCoreApplication::translate("Detection", "Delete failed");
    case 8:
        return QCoreApplication::translate("Detection", "Rename failed");
    case 10:
        return QCoreApplication::translate("Detection", "Clean failed (moved)");
    case 11:
        return QCoreApplication::translate("Detection", "Clean failed (deleted)");
    case 12:
        return QCoreApplication::translate("Detection", "Clean failed (renamed)");
    case 13:
        return QCoreApplication::translate(
            "Detection", "Real-time scan: passed, access denied; other scans: passed");
    case 14:
        return QCoreApplication::translate("Detection", "Clean failed (move failed)");
    case 15:
        return QCoreApplication::translate("Detection", "Clean failed (delete failed)");
    case 16:
        return QCoreApplication::translate("Detection", "Clean failed (rename failed)");
    case 25:
        return QCoreApplication::translate("Detection", "Passed (OKed) a potential security risk");
    default:
        break;
    }
    if (code >= 0 && code <= 25)
        return QCoreApplication::translate("Detection", "Result %1 (not listed by the reference)")
            .arg(code);
    return {};
}

QString scanTypeText(int type)
{
    switch (type) {
    case 0:
        return QCoreApplication::translate("Detection", "Manual Scan");
    case 1:
        return QCoreApplication::translate("Detection", "Real-time Scan");
    case 2:
        return QCoreApplication::translate("Detection", "Scheduled Scan");
    case 3:
        return QCoreApplication::translate("Detection", "Scan Now Scan");
    case 4:
        return QCoreApplication::translate("Detection", "DCS Scan");
    default:
        return {};
    }
}
