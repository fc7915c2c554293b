#include "querysession.h"
#include "results/filterchips.h"
#include "results/resultscolumnlayout.h"
#include "results/resultsitemdelegate.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "sampleendpoints.h"
#include "settings/settings.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

// The results table as an administrator reads it (issue 19, points 1 and 2), through its real
// widgets offscreen: widths from content, the column menu and its memory, middle elision with
// the whole text in the tooltip, the empty table's reasons, removable filter chips and the
// advanced search beside the table.
class TestResultsTableView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void answerColumnsComeFirstAndStatusFitsItsLongestText();
    void detailTakesTheRoomLeft();
    void headerMenuChoosesMovesResetsAndIsRemembered();
    void cutTextIsElidedInTheMiddleWithTheWholeTextInTheTooltip();
    void emptyTableSaysWhyAndWhatToTry();
    void filtersShowAsChipsThatRemoveThem();
    void advancedSearchSitsBesideTheTableAndKeepsTenRows();

private:
    void fill(const QVector<Endpoint> &endpoints);
    QString emptyText() const
    {
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("emptyState"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QTemporaryDir m_dir;
    QuerySession *m_session = nullptr;
    ResultsPage *m_page = nullptr;
};

void TestResultsTableView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestResultsTableView::init()
{
    Settings::setValue(Setting::ResultsColumns, QStringList());
    m_session = new QuerySession(m_dir.filePath(QStringLiteral("table.sqlite")),
                                 QStringLiteral("osm-hq"));
    m_page = new ResultsPage(m_session);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestResultsTableView::cleanup()
{
    delete m_page;
    delete m_session;
}

void TestResultsTableView::fill(const QVector<Endpoint> &endpoints)
{
    m_session->results()->appendEndpoints(endpoints);
    QTRY_COMPARE(m_page->shownCount(), int(endpoints.size()));
    m_page->columns()->fit();
}

void TestResultsTableView::answerColumnsComeFirstAndStatusFitsItsLongestText()
{
    fill(SampleEndpoints::mixed(10));
    const QHeaderView *header = m_page->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(ResultsModel::NameColumn), 0);
    QCOMPARE(header->visualIndex(ResultsModel::AddressColumn), 1);
    QCOMPARE(header->visualIndex(ResultsModel::StatusColumn), 2);
    QCOMPARE(header->visualIndex(ResultsModel::DetailColumn), 3);

    // Every status reads whole, with its badge, whichever statuses the rows hold: "Managed by
    // this server" and "Managed by another server" are never both "Managed by ...".
    const QFontMetrics metrics = m_page->table()->fontMetrics();
    int longest = 0;
    for (SecurityStatus status : SecurityStatuses::all)
        longest = std::max(longest, metrics.horizontalAdvance(displayName(status)));
    const int badge = m_page->table()->iconSize().width();
    QVERIFY2(header->sectionSize(ResultsModel::StatusColumn) >= longest + badge,
             qPrintable(QStringLiteral("%1 < %2 + %3")
                            .arg(header->sectionSize(ResultsModel::StatusColumn))
                            .arg(longest)
                            .arg(badge)));
    auto *delegate = qobject_cast<ResultsItemDelegate *>(m_page->table()->itemDelegate());
    QVERIFY(delegate);
    for (int row = 0; row < m_page->shownCount(); ++row) {
        const QModelIndex index = m_page->table()->model()->index(row, ResultsModel::StatusColumn);
        QStyleOptionViewItem option;
        option.initFrom(m_page->table());
        option.widget = m_page->table();
        option.rect = m_page->table()->visualRect(index);
        QVERIFY2(!delegate->isElided(option, index), qPrintable(index.data().toString()));
    }
    // A name is as wide as it is, not a tenth of the table.
    QVERIFY(header->sectionSize(ResultsModel::NameColumn)
            >= metrics.horizontalAdvance(QStringLiteral("ws000")));
    QVERIFY(header->sectionSize(ResultsModel::NameColumn)
            < header->sectionSize(ResultsModel::DetailColumn));
}

void TestResultsTableView::detailTakesTheRoomLeft()
{
    fill(SampleEndpoints::mixed(10));
    QTableView *table = m_page->table();
    const QHeaderView *header = table->horizontalHeader();
    const auto sumOfShown = [header] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column)
            sum += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
        return sum;
    };
    QCOMPARE(sumOfShown(), table->viewport()->width());
    const int before = header->sectionSize(ResultsModel::DetailColumn);
    m_page->resize(1400, 700);
    QTRY_COMPARE(sumOfShown(), table->viewport()->width());
    QCOMPARE(header->sectionSize(ResultsModel::DetailColumn), before + 300);
}

