#include "overview/subnetpage.h"

#include "overview/subnetmapview.h"
#include "resultsmodel.h"
#include "style/consoleicons.h"
#include "style/statusstyle.h"
#include "style/windowmemory.h"
#include "subnetmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SubnetPage::SubnetPage(SubnetMap *map, QWidget *parent)
    : QWidget(parent)
    , m_map(map)
    , m_view(new SubnetMapView(map))
    , m_blocks(new QComboBox)
    , m_zoomOut(new QPushButton(tr("Whole block")))
    , m_where(new QLabel)
    , m_table(new QTableView)
    , m_containerTable(makeContainerTable())
{
    setObjectName(QStringLiteral("subnetPage"));
    setAccessibleName(tr("Subnet map and coverage tables"));
    m_blocks->setObjectName(QStringLiteral("subnetBlock"));
    m_zoomOut->setObjectName(QStringLiteral("subnetZoomOut"));
    m_zoomOut->setIcon(ConsoleIcons::icon(ConsoleIcons::Icon::ZoomOut));
    m_where->setWordWrap(true);
    auto *blockLabel = new QLabel(tr("&Block:"));
    blockLabel->setBuddy(m_blocks);
    auto *controls = new QHBoxLayout;
    controls->addWidget(blockLabel);
    controls->addWidget(m_blocks);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_where, 1);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(map->coverage());
    sorted->setSortRole(SubnetCoverageModel::SortRole);
    m_table->setObjectName(QStringLiteral("subnetCoverage"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubnetCoverageModel::LineColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Coverage per /24; click a row to show that /24 in the map"));
    m_table->setAccessibleName(tr("Coverage per /24"));

    auto *tables = new QSplitter(Qt::Vertical);
    tables->setObjectName(QStringLiteral("subnetTablesSplitter"));
    tables->addWidget(m_table);
    tables->addWidget(m_containerTable);
    auto *splitter = new QSplitter;
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("subnetSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(tables);
    // Only once the table has its parent: a parentless widget shown would be a window.
    const auto showWhenUsed
        = [this] { m_containerTable->setVisible(m_map->containers()->rowCount() > 0); };
    connect(map->containers(), &QAbstractItemModel::modelReset, m_containerTable, showWhenUsed);
    showWhenUsed();
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    shareWidth(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(makeLegend());

    connect(m_blocks, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_map->blocks().size()) {
            m_view->zoomTo(-1);
            m_map->setBlock(m_map->blocks().at(index));
        }
    });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { m_view->zoomTo(-1); });
    connect(m_view, &SubnetMapView::zoomChanged, this, &SubnetPage::updateZoom);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_view->zoomTo(index.data(SubnetCoverageModel::LineRole).toInt());
    });
    connect(m_view, &SubnetMapView::computerActivated, this, [this](int row) {
        const QString address = m_map->results()->endpoint(row).address;
        if (m_map->block() && m_map->block()->ipv6)
            emit addressesRequested(QString(), address, 128);
        else
            emit addressesRequested(address, QString(), 128);
    });
    connect(m_view, &SubnetMapView::cellsSelected, this, [this](int first, int last) {
        const SubnetMap::Span span = m_map->span(first, last);
        emit addressesRequested(span.ipv4, span.ipv6Prefix, span.ipv6Length);
    });
    connect(map, &SubnetMap::changed, this, &SubnetPage::updateBlocks);
    updateBlocks();
}

QTableView *SubnetPage::makeContainerTable()
{
    auto *table = new QTableView;
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_map->containers());
    sorted->setSortRole(ContainerCoverageModel::SortRole);
    sorted->setSortLocaleAware(true);
    table->setObjectName(QStringLiteral("containerCoverage"));
    table->setAccessibleName(tr("Coverage per AD container"));
    table->setModel(sorted);
    table->setSortingEnabled(true);
    table->sortByColumn(ContainerCoverageModel::ContainerColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setToolTip(tr("Coverage per AD container; click a row to open its computers"));
    connect(table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit containerRequested(index.data(ContainerCoverageModel::DnRole).toString());
    });
    return table;
}

QWidget *SubnetPage::makeLegend()
{
    auto *legend = new QWidget;
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    const int side = fontMetrics().height();
    for (SecurityStatus status : SecurityStatuses::all) {
        auto *icon = new QLabel;
        icon->setPixmap(StatusStyle::icon(status).pixmap(QSize(side, side)));
        row->addWidget(icon);
        row->addWidget(new QLabel(displayName(status)));
        row->addSpacing(8);
    }
    row->addStretch(1);
    return legend;
}

void SubnetPage::updateBlocks()
{
    m_blocks->clear();
    for (const SubnetBlock &block : m_map->blocks())
        m_blocks->addItem(block.toString());
    if (const std::optional<SubnetBlock> shown = m_map->block())
        m_blocks->setCurrentIndex(int(m_map->blocks().indexOf(*shown)));
    m_blocks->setEnabled(m_blocks->count() > 1);
    if (m_map->block() != m_shownBlock) {
        m_shownBlock = m_map->block();
        SubnetCoverageModel *lines = m_map->coverage();
        const bool oneLine = lines->rowCount() == 1;
        m_view->zoomTo(oneLine ? lines->index(0, 0).data(SubnetCoverageModel::LineRole).toInt()
                               : -1);
        shareWidth(oneLine);
    }
    updateZoom(m_view->zoomedLine());
}

void SubnetPage::shareWidth(bool zoomed)
{
    if (m_splitterMoved || m_splitter->property(WindowMemory::restoredProperty).toBool())
        return;
    // In proportion: the splitter scales these to its width. 560 gives a /16 two pixels a cell.
    m_splitter->setSizes(zoomed ? QList<int> { 400, 560 } : QList<int> { 560, 400 });
}

void SubnetPage::updateZoom(int line)
{
    m_zoomOut->setEnabled(line >= 0);
    const std::optional<SubnetBlock> block = m_map->block();
    if (!block) {
        m_where->clear();
        return;
    }
    QString text = tr("%1: %n computer(s) found.", nullptr, int(m_map->grid().found()))
                       .arg(block->toString());
    if (line >= 0)
        text += QLatin1Char(' ')
            + tr("Showing %1.").arg(SubnetCoverageModel::lineText(*block, line));
    text += QLatin1Char(' ')
        + tr("Hover a cell for its computer, click to open it, drag to open a run of addresses; "
             "the wheel or + zooms to a /24.");
    m_where->setText(text);
}
