#include "results/resultspage.h"

#include "common/inbackground.h"
#include "common/logging.h"
#include "querysession.h"
#include "results/resultssearchpanel.h"
#include "resultsfiltermodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Typing pauses shorter than this are one search: a million names are not searched per key.
constexpr int debounceMs = 250;
} // namespace

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

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(showAll);
    header->addWidget(makeExportButton());
    m_advanced = new ResultsSearchPanel;
    m_advanced->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(makeSearchBar());
    layout->addWidget(m_advanced);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_shownCount);

    connect(m_advanced, &ResultsSearchPanel::searchRequested, this, &ResultsPage::applyAdvanced);
    connect(m_advanced, &ResultsSearchPanel::cleared, this, [this] {
        m_searchBox->clear();
        applyAdvanced(EndpointCriteria());
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &ResultsPage::updateHeader);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResultsPage::updateHeader);
    connect(m_filter, &ResultsFilterModel::updateStarted, this, &ResultsPage::updateHeader);
    connect(m_filter, &ResultsFilterModel::updated, this, &ResultsPage::updateHeader);
    connect(m_session->results(), &ResultsModel::countsChanged, this, &ResultsPage::updateHeader);
    updateHeader();
}

QToolButton *ResultsPage::makeExportButton()
{
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(exportButton, &QToolButton::clicked, this,
            [this] { exportChosen(ResultsFormat::Csv, ExportRows::Shown); });
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Export shown as CSV..."), this,
                    [this] { exportChosen(ResultsFormat::Csv, ExportRows::Shown); });
    menu->addAction(tr("Export shown as JSON..."), this,
                    [this] { exportChosen(ResultsFormat::Json, ExportRows::Shown); });
    menu->addAction(tr("Export selection as CSV..."), this,
                    [this] { exportChosen(ResultsFormat::Csv, ExportRows::Selected); });
    menu->addAction(tr("Export selection as JSON..."), this,
                    [this] { exportChosen(ResultsFormat::Json, ExportRows::Selected); });
    menu->addSeparator();
    QAction *english = menu->addAction(tr("English CSV headers (for scripts)"));
    english->setObjectName(QStringLiteral("englishHeaders"));
    english->setCheckable(true);
    connect(english, &QAction::toggled, this, [this](bool on) { m_englishHeaders = on; });
    exportButton->setMenu(menu);
    return exportButton;
}

QWidget *ResultsPage::makeSearchBar()
{
    m_searchBox = new QLineEdit;
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search names or addresses (whole, or * as wildcard)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchReason = new QLabel;
    m_searchReason->setObjectName(QStringLiteral("searchBoxReason"));
    m_searchReason->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_searchReason->hide();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ResultsPage::applySearchBox);
    connect(m_searchBox, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, &ResultsPage::applySearchBox);
    m_advancedButton = new QToolButton;
    m_advancedButton->setObjectName(QStringLiteral("advancedSearchButton"));
    m_advancedButton->setText(tr("Advanced search"));
    m_advancedButton->setCheckable(true);
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setName(m_searchBox->text());
        m_advanced->setVisible(on);
    });
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Search")));
    row->addWidget(m_searchBox, 1);
    row->addWidget(m_searchReason);
    row->addWidget(m_advancedButton);
    return bar;
}

void ResultsPage::setSearchText(const QString &text)
{
    m_searchBox->setText(text);
}

EndpointCriteria ResultsPage::criteria() const
{
    return m_filter->criteria();
}

void ResultsPage::applySearchBox()
{
    m_debounce->stop();
    EndpointCriteria criteria = m_advancedCriteria;
    const QString error = criteria.setQuick(m_searchBox->text()).error();
    m_searchReason->setText(error);
    m_searchReason->setVisible(!error.isEmpty());
    m_searchBox->setStyleSheet(error.isEmpty() ? QString()
                                               : QStringLiteral("border: 1px solid #c0392b;"));
    if (!error.isEmpty())
        return;
    m_advanced->setName(m_searchBox->text());
    m_filter->setCriteria(criteria);
}

void ResultsPage::applyAdvanced(const EndpointCriteria &criteria)
{
    m_advancedCriteria = criteria;
    m_advancedCriteria.name.reset();
    // The advanced search's name field and the box are one criterion, shown in both places.
    const QString name = criteria.name ? criteria.name->toString() : QString();
    const QSignalBlocker blocker(m_searchBox);
    m_searchBox->setText(name);
    applySearchBox();
}

void ResultsPage::showStatus(std::optional<SecurityStatus> status)
{
    m_filter->setStatusFilter(status);
    updateHeader();
}

void ResultsPage::showAdTree(const QString &dn)
{
    EndpointCriteria criteria = m_advancedCriteria;
    if (!criteria.setAdTree(dn))
        return; // cannot happen with the DNs the client tree gives: nothing is changed
    m_advanced->setAdTree(dn);
    m_advancedCriteria = criteria;
    m_filter->setStatusFilter(std::nullopt);
    applySearchBox();
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
    const QLocale locale;
    const int total = m_session->results()->rowCount();
    QString text = m_filter->criteria().isEmpty() && !status
        ? tr("%1 computers shown").arg(locale.toString(m_filter->rowCount()))
        : tr("%1 of %2 computers match")
              .arg(locale.toString(m_filter->rowCount()), locale.toString(total));
    if (m_filter->searchedInside() && m_filter->criteria().quick) {
        text = tr("No computer is named %1; %n name(s) contain it.", nullptr, m_filter->rowCount())
                   .arg(m_filter->criteria().quick->toString())
            + QLatin1Char(' ') + text;
    }
    if (m_filter->isUpdating())
        text += QLatin1String(" - ") + tr("searching...");
    m_shownCount->setText(text);
}

void ResultsPage::exportWithDialog()
{
    exportChosen(ResultsFormat::Csv, ExportRows::Shown);
}

void ResultsPage::exportChosen(ResultsFormat format, ExportRows rows)
{
    const bool csv = format == ResultsFormat::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"),
        QDir::home().filePath(csv ? QStringLiteral("osmgmt-results.csv")
                                  : QStringLiteral("osmgmt-results.json")),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format, rows,
                 m_englishHeaders ? HeaderLanguage::English : HeaderLanguage::Ui);
}

void ResultsPage::exportTo(const QString &path, ResultsFormat format, ExportRows which,
                           HeaderLanguage headers)
{
    // What is shown, in the order shown: the administrator exports the list they are looking at.
    std::vector<quint32> rows;
    if (which == ExportRows::Shown) {
        rows = m_filter->shownRows();
    } else {
        QModelIndexList selected = m_table->selectionModel()->selectedRows();
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : std::as_const(selected))
            rows.push_back(quint32(m_filter->sourceRow(index.row())));
    }
    std::shared_ptr<const ResultsTable> table = m_session->results()->snapshot();
    const int count = int(rows.size());
    inBackground<Result<Done>>(
        this,
        [path, format, headers, table = std::move(table), rows = std::move(rows)]() mutable {
            Result<Done> written = writeResults(format, path, ResultsRows(*table, rows), headers);
            table.reset(); // let rows that arrived meanwhile into the model
            return written;
        },
        [this, path, count](const Result<Done> &written) {
            if (written) {
                Logging::get("ui")->info("exported {} rows to {}", count, path);
                emit exported(path, count);
            } else {
                Logging::get("ui")->error("export to {} failed: {}", path, written.error());
                emit exportFailed(written.error());
            }
        });
}
