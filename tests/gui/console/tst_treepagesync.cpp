#include "clienttreemodel.h"
#include "consolelink.h"
#include "mainwindow.h"
#include "querysession.h"
#include "results/outsidemanagementpage.h"
#include "results/resultspage.h"
#include "resultsfiltermodel.h"
#include "sampleendpoints.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

// The client tree and the pages in step (issue 19, point 3), on the real window offscreen:
// a node shows exactly its computers, a summary link moves the tree, Home is the summary,
// computers are listed by name then address; and the deep links of `osmgmt --page --status
// --address`, refused with the reason when wrong, through ConsoleLink and the real binary.
class TestTreePageSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void homeIsTheSummaryAndSummaryLinksSelectTheirNode();
    void aNodeShowsExactlyItsComputers();
    void keyboardMovesThePageToo();
    void computersAreListedByNameThenAddress();
    void deepLinksOpenTheConsoleThere();
    void deepLinksRefuseWrongValues_data();
    void deepLinksRefuseWrongValues();
    void theConsoleStopsOnAWrongDeepLink();
    void disabledWindowActionsSayWhy();
    void aLinkedComputerIsSelectedOnceItArrives();
    void keyboardFindsAndOpensTheContextMenu();
    void theDemoSaysSoAndKeepsItsOwnStartSetting();

private:
    void click(const QModelIndex &index);
    QStringList namesUnder(const QModelIndex &group) const;
    QStringList shownAddresses() const;

    QTemporaryDir m_dir;
    QuerySession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    ClientTreeModel *m_tree = nullptr;
};

void TestTreePageSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    // The start-query settings this test changes stay in its own folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("osmgmt-test-treepagesync"));
}

void TestTreePageSync::init()
{
    m_session
        = new QuerySession(m_dir.filePath(QStringLiteral("sync.sqlite")), QStringLiteral("osm-hq"));
    m_window = new MainWindow(m_session, m_dir.filePath(QStringLiteral("sync-scope.json")));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_tree = m_session->clientTree();
    new QAbstractItemModelTester(m_tree, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window);
    m_session->results()->appendEndpoints(SampleEndpoints::mixed(30));
    m_tree->addRows(m_session->results()->snapshot(), m_session->results()->rowCount());
}

void TestTreePageSync::cleanup()
{
    delete m_window;
    delete m_session;
}

