#include "history/changesview.h"
#include "history/historypage.h"
#include "sampleendpoints.h"
#include "testclock.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

// The history page and the changes view, not yet wired into the main window: what they show
// for given records, and what they ask for.
class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void listsQueriesNewestFirstWithCounts();
    void asksToOpenAndCompareTheSelectedQuery();
    void keepsTheSelectionAcrossRefreshes();
    void changesViewShowsEveryList();
    void changesViewWithoutPreviousQuery();
};

namespace {

QueryRecord record(qint64 id, const char *started, qint64 durationMs, QueryState state)
{
    QueryRecord r;
    r.id = id;
    r.startedAt = at(started);
    if (durationMs >= 0)
        r.finishedAt = r.startedAt.addMSecs(durationMs);
    r.state = state;
    r.serverName = QStringLiteral("osm-hq");
    r.totalAddresses = 65534;
    for (SecurityStatus status : SecurityStatuses::all)
        r.statusCounts.insert(status, 0);
    r.statusCounts[SecurityStatus::ManagedByThisServer] = id * 10;
    r.statusCounts[SecurityStatus::Unreachable] = 1000 + id;
    r.endpointCount = id * 10 + 1000 + id;
    return r;
}

QVector<QueryRecord> sampleHistory()
{
    return { record(3, "2024-06-03T08:00:00.000Z", -1, QueryState::Running),
             record(1, "2024-06-01T08:00:00.000Z", 61500, QueryState::Completed),
             record(2, "2024-06-02T08:00:00.000Z", 4200, QueryState::Failed) };
}

QTreeWidget *historyList(HistoryPage &page)
{
    return page.findChild<QTreeWidget *>(QStringLiteral("historyList"));
}

} // namespace

void TestHistoryPage::listsQueriesNewestFirstWithCounts()
{
    HistoryPage page;
    QTreeWidget *list = historyList(page);
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setQueries(sampleHistory());
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), qint64(3));
    QCOMPARE(list->topLevelItem(1)->data(0, Qt::UserRole).toLongLong(), qint64(2));
    QCOMPARE(list->topLevelItem(2)->data(0, Qt::UserRole).toLongLong(), qint64(1));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("running"));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("1 min 2 s"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("4 s"));
    QCOMPARE(list->topLevelItem(1)->text(2), displayName(QueryState::Failed));
    // Columns: started, duration, state, server, addresses, endpoints, then one per status.
    QCOMPARE(list->headerItem()->text(6), displayName(SecurityStatus::ManagedByThisServer));
    QCOMPARE(list->topLevelItem(2)->text(6), QStringLiteral("10"));
    QCOMPARE(list->topLevelItem(2)->text(9), QStringLiteral("1,001"));
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("65,534"));
    // Sorting a number column sorts numbers, not text.
    list->sortByColumn(9, Qt::AscendingOrder);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), qint64(1));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("historySummary"))->text(),
             QStringLiteral("3 query(ies) kept"));
}

void TestHistoryPage::asksToOpenAndCompareTheSelectedQuery()
{
    HistoryPage page;
    page.setQueries(sampleHistory());
    auto *open = page.findChild<QPushButton *>(QStringLiteral("openResults"));
    auto *changes = page.findChild<QPushButton *>(QStringLiteral("showChanges"));
    QVERIFY(open && changes);
    QVERIFY(!open->isEnabled());
    QVERIFY(!changes->isEnabled());
    QSignalSpy opened(&page, &HistoryPage::openRequested);
    QSignalSpy compared(&page, &HistoryPage::changesRequested);

    QTreeWidget *list = historyList(page);
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(page.selectedQueryId(), qint64(2));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), qint64(2));
    QTest::mouseClick(changes, Qt::LeftButton);
    QCOMPARE(compared.size(), 1);
    QCOMPARE(compared.first().first().toLongLong(), qint64(2));
    // Enter on a row opens it too.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(2));
    emit list->itemActivated(list->topLevelItem(2), 0);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().toLongLong(), qint64(1));
}

