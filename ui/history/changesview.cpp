#include "history/changesview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { Name, Address, AdPath, Before, Now };

QString tabTitle(ChangesView::Tab tab)
{
    switch (tab) {
    case ChangesView::BecameUnprotected:
        return ChangesView::tr("Became unprotected (%1)");
    case ChangesView::BecameProtected:
        return ChangesView::tr("Became protected (%1)");
    case ChangesView::Appeared:
        return ChangesView::tr("Appeared (%1)");
    case ChangesView::Disappeared:
        return ChangesView::tr("Disappeared (%1)");
    }
    Q_UNREACHABLE();
}

QTreeWidgetItem *itemFor(const Endpoint &endpoint)
{
    auto *item = new QTreeWidgetItem;
    item->setText(Name, endpoint.name);
    item->setText(Address, endpoint.address);
    item->setText(AdPath, endpoint.adPath);
    return item;
}

QString when(const QueryRecord &record)
{
    return QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("changesHeading"));
    m_heading->setWordWrap(true);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("changesTabs"));
    m_lists[BecameUnprotected] = createList(QStringLiteral("becameUnprotected"), true);
    m_lists[BecameProtected] = createList(QStringLiteral("becameProtected"), true);
    m_lists[Appeared] = createList(QStringLiteral("appeared"), false);
    m_lists[Disappeared] = createList(QStringLiteral("disappeared"), false);
    for (Tab tab : { BecameUnprotected, BecameProtected, Appeared, Disappeared }) {
        m_tabs->addTab(m_lists[tab], QString());
        setTabCount(tab, 0);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
}

QTreeWidget *ChangesView::createList(const QString &objectName, bool withBefore)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSortingEnabled(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QStringList headers { tr("Name"), tr("IP address"), tr("AD path") };
    if (withBefore)
        headers << tr("Before") << tr("Now");
    else
        headers << tr("Security status");
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    return list;
}

QTreeWidget *ChangesView::list(Tab tab) const
{
    return m_lists[tab];
}

void ChangesView::setTabCount(Tab tab, qsizetype count)
{
    m_tabs->setTabText(tab, tabTitle(tab).arg(QLocale().toString(qint64(count))));
}

void ChangesView::setChanges(const ResultChanges &changes, const QueryRecord &previous,
                             const QueryRecord &current)
{
    m_heading->setText(
        tr("Changes in the query of %1 since the query of %2").arg(when(current), when(previous)));
    const auto fillChanged = [this](Tab tab, const QVector<EndpointChange> &rows) {
        QList<QTreeWidgetItem *> items;
        for (const EndpointChange &change : rows) {
            QTreeWidgetItem *item = itemFor(change.after);
            item->setText(Before, displayName(change.before.status));
            item->setText(Now, displayName(change.after.status));
            items << item;
        }
        m_lists[tab]->clear();
        m_lists[tab]->addTopLevelItems(items);
        setTabCount(tab, rows.size());
    };
    const auto fillOneSided = [this](Tab tab, const QVector<Endpoint> &rows) {
        QList<QTreeWidgetItem *> items;
        for (const Endpoint &endpoint : rows) {
            QTreeWidgetItem *item = itemFor(endpoint);
            item->setText(Before, displayName(endpoint.status));
            items << item;
        }
        m_lists[tab]->clear();
        m_lists[tab]->addTopLevelItems(items);
        setTabCount(tab, rows.size());
    };
    fillChanged(BecameUnprotected, changes.becameUnprotected);
    fillChanged(BecameProtected, changes.becameProtected);
    fillOneSided(Appeared, changes.appeared);
    fillOneSided(Disappeared, changes.disappeared);
    m_tabs->setEnabled(true);
}

void ChangesView::setNoPreviousQuery(const QueryRecord &current)
{
    m_heading->setText(tr("The query of %1 is the first completed query: there is nothing to "
                          "compare it with")
                           .arg(when(current)));
    for (Tab tab : { BecameUnprotected, BecameProtected, Appeared, Disappeared }) {
        m_lists[tab]->clear();
        setTabCount(tab, 0);
    }
    m_tabs->setEnabled(false);
}