void TestTreePageSync::click(const QModelIndex &index)
{
    QTreeView *view = m_window->clientTree();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QStringList TestTreePageSync::namesUnder(const QModelIndex &group) const
{
    QStringList names;
    for (int row = 0; row < m_tree->rowCount(group); ++row) {
        const QModelIndex child = m_tree->index(row, 0, group);
        if (child.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>()
            == ClientTreeModel::NodeKind::Computer)
            names.append(child.data().toString());
    }
    return names;
}

QStringList TestTreePageSync::shownAddresses() const
{
    QStringList addresses;
    QAbstractItemModel *model = m_window->resultsPage()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        addresses.append(model->index(row, ResultsModel::AddressColumn).data().toString());
    addresses.sort();
    return addresses;
}

void TestTreePageSync::homeIsTheSummaryAndSummaryLinksSelectTheirNode()
{
    const QModelIndex home = m_tree->homeIndex();
    QCOMPARE(home.row(), 0);
    QCOMPARE(home.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>(),
             ClientTreeModel::NodeKind::Home);
    m_window->showResults(SecurityStatus::Unreachable);
    click(home);
    QVERIFY(m_window->outsidePage()->isVisible());
    QVERIFY(!m_window->resultsPage()->isVisible());

    // A number link of the summary opens its results and selects its node.
    for (SecurityStatus status : SecurityStatuses::all) {
        auto *link = m_window->findChild<QLabel *>(QStringLiteral("countLink-") + toKey(status));
        QVERIFY(link);
        emit link->linkActivated(QStringLiteral("status:") + toKey(status));
        QVERIFY(m_window->resultsPage()->isVisible());
        const QModelIndex expected = status == SecurityStatus::ManagedByThisServer
            ? m_tree->thisServerIndex()
            : m_tree->statusGroupIndex(status);
        QCOMPARE(m_window->clientTree()->currentIndex(), expected);
        QVERIFY(m_window->clientTree()->selectionModel()->isSelected(expected));
        // Back to the summary: Home is selected again.
        m_window->showOutsidePage();
        QCOMPARE(m_window->clientTree()->currentIndex(), home);
    }
}

void TestTreePageSync::aNodeShowsExactlyItsComputers()
{
    ResultsPage *page = m_window->resultsPage();
    const QVector<Endpoint> all = SampleEndpoints::mixed(30);
    const auto addressesOf = [&all](auto keep) {
        QStringList addresses;
        for (const Endpoint &endpoint : all) {
            if (keep(endpoint))
                addresses.append(endpoint.address);
        }
        addresses.sort();
        return addresses;
    };

    // A domain of this server: its clients only, not every client of this server.
    const QModelIndex server = m_tree->thisServerIndex();
    QModelIndex finance;
    for (int row = 0; row < m_tree->rowCount(server); ++row) {
        if (m_tree->index(row, 0, server).data(ClientTreeModel::DomainRole)
            == QStringLiteral("Finance"))
            finance = m_tree->index(row, 0, server);
    }
    QVERIFY(finance.isValid());
    m_window->clientTree()->expand(server);
    click(finance);
    QVERIFY(page->isVisible());
    QTRY_COMPARE(shownAddresses(), addressesOf([](const Endpoint &e) {
                     return e.status == SecurityStatus::ManagedByThisServer
                         && e.domain == QLatin1String("Finance");
                 }));
    QVERIFY(page->chips()->chip(FilterChips::Filter::Place));

    // A computer: that computer.
    const QModelIndex group = m_tree->statusGroupIndex(SecurityStatus::NoClientInstalled);
    m_window->clientTree()->expand(group);
    const QModelIndex computer = m_tree->index(1, 0, group);
    const QString address = computer.data(ClientTreeModel::AddressRole).toString();
    click(computer);
    QTRY_COMPARE(shownAddresses(), QStringList { address });
    QVERIFY(!page->chips()->chip(FilterChips::Filter::Place)); // the domain went

    // Outside server management: the four statuses outside, none of this server's.
    click(m_tree->outsideServerManagementIndex());
    QTRY_COMPARE(shownAddresses(), addressesOf([](const Endpoint &e) {
                     return e.status != SecurityStatus::ManagedByThisServer;
                 }));
    // This server: its clients.
    click(server);
    QTRY_COMPARE(shownAddresses(), addressesOf([](const Endpoint &e) {
                     return e.status == SecurityStatus::ManagedByThisServer;
                 }));
    QCOMPARE(page->shownStatus(),
             std::optional<SecurityStatus>(SecurityStatus::ManagedByThisServer));

    // A computer of Active Directory that did not resolve has no address: found by its name.
    m_session->results()->appendEndpoints({ SampleEndpoints::make(
        QString(), SecurityStatus::UnresolvedAd, QStringLiteral("old-pc")) });
    m_tree->addRows(m_session->results()->snapshot(), m_session->results()->rowCount());
    const QModelIndex unresolved = m_tree->statusGroupIndex(SecurityStatus::UnresolvedAd);
    m_window->clientTree()->expand(unresolved);
    QModelIndex oldPc;
    for (int row = 0; row < m_tree->rowCount(unresolved); ++row) {
        if (m_tree->index(row, 0, unresolved).data() == QStringLiteral("old-pc"))
            oldPc = m_tree->index(row, 0, unresolved);
    }
    QVERIFY(oldPc.isValid());
    click(oldPc);
    QTRY_COMPARE(page->shownCount(), 1);
    QCOMPARE(page->table()->model()->index(0, ResultsModel::NameColumn).data().toString(),
             QStringLiteral("old-pc"));
}

void TestTreePageSync::keyboardMovesThePageToo()
{
    QTreeView *view = m_window->clientTree();
    view->setFocus();
    view->setCurrentIndex(m_tree->homeIndex());
    QVERIFY(m_window->outsidePage()->isVisible());
    QTest::keyClick(view, Qt::Key_Down); // This server
    QCOMPARE(view->currentIndex(), m_tree->thisServerIndex());
    QVERIFY(m_window->resultsPage()->isVisible());
    QCOMPARE(m_window->resultsPage()->shownStatus(),
             std::optional<SecurityStatus>(SecurityStatus::ManagedByThisServer));
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(m_window->outsidePage()->isVisible());
}

void TestTreePageSync::computersAreListedByNameThenAddress()
{
    m_session->results()->clear();
    m_tree->clear();
    const auto unreachable = [](const QString &address, const QString &name) {
        return SampleEndpoints::make(address, SecurityStatus::Unreachable, name);
    };
    // Two batches, as a query delivers them: the second merges into the first.
    m_session->results()->appendEndpoints(
        { unreachable(QStringLiteral("127.0.0.9"), {}),
          unreachable(QStringLiteral("127.0.0.3"), QStringLiteral("pc-b")),
          unreachable(QStringLiteral("127.0.0.10"), {}) });
    m_tree->addRows(m_session->results()->snapshot(), m_session->results()->rowCount());
    const QModelIndex group = m_tree->statusGroupIndex(SecurityStatus::Unreachable);
    QTreeView *view = m_window->clientTree();
    view->expand(group);
    // The current computer stays the same computer through the merge.
    view->setCurrentIndex(m_tree->index(0, 0, group));
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("pc-b"));
    m_session->results()->appendEndpoints(
        { unreachable(QStringLiteral("127.0.0.2"), QStringLiteral("PC-A")),
          unreachable(QStringLiteral("127.0.0.1"), QStringLiteral("pc-b")),
          unreachable(QStringLiteral("127.0.0.4"), {}) });
    m_tree->addRows(m_session->results()->snapshot(), m_session->results()->rowCount());
    QCOMPARE(namesUnder(group),
             (QStringList { QStringLiteral("PC-A"), QStringLiteral("pc-b"), QStringLiteral("pc-b"),
                            QStringLiteral("127.0.0.4"), QStringLiteral("127.0.0.9"),
                            QStringLiteral("127.0.0.10") }));
    QCOMPARE(m_tree->index(1, 0, group).data(ClientTreeModel::AddressRole).toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(view->currentIndex().data(ClientTreeModel::AddressRole).toString(),
             QStringLiteral("127.0.0.3"));
}

void TestTreePageSync::deepLinksOpenTheConsoleThere()
{
    const Result<ConsoleLink> results = ConsoleLink::parse(
        QStringLiteral("results"), QStringLiteral("no-client-installed"), QString());
    QVERIFY2(results, qPrintable(results.error()));
    m_window->openLink(results.value());
    QVERIFY(m_window->resultsPage()->isVisible());
    QCOMPARE(m_window->resultsPage()->shownStatus(),
             std::optional<SecurityStatus>(SecurityStatus::NoClientInstalled));
    QTRY_COMPARE(m_window->resultsPage()->shownCount(), 6);
    QCOMPARE(m_window->clientTree()->currentIndex(),
             m_tree->statusGroupIndex(SecurityStatus::NoClientInstalled));

    const Result<ConsoleLink> summary = ConsoleLink::parse(QStringLiteral("summary"), {}, {});
    QVERIFY(summary);
    m_window->openLink(summary.value());
    QVERIFY(m_window->outsidePage()->isVisible());

    // --address alone opens the results of that computer (the page is implied).
    const Result<ConsoleLink> address = ConsoleLink::parse({}, {}, QStringLiteral("127.90.0.7"));
    QVERIFY(address);
    QCOMPARE(address->page, ConsoleLink::Page::Results);
    m_window->openLink(address.value());
    QVERIFY(m_window->resultsPage()->isVisible());
    QTRY_COMPARE(shownAddresses(), QStringList { QStringLiteral("127.90.0.7") });
    // ...and selects that computer's node in the client tree.
    const QModelIndex linked = m_window->clientTree()->currentIndex();
    QCOMPARE(linked.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>(),
             ClientTreeModel::NodeKind::Computer);
    QCOMPARE(linked.data(ClientTreeModel::AddressRole).toString(), QStringLiteral("127.90.0.7"));
    QVERIFY(m_window->clientTree()->selectionModel()->isSelected(linked));
    QVERIFY(m_window->resultsPage()->isVisible()); // the selection did not move the page

    // Nothing given: the summary, as before deep links.
    const Result<ConsoleLink> none = ConsoleLink::parse({}, {}, {});
    QVERIFY(none);
    QCOMPARE(none->page, ConsoleLink::Page::Summary);
}

void TestTreePageSync::deepLinksRefuseWrongValues_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown page") << "overview" << QString() << QString()
                                  << "--page overview is not a page of the console; use summary "
                                     "or results.";
    QTest::newRow("unknown status")
        << "results"
        << "no-client" << QString()
        << "--status no-client is not a security status; use one of: managed-by-this-server, "
           "managed-by-another-server, no-client-installed, unreachable, unresolved-ad.";
    QTest::newRow("not an address") << QString() << QString() << "tokyo-pc"
                                    << "--address tokyo-pc is not an IPv4 or IPv6 address";
    QTest::newRow("summary with a status")
        << "summary"
        << "unreachable" << QString() << "--status and --address open the results";
}

