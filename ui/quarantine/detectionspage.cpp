#include "quarantine/detectionspage.h"

#include "detectionsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DetectionsPage::DetectionsPage(DetectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("detectionsPage"));
    auto *title = new QLabel(tr("Detections"));
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("detectionsRefresh"));
    m_table->setObjectName(QStringLiteral("detectionsTable"));
    m_table->setModel(session->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("detectionsSummary"));
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DetectionsPage::refresh);
    connect(session, &DetectionSession::refreshed, this, [this](int detections) {
        m_status->setText(
            detections == 0
                ? tr("No agent has reported a security risk.")
                : tr("%n detection(s), newest first; the time is the computer's own, as its log "
                     "wrote it.",
                     nullptr, detections));
    });
    connect(session, &DetectionSession::refreshFailed, this, [this](const QString &error) {
        m_status->setText(tr("The detections cannot be read: %1").arg(error));
    });
}

DetectionsModel *DetectionsPage::model() const
{
    return m_session->model();
}

void DetectionsPage::refresh()
{
    m_status->setText(tr("Reading..."));
    m_session->refresh();
}
