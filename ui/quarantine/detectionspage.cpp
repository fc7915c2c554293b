#include "quarantine/detectionspage.h"

#include "detectionsession.h"

DetectionsPage::DetectionsPage(DetectionSession *session, QWidget *parent)
    : ReportPage(QStringLiteral("detections"), tr("Detections"), session->model(), parent)
    , m_session(session)
{
    connect(session, &DetectionSession::refreshed, this, [this](int detections) {
        setStatus(
            detections == 0
                ? tr("No agent has reported a security risk.")
                : tr("%n detection(s), newest first; the time is the computer's own, as its log "
                     "wrote it.",
                     nullptr, detections));
    });
    connect(session, &DetectionSession::refreshFailed, this, [this](const QString &error) {
        setStatus(tr("The detections cannot be read: %1").arg(error));
    });
}

DetectionsModel *DetectionsPage::model() const
{
    return m_session->model();
}

void DetectionsPage::readAgain()
{
    m_session->refresh();
}