void TestTreePageSync::deepLinksRefuseWrongValues()
{
    QFETCH(QString, page);
    QFETCH(QString, status);
    QFETCH(QString, address);
    QFETCH(QString, reason);
    const Result<ConsoleLink> link = ConsoleLink::parse(page, status, address);
    QVERIFY(!link);
    QVERIFY2(link.error().startsWith(reason), qPrintable(link.error()));
}

void TestTreePageSync::theConsoleStopsOnAWrongDeepLink()
{
    // The real console, in a home of its own: a wrong value stops it before any window, with
    // the reason on standard error and the usage-error exit code.
    const QString console = qEnvironmentVariable("OSMGMT_CONSOLE");
    if (console.isEmpty())
        QSKIP("OSMGMT_CONSOLE is not set (run through ctest)");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(console,
                  { QStringLiteral("--page"), QStringLiteral("results"), QStringLiteral("--status"),
                    QStringLiteral("offline") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("--status offline is not a security status")),
             qPrintable(error));
}

void TestTreePageSync::disabledWindowActionsSayWhy()
{
    // This window was given no history, schedule or agents: what is greyed out says why. (An
    // action without a tooltip of its own shows its text without "&" and "...".)
    const auto ownTip = [](const QAction *action) {
        QString stripped = action->text().remove(QLatin1Char('&'));
        if (stripped.endsWith(QLatin1String("...")))
            stripped.chop(3);
        return !action->toolTip().isEmpty() && action->toolTip() != stripped;
    };
    int disabled = 0;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->isEnabled()) {
            ++disabled;
            QVERIFY2(ownTip(top), qPrintable(top->text()));
            continue;
        }
        QMenu *menu = top->menu();
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->isEnabled())
                continue;
            ++disabled;
            QVERIFY(menu->toolTipsVisible());
            QVERIFY2(ownTip(action),
                     qPrintable(action->text() + QLatin1String(": ") + action->toolTip()));
        }
    }
    QCOMPARE(disabled, 4); // Cancel query (none runs), History..., Scheduled query..., Agents
}

