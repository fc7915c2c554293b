#include "history/historypage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { Started, Duration, State, Server, Addresses, Endpoints, FirstStatus };

QString durationText(qint64 ms)
{
    if (ms < 0)
        return HistoryPage::tr("running");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return HistoryPage::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return HistoryPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return HistoryPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

// Sorts numbers as numbers (the text is formatted for the locale).
class QueryItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole + 1);
        const QVariant theirs = other.data(column, Qt::UserRole + 1);
        if (mine.isValid() && theirs.isValid())
            return mine.toLongLong() < theirs.toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Query History")));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    QStringList headers { tr("Started"), tr("Duration"),  tr("State"),
                          tr("Server"),  tr("Addresses"), tr("Endpoints") };
    for (SecurityStatus status : SecurityStatuses::all)
        headers << displayName(status);
    m_list->setHeaderLabels(headers);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_open = new QPushButton(tr("Open results"));
    m_open->setObjectName(QStringLiteral("openResults"));
    m_changes = new QPushButton(tr("Changes since the previous query"));
    m_changes->setObjectName(QStringLiteral("showChanges"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_changes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this] { emitForSelection(&HistoryPage::openRequested); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { emitForSelection(&HistoryPage::openRequested); });
    connect(m_changes, &QPushButton::clicked, this,
            [this] { emitForSelection(&HistoryPage::changesRequested); });
    setQueries({});
}

void HistoryPage::setQueries(const QVector<QueryRecord> &queries)
{
    const qint64 selected = selectedQueryId();
    const QLocale locale;
    m_list->setSortingEnabled(false);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const QueryRecord &record : queries) {
        auto *item = new QueryItem;
        item->setData(Started, Qt::UserRole, record.id);
        item->setText(Started,
                      locale.toString(record.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(Started, Qt::UserRole + 1, record.startedAt.toMSecsSinceEpoch());
        item->setText(Duration, durationText(record.durationMs()));
        item->setData(Duration, Qt::UserRole + 1, record.durationMs());
        item->setText(State, displayName(record.state));
        if (!record.error.isEmpty())
            item->setToolTip(State, record.error);
        item->setText(Server, record.serverName);
        const auto number = [&](int column, qint64 value) {
            item->setText(column, locale.toString(value));
            item->setData(column, Qt::UserRole + 1, value);
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        };
        number(Addresses, qint64(record.totalAddresses));
        number(Endpoints, record.endpointCount);
        int column = FirstStatus;
        for (SecurityStatus status : SecurityStatuses::all)
            number(column++, record.statusCounts.value(status));
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Started, Qt::DescendingOrder);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (selected != 0 && item->data(Started, Qt::UserRole).toLongLong() == selected)
            m_list->setCurrentItem(item);
    }
    m_summary->setText(tr("%n query(ies) kept", nullptr, int(queries.size())));
    updateButtons();
}

qint64 HistoryPage::selectedQueryId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Started, Qt::UserRole).toLongLong();
}

void HistoryPage::updateButtons()
{
    const bool any = selectedQueryId() != 0;
    m_open->setEnabled(any);
    m_changes->setEnabled(any);
}

void HistoryPage::emitForSelection(void (HistoryPage::*signal)(qint64))
{
    const qint64 id = selectedQueryId();
    if (id != 0)
        emit(this->*signal)(id);
}
