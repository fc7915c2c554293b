#pragma once

#include "quarantine/reportpage.h"

class DetectionSession;
class DetectionsModel;

// The Detections page (docs/quarantine.md, "Detections"): the security risks the agents reported
// from their virus/malware and web reputation logs, newest first. The DetectionSession reads
// them on its worker; the page only shows.
class DetectionsPage : public ReportPage
{
    Q_OBJECT

public:
    explicit DetectionsPage(DetectionSession *session, QWidget *parent = nullptr);

    DetectionsModel *model() const;

protected:
    void readAgain() override;

private:
    DetectionSession *m_session;
};
