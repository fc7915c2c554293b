#include "quarantine/reportpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReportPage::ReportPage(const QString &name, const QString &title, QAbstractItemModel *model,
                       QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(name + QStringLiteral("Page"));
    auto *heading = new QLabel(title);
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(name + QStringLiteral("Refresh"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(name + QStringLiteral("Summary"));
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(refreshButton, &QPushButton::clicked, this, &ReportPage::refresh);
}

void ReportPage::refresh()
{
    setStatus(tr("Reading..."));
    readAgain();
}

void ReportPage::setStatus(const QString &text)
{
    m_status->setText(text);
}