void TestResultsTableView::headerMenuChoosesMovesResetsAndIsRemembered()
{
    fill(SampleEndpoints::mixed(5));
    ResultsColumnLayout *columns = m_page->columns();
    QCOMPARE(columns->shown(), ResultsColumnLayout::defaultColumns());
    QHeaderView *header = m_page->table()->horizontalHeader();

    // Choose: the domain column, from the header's menu.
    std::unique_ptr<QMenu> menu(columns->makeMenu(ResultsModel::StatusColumn, header));
    auto *domain = menu->findChild<QAction *>(QStringLiteral("showColumn-domain"));
    QVERIFY(domain);
    QVERIFY(!domain->isChecked());
    domain->trigger();
    QVERIFY(!header->isSectionHidden(ResultsModel::DomainColumn));
    QVERIFY(columns->shown().contains(ResultsModel::DomainColumn));
    QVERIFY(header->sectionSize(ResultsModel::DomainColumn)
            >= header->sectionSizeHint(ResultsModel::DomainColumn));

    // Reorder: Security status one to the left, before the address.
    menu.reset(columns->makeMenu(ResultsModel::StatusColumn, header));
    menu->findChild<QAction *>(QStringLiteral("moveColumnLeft"))->trigger();
    QCOMPARE(columns->shown().mid(0, 3),
             (QList<int> { ResultsModel::NameColumn, ResultsModel::StatusColumn,
                           ResultsModel::AddressColumn }));
    // The first column cannot move further left.
    menu.reset(columns->makeMenu(ResultsModel::NameColumn, header));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("moveColumnLeft"))->isEnabled());

    // Remembered: a page made later (the console started again) shows the same.
    const QList<int> chosen = columns->shown();
    QVERIFY(
        Settings::value(Setting::ResultsColumns).toStringList().contains(QStringLiteral("domain")));
    {
        ResultsPage again(m_session);
        QCOMPARE(again.columns()->shown(), chosen);
    }

    // Hiding every column is refused: the last one's item is disabled and says why.
    columns->setShown({ ResultsModel::NameColumn });
    menu.reset(columns->makeMenu(ResultsModel::NameColumn, header));
    auto *name = menu->findChild<QAction *>(QStringLiteral("showColumn-name"));
    QVERIFY(!name->isEnabled());
    QVERIFY(!name->toolTip().isEmpty());

    // Reset: the default again, and nothing kept.
    menu->findChild<QAction *>(QStringLiteral("resetColumns"))->trigger();
    QCOMPARE(columns->shown(), ResultsColumnLayout::defaultColumns());
    QVERIFY(Settings::value(Setting::ResultsColumns).toStringList().isEmpty());
}

void TestResultsTableView::cutTextIsElidedInTheMiddleWithTheWholeTextInTheTooltip()
{
    QVector<Endpoint> endpoints = SampleEndpoints::mixed(3);
    const QString longName = QStringLiteral("tokyo-accounting-") + QString(60, QLatin1Char('x'))
        + QStringLiteral("-floor3-pc-017");
    endpoints[0].name = longName;
    fill(endpoints);
    QTableView *table = m_page->table();
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    const QHeaderView *header = table->horizontalHeader();
    // The long name is capped, not given the table.
    QVERIFY(header->sectionSize(ResultsModel::NameColumn)
            < table->fontMetrics().horizontalAdvance(longName));

    auto *delegate = qobject_cast<ResultsItemDelegate *>(table->itemDelegate());
    const QModelIndex cut
        = table->model()
              ->match(table->model()->index(0, 0), Qt::DisplayRole, longName, 1, Qt::MatchExactly)
              .value(0);
    QVERIFY(cut.isValid());
    const QModelIndex whole
        = table->model()->index(cut.row() == 0 ? 1 : 0, ResultsModel::NameColumn);
    const auto optionFor = [table](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.widget = table;
        option.rect = table->visualRect(index);
        return option;
    };
    QVERIFY(delegate->isElided(optionFor(cut), cut));
    QVERIFY(!delegate->isElided(optionFor(whole), whole));

    // Hovering the cut name shows it whole; the whole one keeps the row's tooltip (its Detail).
    QHelpEvent help(QEvent::ToolTip, table->visualRect(cut).center(),
                    table->viewport()->mapToGlobal(table->visualRect(cut).center()));
    QVERIFY(delegate->helpEvent(&help, table, optionFor(cut), cut));
    QTRY_COMPARE(QToolTip::text(), longName);
    QToolTip::hideText();
    QCOMPARE(whole.data(Qt::ToolTipRole).toString(), QStringLiteral("sample"));
}

void TestResultsTableView::emptyTableSaysWhyAndWhatToTry()
{
    // No query yet.
    QVERIFY2(emptyText().contains(QStringLiteral("no query has run yet")), qPrintable(emptyText()));
    QVERIFY(emptyText().contains(QStringLiteral("run a query (F5)")));

    fill(SampleEndpoints::mixed(10));
    QVERIFY(emptyText().isEmpty());

    // The search found nothing.
    m_page->setSearchText(QStringLiteral("tokyo"));
    QTRY_COMPARE(m_page->shownCount(), 0);
    QTRY_VERIFY2(emptyText().startsWith(QStringLiteral("The search found nothing")),
                 qPrintable(emptyText()));
    QVERIFY(emptyText().contains(QStringLiteral("tokyo*")));

    // A status that no computer of the query has.
    m_page->clearFilters();
    QTRY_COMPARE(m_page->shownCount(), 10);
    m_session->results()->setEndpoints({ SampleEndpoints::make(
        QStringLiteral("127.90.0.1"), SecurityStatus::Unreachable, QStringLiteral("pc1")) });
    m_page->showStatus(SecurityStatus::NoClientInstalled);
    QTRY_COMPARE(m_page->shownCount(), 0);
    QTRY_VERIFY2(emptyText().contains(displayName(SecurityStatus::NoClientInstalled)),
                 qPrintable(emptyText()));
    QVERIFY(emptyText().contains(QStringLiteral("Show all")));

    // Filters together that match nothing.
    m_page->setSearchText(QStringLiteral("pc1"));
    QTRY_VERIFY2(emptyText().startsWith(QStringLiteral("The filters above match no computer")),
                 qPrintable(emptyText()));
    m_page->findChild<QPushButton *>(QStringLiteral("showAll"))->click();
    QTRY_COMPARE(m_page->shownCount(), 1);
    QVERIFY(emptyText().isEmpty());
}

