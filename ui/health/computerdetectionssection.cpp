#include "health/computerdetectionssection.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ComputerDetectionsSection::ComputerDetectionsSection(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("computerDetections"));
    setAccessibleName(tr("Detections"));
    m_summary->setObjectName(QStringLiteral("detectionsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("computerDetectionsTable"));
    m_table->setAccessibleName(tr("Newest detections of this computer"));
    m_table->setModel(&m_model);
    // The page is the computer's: its name and address are in the title.
    m_table->hideColumn(DetectionsModel::ComputerColumn);
    m_table->hideColumn(DetectionsModel::AddressColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setUnknown({});
}

void ComputerDetectionsSection::setUnknown(const QString &error)
{
    m_model.setDetections({});
    m_table->hide();
    m_summary->setText(error.isEmpty() ? tr("Reading the detections...")
                                       : tr("The detections cannot be read: %1").arg(error));
}

void ComputerDetectionsSection::setDetections(const ComputerQuarantine &computer)
{
    // The model shows the store's order reversed (newest first): give it oldest first.
    QVector<StoredDetection> oldestFirst(computer.newest.crbegin(), computer.newest.crend());
    m_model.setDetections(std::move(oldestFirst));
    m_table->setVisible(computer.detections > 0);
    const int more = computer.detections - int(computer.newest.size());
    if (computer.detections == 0)
        m_summary->setText(tr("No security risk has been detected on this computer."));
    else if (more == 0)
        m_summary->setText(tr("%n detection(s), newest first; the time is the computer's own, "
                              "as its log wrote it.",
                              nullptr, computer.detections));
    else
        m_summary->setText(tr("The newest %1, newest first; the Detections page (Agents menu) "
                              "lists %n more.",
                              nullptr, more)
                               .arg(computer.newest.size()));
}
