#pragma once

#include <QWidget>

class DetectionSession;
class DetectionsModel;
class QLabel;
class QTableView;

// The Detections page (docs/quarantine.md, "Detections"): the security risks the agents reported
// from their virus/malware and web reputation logs, newest first. The DetectionSession reads
// them on its worker; the page only shows.
class DetectionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DetectionsPage(DetectionSession *session, QWidget *parent = nullptr);

    DetectionsModel *model() const;
    void refresh();

private:
    DetectionSession *m_session;
    QTableView *m_table;
    QLabel *m_status;
};