void TestHistoryPage::keepsTheSelectionAcrossRefreshes()
{
    HistoryPage page;
    page.setQueries(sampleHistory());
    QTreeWidget *list = historyList(page);
    list->setCurrentItem(list->topLevelItem(2));
    QCOMPARE(page.selectedQueryId(), qint64(1));
    QVector<QueryRecord> more = sampleHistory();
    more.prepend(record(4, "2024-06-04T08:00:00.000Z", 1000, QueryState::Completed));
    page.setQueries(more);
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(page.selectedQueryId(), qint64(1));
    page.setQueries(more.mid(0, 2));
    QCOMPARE(page.selectedQueryId(), qint64(0));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("openResults"))->isEnabled());
}

void TestHistoryPage::changesViewShowsEveryList()
{
    ResultChanges changes;
    changes.previousQueryId = 1;
    changes.currentQueryId = 2;
    Endpoint was = SampleEndpoints::make(QStringLiteral("127.0.0.2"),
                                         SecurityStatus::ManagedByThisServer, QStringLiteral("b"));
    Endpoint is = was;
    is.status = SecurityStatus::Unreachable;
    changes.becameUnprotected << EndpointChange { was, is };
    changes.appeared << SampleEndpoints::make(
        QStringLiteral("127.0.0.9"), SecurityStatus::NoClientInstalled, QStringLiteral("f"))
                     << SampleEndpoints::make(QStringLiteral("127.0.0.10"),
                                              SecurityStatus::Unreachable);
    changes.disappeared << SampleEndpoints::make(QStringLiteral("127.0.0.4"),
                                                 SecurityStatus::Unreachable, QStringLiteral("d"));
    ChangesView view;
    QAbstractItemModelTester tester(view.list(ChangesView::BecameUnprotected)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setChanges(changes, record(1, "2024-06-01T08:00:00.000Z", 1000, QueryState::Completed),
                    record(2, "2024-06-08T08:00:00.000Z", 1000, QueryState::Completed));
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("changesTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(ChangesView::BecameUnprotected),
             QStringLiteral("Became unprotected (1)"));
    QCOMPARE(tabs->tabText(ChangesView::BecameProtected), QStringLiteral("Became protected (0)"));
    QCOMPARE(tabs->tabText(ChangesView::Appeared), QStringLiteral("Appeared (2)"));
    QCOMPARE(tabs->tabText(ChangesView::Disappeared), QStringLiteral("Disappeared (1)"));
    QTreeWidgetItem *row = view.list(ChangesView::BecameUnprotected)->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("b"));
    QCOMPARE(row->text(1), QStringLiteral("127.0.0.2"));
    QCOMPARE(row->text(3), displayName(SecurityStatus::ManagedByThisServer));
    QCOMPARE(row->text(4), displayName(SecurityStatus::Unreachable));
    QCOMPARE(view.list(ChangesView::Appeared)->topLevelItemCount(), 2);
    QCOMPARE(view.list(ChangesView::Disappeared)->topLevelItem(0)->text(1),
             QStringLiteral("127.0.0.4"));
    QVERIFY(tabs->isEnabled());

    // Showing other changes replaces the rows.
    view.setChanges({}, record(1, "2024-06-01T08:00:00.000Z", 1000, QueryState::Completed),
                    record(2, "2024-06-08T08:00:00.000Z", 1000, QueryState::Completed));
    QCOMPARE(view.list(ChangesView::Appeared)->topLevelItemCount(), 0);
    QCOMPARE(tabs->tabText(ChangesView::Appeared), QStringLiteral("Appeared (0)"));
}

void TestHistoryPage::changesViewWithoutPreviousQuery()
{
    ChangesView view;
    view.setNoPreviousQuery(record(1, "2024-06-01T08:00:00.000Z", 1000, QueryState::Completed));
    QVERIFY(!view.findChild<QTabWidget *>(QStringLiteral("changesTabs"))->isEnabled());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("changesHeading"))
                ->text()
                .contains(QStringLiteral("nothing to compare")));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
