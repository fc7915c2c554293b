#include "results/resultspage.h"

#include "common/inbackground.h"
#include "common/logging.h"
#include "querysession.h"
#include "results/resultscolumnlayout.h"
#include "results/resultsitemdelegate.h"
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
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
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
    , m_empty(new QLabel)
{
    m_filter->setSourceModel(session->results());
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::AddressColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // the ends of a name or path tell most
    m_table->setItemDelegate(new ResultsItemDelegate(m_table));
    const int rowHeight = m_table->fontMetrics().height() + 6;
    m_table->setIconSize(QSize(rowHeight - 6, rowHeight - 6));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + minimumRows * rowHeight + 2 * m_table->frameWidth()
                              + m_table->horizontalScrollBar()->sizeHint().height());
    m_columns = new ResultsColumnLayout(m_table);
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    m_shownCount->setObjectName(QStringLiteral("shownCount"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    // Over the table's empty grid, where the rows would be.
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);
    m_empty->hide();

    auto *showAll = new QPushButton(tr("Show all"));
    showAll->setObjectName(QStringLiteral("showAll"));
    showAll->setToolTip(tr("Shows every computer of the query: removes every filter"));
    connect(showAll, &QPushButton::clicked, this, &ResultsPage::clearFilters);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(showAll);
    header->addWidget(makeExportButton());
    m_advanced = new ResultsSearchPanel;
    // Beside the table, not above it: the table keeps its height whatever the panel holds.
    m_advancedArea = new QScrollArea;
    m_advancedArea->setObjectName(QStringLiteral("advancedSearchArea"));
    m_advancedArea->setWidget(m_advanced);
    m_advancedArea->setWidgetResizable(true);
    m_advancedArea->setFrameShape(QFrame::NoFrame);
    m_advancedArea->setMinimumWidth(m_advanced->minimumSizeHint().width()
                                    + m_advancedArea->verticalScrollBar()->sizeHint().width());
    m_advancedArea->hide();
    auto *body = new QSplitter;
    body->setObjectName(QStringLiteral("resultsSplitter"));
    body->setChildrenCollapsible(false);
    body->addWidget(m_table);
    body->addWidget(m_advancedArea);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 0);
    m_chips = new FilterChips;
    connect(m_chips, &FilterChips::removeRequested, this, &ResultsPage::removeFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(makeSearchBar());
    layout->addWidget(m_chips);
    layout->addWidget(body, 1);
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
    // The empty table's words depend on whether a query runs or a stored one is loading.
    connect(m_session, &QuerySession::queryStarted, this, &ResultsPage::updateHeader);
    connect(m_session, &QuerySession::queryFinished, this, &ResultsPage::updateHeader);
    connect(m_session, &QuerySession::storedRowsLoaded, this, &ResultsPage::updateHeader);
    connect(m_session, &QuerySession::errorOccurred, this, &ResultsPage::updateHeader);
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
    m_advancedButton->setToolTip(tr("Opens or closes the advanced search beside the table"));
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setName(m_searchBox->text());
        m_advancedArea->setVisible(on);
        // As narrow as its fields allow: the table keeps the rest of the width.
        auto *body = qobject_cast<QSplitter *>(m_advancedArea->parentWidget());
        if (on && body) {
            const int panel = m_advancedArea->minimumWidth();
            body->setSizes({ std::max(0, body->width() - panel - body->handleWidth()), panel });
        }
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

void ResultsPage::showAddresses(const QString &ipv4, const QString &ipv6Prefix, int ipv6Length)
{
    // The block alone: the other filters go, as when a status is opened from the overview.
    m_advanced->clear();
    m_advanced->setAddresses(ipv4, ipv6Prefix, ipv6Length);
    const EndpointCriteria criteria = m_advanced->criteria().value_or(EndpointCriteria());
    showOnly(std::nullopt, criteria);
    m_advanced->setAddresses(ipv4, ipv6Prefix, ipv6Length); // showOnly empties the panel
}

void ResultsPage::setAdvancedSearchShown(bool shown)
{
    m_advancedButton->setChecked(shown);
}

bool ResultsPage::isAdvancedSearchShown() const
{
    return m_advancedButton->isChecked();
}

void ResultsPage::removeFilter(FilterChips::Filter filter)
{
    using Filter = FilterChips::Filter;
    switch (filter) {
    case Filter::Status:
        showStatus(std::nullopt);
        return;
    case Filter::Place:
        m_filter->setPlace({});
        updateHeader();
        return;
    case Filter::Search:
        m_searchBox->clear();
        break;
    case Filter::Ipv4:
        m_advancedCriteria.ipv4.reset();
        clearAdvancedField(QStringLiteral("searchIpv4"));
        break;
    case Filter::Ipv6:
        m_advancedCriteria.ipv6.reset();
        clearAdvancedField(QStringLiteral("searchIpv6"));
        break;
    case Filter::Server:
        m_advancedCriteria.server.reset();
        clearAdvancedField(QStringLiteral("searchServer"));
        break;
    case Filter::AdTree:
        m_advancedCriteria.adTree.reset();
        clearAdvancedField(QStringLiteral("searchAdTree"));
        break;
    case Filter::Statuses:
        m_advancedCriteria.statuses.reset();
        clearAdvancedField(QStringLiteral("searchStatus"));
        break;
    }
    applySearchBox();
}

void ResultsPage::clearFilters()
{
    showOnly(std::nullopt);
}

void ResultsPage::showOnly(std::optional<SecurityStatus> status, const EndpointCriteria &criteria,
                           const ResultsPlace &place)
{
    m_advanced->clear();
    if (criteria.adTree)
        m_advanced->setAdTree(criteria.adTree->toString());
    m_advancedCriteria = criteria;
    m_advancedCriteria.quick.reset();
    m_advancedCriteria.name.reset();
    {
        const QSignalBlocker blocker(m_searchBox);
        m_searchBox->setText(criteria.quick ? criteria.quick->toString() : QString());
    }
    m_filter->setStatusFilter(status);
    m_filter->setPlace(place);
    applySearchBox();
    updateHeader();
}

void ResultsPage::clearAdvancedField(const QString &field)
{
    m_advanced->clearField(field);
}

QString ResultsPage::emptyReason() const
{
    if (m_filter->rowCount() > 0 || m_filter->isUpdating())
        return {};
    if (m_session->results()->rowCount() == 0) {
        if (m_session->isRunning())
            return tr("The query is running. Computers appear here as they are found.");
        if (m_session->isLoading())
            return tr("Loading the last query...");
        return tr("No computers to show: no query has run yet, or the last one found none.\n"
                  "Define the scope (Query → Define scope) and run a query (F5).");
    }
    const EndpointCriteria &criteria = m_filter->criteria();
    EndpointCriteria others = criteria;
    others.quick.reset();
    if (criteria.quick && others.isEmpty() && !m_filter->statusFilter()
        && m_filter->place().kind == ResultsPlace::Kind::Anywhere) {
        return tr("The search found nothing: no name or address is %1, and no name contains "
                  "it.\nTry part of a name, * as a wildcard (%1*), or a whole address.")
            .arg(criteria.quick->toString());
    }
    if (const std::optional<SecurityStatus> status = m_filter->statusFilter();
        status && criteria.isEmpty() && m_filter->place().kind == ResultsPlace::Kind::Anywhere) {
        return tr("No computer of this query is %1.\nClick Show all to see every computer.")
            .arg(displayName(*status));
    }
    return tr("The filters above match no computer of this query.\n"
              "Remove a filter by clicking it, or click Show all.");
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
    const bool narrowed = !m_filter->criteria().isEmpty() || status
        || m_filter->place().kind != ResultsPlace::Kind::Anywhere;
    QString text = !narrowed
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
    emit shownRowsChanged(m_filter->rowCount());
    m_chips->show(status, m_filter->place(), m_filter->criteria());
    const QString reason = emptyReason();
    m_empty->setText(reason);
    m_empty->setVisible(!reason.isEmpty());
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
