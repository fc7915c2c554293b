#include "resultspage.h"

#include "common/logging.h"
#include "export/endpointcsv.h"
#include "querysession.h"
#include "resultsfiltermodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

ResultsPage::ResultsPage(QuerySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new ResultsFilterModel(this))
    , m_table(new QTableView)
    , m_title(new QLabel)
    , m_shownCount(new QLabel)
{
    m_filter->setSourceModel(session->results());
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::AddressColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    m_shownCount->setObjectName(QStringLiteral("shownCount"));

    auto *showAll = new QPushButton(tr("Show all"));
    showAll->setObjectName(QStringLiteral("showAll"));
    connect(showAll, &QPushButton::clicked, this, [this] { showStatus(std::nullopt); });
    auto *exportButton = new QPushButton(tr("Export"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ResultsPage::exportWithDialog);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(showAll);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_shownCount);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ResultsPage::updateHeader);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResultsPage::updateHeader);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResultsPage::updateHeader);
    updateHeader();
}

void ResultsPage::showStatus(std::optional<SecurityStatus> status)
{
    m_filter->setStatusFilter(status);
    updateHeader();
}

std::optional<SecurityStatus> ResultsPage::shownStatus() const
{
    return m_filter->statusFilter();
}

int ResultsPage::shownCount() const
{
    return m_filter->rowCount();
}

void ResultsPage::updateHeader()
{
    const std::optional<SecurityStatus> status = m_filter->statusFilter();
    m_title->setText(QStringLiteral("<h3>%1</h3>")
                         .arg(status ? displayName(*status).toHtmlEscaped() : tr("Query result")));
    m_shownCount->setText(tr("%1 computers shown").arg(QLocale().toString(m_filter->rowCount())));
}

void ResultsPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir::home().filePath(QStringLiteral("osmgmt-results.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ResultsPage::exportTo(const QString &path)
{
    // What is shown, in the order shown: the administrator exports the list they are looking at.
    QVector<Endpoint> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(
            m_session->results()->endpoint(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    QThread *worker = QThread::create([this, path, shown] {
        const QString error = writeEndpointsCsv(path, shown, HeaderLanguage::Ui);
        QMetaObject::invokeMethod(this, [this, path, error, rows = int(shown.size())] {
            if (error.isEmpty()) {
                Logging::get("ui")->info("exported {} rows to {}", rows, path);
                emit exported(path, rows);
            } else {
                Logging::get("ui")->error("export to {} failed: {}", path, error);
                emit exportFailed(error);
            }
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