void TestTreePageSync::aLinkedComputerIsSelectedOnceItArrives()
{
    // The console opens the link before the last query's rows are read: the node is selected
    // when they arrive.
    const Result<ConsoleLink> link = ConsoleLink::parse({}, {}, QStringLiteral("127.91.0.3"));
    QVERIFY(link);
    m_window->openLink(link.value());
    QVERIFY(!m_window->clientTree()->currentIndex().isValid());
    m_session->results()->appendEndpoints({ SampleEndpoints::make(
        QStringLiteral("127.91.0.3"), SecurityStatus::Unreachable, QStringLiteral("late-pc")) });
    m_tree->addRows(m_session->results()->snapshot(), m_session->results()->rowCount());
    emit m_session->storedRowsLoaded(m_session->results()->rowCount());
    const QModelIndex linked = m_window->clientTree()->currentIndex();
    QCOMPARE(linked.data(ClientTreeModel::AddressRole).toString(), QStringLiteral("127.91.0.3"));
    QCOMPARE(linked.parent(), m_tree->statusGroupIndex(SecurityStatus::Unreachable));
}

void TestTreePageSync::keyboardFindsAndOpensTheContextMenu()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->showOutsidePage();
    // Ctrl+F: the results page, its search box focused, from anywhere in the window.
    QTest::keyClick(m_window->clientTree(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->resultsPage()->isVisible());
    auto *box = m_window->resultsPage()->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTRY_VERIFY(box->hasFocus());

    // Shift+F10: the focused view's context menu, at its current item, as a right-click there.
    QTreeView *tree = m_window->clientTree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QSignalSpy requested(tree, &QWidget::customContextMenuRequested);
    const QModelIndex group = m_tree->statusGroupIndex(SecurityStatus::Unreachable);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    tree->setCurrentIndex(group);
    QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toPoint(), tree->visualRect(group).center());
    tree->setContextMenuPolicy(Qt::DefaultContextMenu);

    // Both are listed where Help lists the shortcuts: they are the window's actions.
    QStringList keys;
    for (const QAction *action : m_window->findChildren<QAction *>())
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString();
    QVERIFY2(keys.contains(QStringLiteral("Ctrl+F")), qPrintable(keys.join(QLatin1Char(' '))));
    QVERIFY2(keys.contains(QStringLiteral("Shift+F10")), qPrintable(keys.join(QLatin1Char(' '))));
}