void TestResultsTableView::filtersShowAsChipsThatRemoveThem()
{
    fill(SampleEndpoints::mixed(20));
    FilterChips *chips = m_page->chips();
    QVERIFY(!chips->isVisible());

    m_page->showStatus(SecurityStatus::Unreachable);
    QVERIFY(chips->isVisible());
    QToolButton *status = chips->chip(FilterChips::Filter::Status);
    QVERIFY(status);
    QVERIFY(status->text().contains(displayName(SecurityStatus::Unreachable)));

    m_page->setSearchText(QStringLiteral("ws00*"));
    QTRY_VERIFY(chips->chip(FilterChips::Filter::Search));
    QVERIFY(chips->chip(FilterChips::Filter::Search)->text().contains(QStringLiteral("ws00*")));
    QTRY_COMPARE(m_page->shownCount(), 2); // ws003, ws008

    // The advanced search's IPv4 range, as a chip too.
    m_page->setAdvancedSearchShown(true);
    auto *ipv4 = m_page->findChild<QLineEdit *>(QStringLiteral("searchIpv4"));
    ipv4->setText(QStringLiteral("127.90.0.1-127.90.0.5"));
    m_page->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
    QTRY_VERIFY(chips->chip(FilterChips::Filter::Ipv4));
    QTRY_COMPARE(m_page->shownCount(), 1); // ws003

    // Removing a chip removes that filter only, in the box and the panel as well.
    QTest::mouseClick(chips->chip(FilterChips::Filter::Search), Qt::LeftButton);
    QTRY_VERIFY(!chips->chip(FilterChips::Filter::Search));
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("searchBox"))->text().isEmpty());
    QVERIFY(chips->chip(FilterChips::Filter::Status));
    QTRY_COMPARE(m_page->shownCount(), 1); // ws003 only is unreachable among .1-.5

    QTest::mouseClick(chips->chip(FilterChips::Filter::Ipv4), Qt::LeftButton);
    QTRY_VERIFY(!chips->chip(FilterChips::Filter::Ipv4));
    QVERIFY(ipv4->text().isEmpty());
    QTRY_COMPARE(m_page->shownCount(), 4);

    QTest::mouseClick(chips->chip(FilterChips::Filter::Status), Qt::LeftButton);
    QTRY_COMPARE(m_page->shownCount(), 20);
    QVERIFY(!chips->isVisible());
}

void TestResultsTableView::advancedSearchSitsBesideTheTableAndKeepsTenRows()
{
    fill(SampleEndpoints::mixed(40));
    QTableView *table = m_page->table();
    auto *area = m_page->findChild<QScrollArea *>(QStringLiteral("advancedSearchArea"));
    QVERIFY(area);
    QVERIFY(!area->isVisible());
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    // The smallest page its layout allows: the table keeps ten rows with the panel open.
    m_page->resize(1100, 200);
    m_page->findChild<QToolButton *>(QStringLiteral("advancedSearchButton"))->click();
    QVERIFY(m_page->isAdvancedSearchShown());
    QTRY_VERIFY(area->isVisible());
    // Laid out: the panel takes its width from the table's, none from its height.
    QTRY_VERIFY(area->width() >= area->minimumWidth() && area->minimumWidth() > 0
                && table->width() + area->width() < m_page->width());
    QVERIFY2(table->viewport()->height() >= ResultsPage::minimumRows * rowHeight,
             qPrintable(QStringLiteral("%1 < %2 rows of %3")
                            .arg(table->viewport()->height())
                            .arg(ResultsPage::minimumRows)
                            .arg(rowHeight)));
    // Beside, not above: the panel's top is level with the table's.
    const QPoint tableTop = table->mapTo(m_page, QPoint(0, 0));
    const QPoint areaTop = area->mapTo(m_page, QPoint(0, 0));
    QCOMPARE(areaTop.y(), tableTop.y());
    QVERIFY(areaTop.x() > tableTop.x() + table->width() - 1);
    // Collapsed again, the table takes the width back.
    const int narrow = table->width();
    m_page->setAdvancedSearchShown(false);
    QTRY_VERIFY(!area->isVisible());
    QTRY_VERIFY(table->width() > narrow);
}

QTEST_MAIN(TestResultsTableView)
#include "tst_resultstableview.moc"
