#include "detectionsmodel.h"

#include <algorithm>

void DetectionsModel::setDetections(QVector<StoredDetection> detections)
{
    beginResetModel();
    std::reverse(detections.begin(), detections.end());
    m_detections = std::move(detections);
    endResetModel();
}

int DetectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_detections.size());
}

int DetectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DetectionsModel::text(const StoredDetection &stored, int column) const
{
    const Detection &detection = stored.detection;
    switch (column) {
    case TimeColumn:
        // The client's local time as its log wrote it: the log has no time zone.
        return detection.date.toString(Qt::ISODate) + QLatin1Char(' ')
            + detection.time.toString(QStringLiteral("HH:mm"));
    case ComputerColumn:
        return stored.name;
    case AddressColumn:
        return stored.address;
    case ThreatColumn:
        return detection.threat;
    case ResultColumn:
        if (detection.result)
            return tr("%1: %2").arg(*detection.result).arg(scanResultText(*detection.result));
        return detection.blockMode ? tr("Blocked") : QString();
    case ScanTypeColumn:
        return detection.scanType ? scanTypeText(*detection.scanType) : QString();
    case PathColumn:
        return detection.path;
    case SourceColumn:
        return detection.source == Detection::Source::Virus ? tr("Virus/Malware")
                                                            : tr("Web reputation");
    }
    return {};
}

QVariant DetectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return text(m_detections.at(index.row()), index.column());
}

QVariant DetectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Client time");
    case ComputerColumn:
        return tr("Computer");
    case AddressColumn:
        return tr("Address");
    case ThreatColumn:
        return tr("Security risk");
    case ResultColumn:
        return tr("Result");
    case ScanTypeColumn:
        return tr("Scan type");
    case PathColumn:
        return tr("File or URL");
    case SourceColumn:
        return tr("Log");
    }
    return {};
}
