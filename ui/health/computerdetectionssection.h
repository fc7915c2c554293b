#pragma once

#include "computerquarantinesession.h"
#include "detectionsmodel.h"

#include <QWidget>

class QLabel;
class QTableView;

// The Detections section of a Computer Details page (issue 14, point 2): the computer's newest
// detections from the store, as the Detections page words them (time, security risk, result
// with its words, scan type, file or URL, log), and how many more the Detections page lists.
class ComputerDetectionsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ComputerDetectionsSection(QWidget *parent = nullptr);

    void setDetections(const ComputerQuarantine &computer);
    // Before the first read has answered, or when it failed (`error`).
    void setUnknown(const QString &error);
    DetectionsModel *model() { return &m_model; }

private:
    DetectionsModel m_model;
    QLabel *m_summary;
    QTableView *m_table;
};
