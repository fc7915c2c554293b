#pragma once

#include "quarantine/detectionstore.h"

#include <QAbstractTableModel>
#include <QVector>

// The detections as the Detections page shows them (docs/quarantine.md, "Detections"): one row
// per detection, newest first, with reference 004's words for the result and the scan type.
class DetectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ComputerColumn,
        AddressColumn,
        ThreatColumn,
        ResultColumn,
        ScanTypeColumn,
        PathColumn,
        SourceColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Oldest first, as the store gives them; shown newest first.
    void setDetections(QVector<StoredDetection> detections);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const StoredDetection &stored, int column) const;

    QVector<StoredDetection> m_detections; // newest first
};