void TestTreePageSync::theDemoSaysSoAndKeepsItsOwnStartSetting()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("osmgmt"));
    const auto *noBadge = m_window->findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(!noBadge || noBadge->isHidden());
    QAction *atStart = m_window->findChild<QAction *>(QStringLiteral("queryAtStartAction"));
    QVERIFY(atStart);
    // A console does not query at start unless set to; the demo does unless set not to.
    QVERIFY(!m_window->queryAtStart());
    QVERIFY(!atStart->isChecked());
    m_window->setDemo(true);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("DEMO")));
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(badge);
    QVERIFY(!badge->isHidden()); // the test's status bar came after show(); the console's before
    QVERIFY(badge->text().startsWith(QLatin1String("DEMO")));
    QVERIFY(m_window->queryAtStart());
    QVERIFY(atStart->isChecked());
    atStart->setChecked(false); // the demo's setting only
    QVERIFY(!m_window->queryAtStart());
    m_window->setDemo(false);
    atStart->setChecked(true);
    QVERIFY(m_window->queryAtStart());
    m_window->setDemo(true);
    QVERIFY(!m_window->queryAtStart());
    // As they were.
    atStart->setChecked(true);
    m_window->setDemo(false);
    atStart->setChecked(false);
}

QTEST_MAIN(TestTreePageSync)
#include "tst_treepagesync.moc"
