#include "logs/logpage.h"

#include "newestsearch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

LogPage::LogPage(NewestSearch *session, QAbstractItemModel *model, const QString &name,
                 const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QHBoxLayout)
    , m_table(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(name + QStringLiteral("Page"));
    auto *heading = new QLabel(title);
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(name + QStringLiteral("Status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(session, &NewestSearch::searched, this, [this](int rows, bool truncated) {
        setStatus(searchedText(rows, truncated, NewestSearch::searchLimit));
        emit refreshed(rows);
    });
    connect(session, &NewestSearch::searchFailed, this,
            [this](const QString &error) { setStatus(failedText(error)); });
}

void LogPage::setStatus(const QString &text)
{
    m_status->setText(text);
}
