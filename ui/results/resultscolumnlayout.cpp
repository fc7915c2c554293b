#include "results/resultscolumnlayout.h"

#include "resultsmodel.h"
#include "settings/settings.h"
#include "style/statusstyle.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <array>

namespace {
// The stable names of the columns in Setting::ResultsColumns, indexed by ResultsModel::Column: a
// saved choice survives a change of language and of the model's column numbers.
constexpr std::array<const char *, ResultsModel::ColumnCount> columnKeys = {
    "name",   "address", "status",     "server",  "agent-version",
    "domain", "gate",    "agent-port", "ad-path", "detail",
};

int columnOfKey(const QString &key)
{
    for (size_t i = 0; i < columnKeys.size(); ++i) {
        if (key == QLatin1String(columnKeys[i]))
            return int(i);
    }
    return -1;
}

// Pauses shorter than this between rows arriving are one refit: a query fills the table many
// times a second.
constexpr int refitMs = 100;
} // namespace

ResultsColumnLayout::ResultsColumnLayout(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_refit(new QTimer(this))
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("resultsHeader"));
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(200); // the first screens, not a million rows
    header->setTextElideMode(Qt::ElideMiddle);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu *menu = makeMenu(header->logicalIndexAt(at), header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(at));
    });
    // A drag of a header section is a choice of order: kept like the menu's.
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_fitting)
            save();
        fitDetail();
    });

    m_refit->setSingleShot(true);
    m_refit->setInterval(refitMs);
    connect(m_refit, &QTimer::timeout, this, &ResultsColumnLayout::fit);
    QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ResultsColumnLayout::fit);
    connect(model, &QAbstractItemModel::layoutChanged, m_refit, qOverload<>(&QTimer::start));
    // Rows below the first screens do not change what the widths are measured on.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first < 200)
            m_refit->start();
    });
    m_table->viewport()->installEventFilter(this);

    QList<int> saved;
    for (const QString &key : Settings::value(Setting::ResultsColumns).toStringList()) {
        const int column = columnOfKey(key);
        if (column >= 0 && !saved.contains(column))
            saved.append(column);
    }
    apply(saved.isEmpty() ? defaultColumns() : saved);
    fit();
}

QList<int> ResultsColumnLayout::defaultColumns()
{
    // The answer first (who, where, which status, why), then whose server. The gate port, the
    // agent port, the agent's version, the domain and the AD path are a click away in the
    // header's menu: shown by default they left Detail a few words at 1400 pixels.
    return { ResultsModel::NameColumn, ResultsModel::AddressColumn, ResultsModel::StatusColumn,
             ResultsModel::DetailColumn, ResultsModel::ServerColumn };
}

QList<int> ResultsColumnLayout::shown() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

void ResultsColumnLayout::setShown(const QList<int> &columns)
{
    if (columns.isEmpty())
        return; // a table without a column shows nothing at all
    apply(columns);
    save();
    fit();
}

void ResultsColumnLayout::reset()
{
    Settings::setValue(Setting::ResultsColumns, QStringList());
    apply(defaultColumns());
    fit();
}

void ResultsColumnLayout::apply(const QList<int> &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    m_fitting = true;
    int visual = 0;
    for (int column : columns) {
        if (column < 0 || column >= header->count())
            continue;
        header->moveSection(header->visualIndex(column), visual++);
        header->setSectionHidden(column, false);
    }
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, !columns.contains(column));
    m_fitting = false;
}

void ResultsColumnLayout::save() const
{
    QStringList keys;
    for (int column : shown())
        keys.append(QLatin1String(columnKeys[size_t(column)]));
    Settings::setValue(Setting::ResultsColumns, keys);
}

QMenu *ResultsColumnLayout::makeMenu(int column, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("resultsColumnsMenu"));
    const QList<int> columns = shown();
    QAbstractItemModel *model = m_table->model();
    for (int each = 0; each < ResultsModel::ColumnCount; ++each) {
        QAction *action = menu->addAction(model->headerData(each, Qt::Horizontal).toString());
        action->setObjectName(
            QStringLiteral("showColumn-%1").arg(QLatin1String(columnKeys[size_t(each)])));
        action->setCheckable(true);
        action->setChecked(columns.contains(each));
        if (columns == QList<int> { each }) {
            action->setEnabled(false);
            action->setToolTip(tr("The table shows at least one column."));
        }
        connect(action, &QAction::toggled, this, [this, each](bool on) {
            QList<int> now = shown();
            if (on)
                now.append(each);
            else
                now.removeAll(each);
            setShown(now);
        });
    }
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    const int at = columns.indexOf(column);
    QAction *left = menu->addAction(tr("Move column left"), this, [this, at] {
        QList<int> now = shown();
        now.swapItemsAt(at, at - 1);
        setShown(now);
    });
    left->setObjectName(QStringLiteral("moveColumnLeft"));
    left->setEnabled(at > 0);
    QAction *right = menu->addAction(tr("Move column right"), this, [this, at] {
        QList<int> now = shown();
        now.swapItemsAt(at, at + 1);
        setShown(now);
    });
    right->setObjectName(QStringLiteral("moveColumnRight"));
    right->setEnabled(at >= 0 && at + 1 < columns.size());
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"), this, &ResultsColumnLayout::reset);
    reset->setObjectName(QStringLiteral("resetColumns"));
    return menu;
}

int ResultsColumnLayout::statusWidth() const
{
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = m_table->iconSize();
    QStyle *style = m_table->style();
    int width = m_table->horizontalHeader()->sectionSizeHint(ResultsModel::StatusColumn);
    for (SecurityStatus status : SecurityStatuses::all) {
        option.text = displayName(status);
        option.icon = StatusStyle::icon(status);
        width = std::max(
            width,
            style->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_table).width());
    }
    return width;
}

int ResultsColumnLayout::widestAllowed() const
{
    // About 36 characters: a long name or AD path is elided in the middle beyond that.
    return m_table->fontMetrics().averageCharWidth() * 36;
}

void ResultsColumnLayout::fit()
{
    m_refit->stop();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || column == ResultsModel::DetailColumn)
            continue;
        if (column == ResultsModel::StatusColumn) {
            header->resizeSection(column, statusWidth());
            continue;
        }
        m_table->resizeColumnToContents(column);
        // The header's words are never cut (a Japanese header is as wide as its characters).
        header->resizeSection(column,
                              std::max(header->sectionSizeHint(column),
                                       std::min(header->sectionSize(column), widestAllowed())));
    }
    fitDetail();
}

void ResultsColumnLayout::fitDetail()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->isSectionHidden(ResultsModel::DetailColumn))
        return;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && column != ResultsModel::DetailColumn)
            others += header->sectionSize(column);
    }
    // Detail stretches into what is left, yet stays wide enough to read a sentence of it.
    const int least = std::max(header->sectionSizeHint(ResultsModel::DetailColumn),
                               m_table->fontMetrics().averageCharWidth() * 30);
    header->resizeSection(ResultsModel::DetailColumn,
                          std::max(least, m_table->viewport()->width() - others));
}

bool ResultsColumnLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitDetail();
    return QObject::eventFilter(watched, event);
}
