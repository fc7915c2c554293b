#include "mainwindow.h"

#include "activedirectorysession.h"
#include "auditcheck.h"
#include "auditsession.h"
#include "clienttreemodel.h"
#include "commands/auditpage.h"
#include "commands/endpointmenus.h"
#include "common/logging.h"
#include "consoleidentity.h"
#include "consolelink.h"
#include "consolewatcher.h"
#include "detectionsession.h"
#include "diagnose/diagnosedialog.h"
#include "diagnosesession.h"
#include "endpointactions.h"
#include "eventsession.h"
#include "health/healthflipbook.h"
#include "healthsession.h"
#include "heartbeat/eventspage.h"
#include "heartbeat/heartbeatsettingspage.h"
#include "heartbeatsession.h"
#include "help/helpdialog.h"
#include "history/changesview.h"
#include "history/historynavigator.h"
#include "history/historypage.h"
#include "historysession.h"
#include "identity/carolloverdialog.h"
#include "identity/credentialexportdialog.h"
#include "identity/credentialimportdialog.h"
#include "identity/identitystatus.h"
#include "overview/overviewpage.h"
#include "overviewsession.h"
#include "quarantine/detectionspage.h"
#include "quarantine/quarantinestatuspage.h"
#include "quarantinesession.h"
#include "querysession.h"
#include "results/outsidemanagementpage.h"
#include "results/resultspage.h"
#include "schedule/scheduledialog.h"
#include "scheduledqueries.h"
#include "scope/scopeeditordialog.h"
#include "scope/scopefile.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "settings/storesettings.h"
#include "style/colourscheme.h"
#include "style/consoleicons.h"
#include "style/statusicondelegate.h"
#include "style/statusstyle.h"
#include "style/windowmemory.h"
#include "watch/heartbeatsettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

MainWindow::MainWindow(QuerySession *session, QString scopeFile, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_directory(new ActiveDirectorySession(this))
    , m_scopeFile(std::move(scopeFile))
    , m_tree(new QTreeView)
    , m_pages(new QStackedWidget)
    , m_outsidePage(new OutsideManagementPage(session))
    , m_resultsPage(new ResultsPage(session))
{
    // The desktop's dark scheme before any widget takes the palette.
    ColourScheme::follow(*qApp, ColourScheme::desktopScheme());
    updateTitle();
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setObjectName(QStringLiteral("clientTree"));
    m_tree->setModel(session->clientTree());
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new StatusIconDelegate(ClientTreeModel::StatusRole, m_tree));
    expandTreeTop();
    // By mouse or by keyboard: the node that becomes current is shown. A click on the current
    // node shows it again (after a menu went to another page).
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::onTreeClicked);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selectingTreeNode && current.isValid())
                    onTreeClicked(current);
            });
    connect(session->clientTree(), &QAbstractItemModel::modelReset, this,
            &MainWindow::expandTreeTop);
    // Grouped by AD path, domains arrive with the computers: each opens as it appears.
    connect(session->clientTree(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                ClientTreeModel *tree = m_session->clientTree();
                if (under.isValid() || tree->grouping() != ClientTreeModel::Grouping::ByAdPath)
                    return;
                for (int row = first; row <= last; ++row)
                    m_tree->expand(tree->index(row, 0));
            });

    m_pages->addWidget(m_outsidePage);
    m_pages->addWidget(m_resultsPage);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(makeTreePane());
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    // Wide enough for the longest status group with its count (issue 17: no truncated label);
    // a narrower tree elides in the middle and shows the whole label as a tooltip.
    const QString longest = displayName(SecurityStatus::UnresolvedAd) + QStringLiteral(" (00,000)");
    const int treeWidth = m_tree->fontMetrics().horizontalAdvance(longest)
        + 2 * m_tree->indentation() + m_tree->fontMetrics().height() + 24;
    // The pages take the rest of the 1280 pixels the window opens with (sizes adding up to more
    // would be scaled down, the tree's with them).
    splitter->setSizes({ std::max(300, treeWidth), 1280 - std::max(300, treeWidth) });
    setCentralWidget(splitter);
    createMenus();

    connect(m_outsidePage, &OutsideManagementPage::statusLinkActivated, this,
            [this](SecurityStatus status) { showResults(status); });
    connect(m_outsidePage, &OutsideManagementPage::defineRequested, this, &MainWindow::defineScope);
    connect(m_outsidePage, &OutsideManagementPage::queryRequested, this, &MainWindow::runQuery);
    connect(m_resultsPage, &ResultsPage::exported, this, [this](const QString &path, int rows) {
        statusBar()->showMessage(tr("Exported %n computer(s) to %1", nullptr, rows).arg(path),
                                 10000);
    });
    connect(m_resultsPage, &ResultsPage::exportFailed, this, &MainWindow::showError);
    connect(session, &QuerySession::errorOccurred, this, &MainWindow::showError);
    // Cancel query applies only while one runs.
    connect(session, &QuerySession::queryStarted, this, [this] {
        m_cancelQuery->setEnabled(true);
        m_cancelQuery->setToolTip(QString());
    });
    connect(session, &QuerySession::queryFinished, this, [this] {
        m_cancelQuery->setEnabled(m_session->isRunning());
        if (!m_cancelQuery->isEnabled())
            m_cancelQuery->setToolTip(tr("No query is running."));
    });
    // A deep link's computer arrives with the stored or new results.
    connect(session, &QuerySession::storedRowsLoaded, this, &MainWindow::selectLinkedComputer);
    connect(session, &QuerySession::queryFinished, this, &MainWindow::selectLinkedComputer);
    connect(session, &QuerySession::queryFinished, this, [this](const QueryOutcome &outcome) {
        if (outcome.outcome == ProbeEngine::Outcome::Cancelled)
            statusBar()->showMessage(tr("Query cancelled; what it finished is kept."), 10000);
        else if (outcome.outcome == ProbeEngine::Outcome::Completed)
            statusBar()->showMessage(tr("Query finished."), 10000);
    });
    loadScope();
    resize(1280, 800);
    new WindowMemory(this, QStringLiteral("main"));
}

QWidget *MainWindow::makeTreePane()
{
    auto *grouping = new QComboBox;
    grouping->setObjectName(QStringLiteral("treeGrouping"));
    grouping->addItem(tr("Security status"),
                      QVariant::fromValue(ClientTreeModel::Grouping::BySecurityStatus));
    grouping->addItem(tr("AD path"), QVariant::fromValue(ClientTreeModel::Grouping::ByAdPath));
    connect(grouping, &QComboBox::currentIndexChanged, this, [this, grouping] {
        m_session->clientTree()->setGrouping(
            grouping->currentData().value<ClientTreeModel::Grouping>());
        // A node opened before would keep narrowing the results to a node no longer in the tree.
        m_resultsPage->clearFilters();
    });
    auto *label = new QLabel(tr("&Group by:"));
    label->setBuddy(grouping);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(grouping, 1);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_tree);
    auto *pane = new QWidget;
    pane->setLayout(layout);
    return pane;
}

void MainWindow::expandTreeTop()
{
    ClientTreeModel *tree = m_session->clientTree();
    if (tree->grouping() == ClientTreeModel::Grouping::BySecurityStatus) {
        m_tree->expand(tree->outsideServerManagementIndex());
        return;
    }
    for (int row = 0; row < tree->rowCount(); ++row) // the domains
        m_tree->expand(tree->index(row, 0));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    m_exportResults
        = file->addAction(tr("&Export results..."), m_resultsPage, &ResultsPage::exportWithDialog);
    // An export writes the computers shown: with none, there is nothing to write.
    const auto exportApplies = [this](int rows) {
        m_exportResults->setEnabled(rows > 0);
        m_exportResults->setToolTip(
            rows > 0 ? QString() : tr("No computer is shown: run a query, or widen the search."));
    };
    exportApplies(m_session->results()->rowCount());
    connect(m_resultsPage, &ResultsPage::shownRowsChanged, m_exportResults, exportApplies);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *query = menuBar()->addMenu(tr("&Query"));
    query->addAction(tr("&Define scope..."), this, &MainWindow::defineScope);
    query->addAction(tr("&Run query"), QKeySequence(Qt::Key_F5), this, &MainWindow::runQuery);
    m_cancelQuery = query->addAction(tr("&Cancel query"), m_session, &QuerySession::cancel);
    m_cancelQuery->setEnabled(false);
    m_cancelQuery->setToolTip(tr("No query is running."));
    QAction *find = query->addAction(tr("&Find computers"), QKeySequence::Find, this,
                                     &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    m_queryAtStart = query->addAction(tr("Run a query at &start"));
    m_queryAtStart->setObjectName(QStringLiteral("queryAtStartAction"));
    m_queryAtStart->setCheckable(true);
    m_queryAtStart->setChecked(queryAtStart());
    connect(m_queryAtStart, &QAction::toggled, this, [this](bool on) {
        Settings::setValue(m_demo ? Setting::DemoQueryAtStart : Setting::QueryAtStart, on);
    });
    query->addSeparator();
    m_historyAction = query->addAction(tr("&History..."), this, &MainWindow::showHistoryPage);
    m_historyAction->setEnabled(false); // until setHistory()
    m_historyAction->setToolTip(tr("The query history opens once the console's store is open."));
    query->setToolTipsVisible(true);
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Console settings..."), this, &MainWindow::editSettings);
    m_scheduleAction
        = settings->addAction(tr("Scheduled &query..."), this, &MainWindow::editSchedule);
    m_scheduleAction->setEnabled(false);
    m_scheduleAction->setToolTip(
        tr("The schedule can be edited once the console's store is open."));
    settings->setToolTipsVisible(true);
    m_serverMenu = menuBar()->addMenu(tr("&Agents"));
    m_serverMenu->setEnabled(false); // until setCommands()
    m_serverMenu->menuAction()->setToolTip(
        tr("Commands to agents are available once this console's identity is loaded."));
    // The keyboard's way to the context menu on every desktop (the Menu key works already).
    auto *contextMenu = new QAction(tr("Context menu"), this);
    contextMenu->setObjectName(QStringLiteral("contextMenuAction"));
    contextMenu->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    connect(contextMenu, &QAction::triggered, this, &MainWindow::openContextMenu);
    addAction(contextMenu);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *statuses = help->addAction(tr("&Statuses and checks"), QKeySequence(Qt::Key_F1), this,
                                        &MainWindow::showHelp);
    statuses->setObjectName(QStringLiteral("helpStatusesAction"));
    help->addAction(tr("&About osmgmt"), this, [this] {
        QMessageBox::about(this, tr("About osmgmt"),
                           tr("osmgmt %1\nFinds the computers your security server does not "
                              "protect, and says why.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    // One product name everywhere: osmgmt (About, messages, the tray).
    setWindowTitle(m_demo ? tr("osmgmt — DEMO") : tr("osmgmt"));
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    updateTitle();
    m_queryAtStart->setChecked(queryAtStart());
    auto *badge = statusBar()->findChild<QLabel *>(QStringLiteral("demoBadge"));
    if (!badge && demo) {
        badge = new QLabel(tr("DEMO: simulated computers on 127.77.0.0/24"));
        badge->setObjectName(QStringLiteral("demoBadge"));
        badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #9a6700; color: white; font-weight: bold; padding: 1px 6px; }"));
        badge->setToolTip(tr("The embedded demo: every computer is played by osmgmt-agent on "
                             "this computer's loopback; nothing else on the network is touched."));
        statusBar()->insertPermanentWidget(0, badge);
    }
    if (badge)
        badge->setVisible(demo);
}

bool MainWindow::queryAtStart() const
{
    return Settings::queryAtStart(m_demo);
}

void MainWindow::focusSearch()
{
    if (m_pages->currentWidget() != m_resultsPage)
        m_pages->setCurrentWidget(m_resultsPage);
    auto *box = m_resultsPage->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    box->setFocus(Qt::ShortcutFocusReason);
    box->selectAll();
}

void MainWindow::openContextMenu()
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused || focused->window() != this)
        return;
    // At the current item of a list, table or tree; elsewhere at the widget's middle.
    QWidget *target = focused;
    QPoint at = focused->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(focused)) {
        target = view->viewport();
        const QRect item = view->visualRect(view->currentIndex());
        at = item.isValid() ? item.center() : target->rect().center();
    }
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, target->mapToGlobal(at));
    QApplication::sendEvent(target, &event);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showPage(m_scope);
}

void MainWindow::loadScope()
{
    if (!QFileInfo::exists(m_scopeFile)) {
        // Example scopes point at loopback only (DESIGN.md, "Network safety").
        m_scope.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.0.0.1-127.0.0.254")).value() };
        m_scope.ports = PortList::fromNumbers({ 21112 }).value();
        m_outsidePage->setScope(m_scope);
        return;
    }
    Result<Scope> loaded = loadScopeFile(m_scopeFile);
    if (!loaded) {
        showError(tr("The scope file %1 cannot be used: %2\nIt was left as it is; define the "
                     "scope again to replace it.")
                      .arg(m_scopeFile, loaded.error()));
    } else {
        m_scope = std::move(loaded).value();
    }
    m_outsidePage->setScope(m_scope);
}

Result<Done> MainWindow::saveScope(const Scope &scope)
{
    const Result<Done> saved = saveScopeFile(m_scopeFile, scope);
    if (!saved)
        return saved;
    m_scope = scope;
    m_outsidePage->setScope(m_scope);
    Logging::get("ui")->info("scope saved to {}", m_scopeFile);
    return saved;
}

void MainWindow::defineScope()
{
    ScopeEditorDialog dialog(m_scope, m_directory, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<Done> saved = saveScope(dialog.scope());
    if (!saved) {
        showError(tr("The scope cannot be saved: %1").arg(saved.error()));
        return;
    }
    if (dialog.choice() == ScopeEditorDialog::Choice::SaveAndReassess)
        runQuery();
}

void MainWindow::runQuery()
{
    QuerySession::WhenRunning whenRunning = QuerySession::WhenRunning::Restart;
    if (m_session->isRunning()) {
        // The manual stops the running query and restarts; the administrator may rather wait.
        QMessageBox question(QMessageBox::Question, tr("Query"),
                             tr("A query is running. Stop it and start over with the saved "
                                "scope, or run the new query when it has ended? What a stopped "
                                "query finished is kept."),
                             QMessageBox::Cancel, this);
        QPushButton *restart
            = question.addButton(tr("Stop and start over"), QMessageBox::DestructiveRole);
        QPushButton *queue = question.addButton(tr("Queue the new query"), QMessageBox::AcceptRole);
        question.setDefaultButton(queue);
        question.setObjectName(QStringLiteral("runningQueryQuestion"));
        question.exec();
        if (question.clickedButton() == restart)
            whenRunning = QuerySession::WhenRunning::Restart;
        else if (question.clickedButton() == queue)
            whenRunning = QuerySession::WhenRunning::Queue;
        else
            return;
    }
    // Where the editor's scope enters a query: checked here once (QueryScope).
    const Result<QueryScope> scope = QueryScope::from(m_scope);
    if (!scope) {
        showError(tr("The query cannot start: %1").arg(scope.error()));
        return;
    }
    m_session->startQuery(scope.value(), whenRunning);
    showOutsidePage();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_session->serverName(), Settings::language(), this);
    dialog.setRetention(Settings::keepQueries(), Settings::keepDays());
    // The heartbeat settings as the heartbeat session last read them from the store.
    const HeartbeatPolicy heartbeatPolicy
        = m_heartbeats ? m_heartbeats->policy() : HeartbeatPolicy();
    dialog.heartbeatPage()->setSettings(heartbeatPolicy, HeartbeatSettingsStore::notifiedKinds());
    const StoreLocation before = Settings::storeLocation();
    dialog.setStore(before, Settings::databaseFile());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setValue(Setting::ServerName, dialog.serverName());
    Settings::setValue(Setting::Language, dialog.language());
    Settings::setValue(Setting::KeepQueries, dialog.keepQueries());
    Settings::setValue(Setting::KeepDays, dialog.keepDays());
    const HeartbeatPolicy changedPolicy = dialog.heartbeatPage()->policy(heartbeatPolicy);
    if (m_heartbeats && !(changedPolicy == heartbeatPolicy))
        m_heartbeats->savePolicy(changedPolicy, QStringLiteral("changed in the console"));
    HeartbeatSettingsStore::setNotifiedKinds(dialog.heartbeatPage()->notifiedKinds());
    const StoreLocation after = dialog.storeLocation();
    Settings::setStoreLocation(after);
    m_session->setServerName(dialog.serverName());
    statusBar()->showMessage(
        tr("Settings saved. The next query uses server name %1.").arg(dialog.serverName()), 10000);
    // The store is chosen once per run: every part of the console (queries, history, audit
    // log, schedule) keeps the one it started with until the console starts again, so no part
    // writes to the old store while another reads the new one.
    if (after.describe() != before.describe() || dialog.passwordSaved())
        askToRestart(after);
}

void MainWindow::askToRestart(const StoreLocation &store)
{
    QMessageBox question(QMessageBox::Question, tr("Database changed"),
                         tr("The console uses the database %1 once it starts again. Until then "
                            "it keeps storing queries in %2.\n\nRestart the console now?")
                             .arg(store.describe(), m_session->storeLocation().describe()),
                         QMessageBox::NoButton, this);
    QPushButton *restart = question.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    question.addButton(tr("Later"), QMessageBox::RejectRole);
    question.exec();
    if (question.clickedButton() == restart)
        restartConsole();
}

void MainWindow::restartConsole()
{
    if (m_session->isRunning()) {
        showError(tr("A query is running: stop it, or restart the console once it has ended."));
        return;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 QCoreApplication::arguments().mid(1))) {
        showError(tr("The console cannot start again by itself: close it and start it."));
        return;
    }
    QCoreApplication::quit();
}

void MainWindow::setScheduledQueries(ScheduledQueries *scheduled)
{
    m_scheduled = scheduled;
    m_scheduleAction->setEnabled(scheduled != nullptr);
    if (scheduled)
        m_scheduleAction->setToolTip(QString());
    if (!scheduled)
        return;
    connect(scheduled, &ScheduledQueries::scheduleChanged, this,
            &MainWindow::updateScheduleSummary);
    connect(scheduled, &ScheduledQueries::errorOccurred, this, &MainWindow::showError);
    connect(scheduled, &ScheduledQueries::runStarted, this, [this](const QString &description) {
        statusBar()->showMessage(description, 15000);
        showOutsidePage();
    });
    updateScheduleSummary();
}

void MainWindow::setWatcher(ConsoleWatcher *watcher)
{
    auto *label = new QLabel(statusBar());
    statusBar()->addPermanentWidget(label);
    auto show = [label, watcher] {
        label->setText(watcher->statusText());
        label->setToolTip(watcher->statusDetail());
    };
    connect(watcher, &ConsoleWatcher::statusChanged, label, show);
    show();
}

void MainWindow::editSchedule()
{
    ScheduleDialog dialog(m_scheduled->schedule(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<Done> applied = m_scheduled->setSchedule(dialog.schedule());
    if (!applied)
        showError(applied.error());
}

void MainWindow::updateScheduleSummary()
{
    const Schedule schedule = m_scheduled->schedule();
    if (!schedule.enabled) {
        m_outsidePage->setScheduleSummary(tr("Scheduled query: off"));
        return;
    }
    const QDateTime next = m_scheduled->nextRun();
    m_outsidePage->setScheduleSummary(
        tr("Scheduled query: %1. Next: %2")
            .arg(schedule.description(),
                 QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)));
}

void MainWindow::showResults(std::optional<SecurityStatus> status)
{
    m_resultsPage->showOnly(status);
    m_pages->setCurrentWidget(m_resultsPage);
    ClientTreeModel *tree = m_session->clientTree();
    if (!status)
        selectTreeNode({});
    else if (*status == SecurityStatus::ManagedByThisServer)
        selectTreeNode(tree->thisServerIndex());
    else
        selectTreeNode(tree->statusGroupIndex(*status));
}

void MainWindow::showOutsidePage()
{
    m_pages->setCurrentWidget(m_outsidePage);
    selectTreeNode(m_session->clientTree()->homeIndex());
}

void MainWindow::selectTreeNode(const QModelIndex &index)
{
    m_selectingTreeNode = true;
    if (index.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clear(); // no node is what the page shows
    }
    m_selectingTreeNode = false;
}

void MainWindow::openLink(const ConsoleLink &link)
{
    if (link.page == ConsoleLink::Page::Summary) {
        showOutsidePage();
        return;
    }
    if (link.address.isEmpty()) {
        showResults(link.status);
        return;
    }
    EndpointCriteria criteria;
    criteria.setQuick(link.address); // checked as an address by ConsoleLink::parse
    m_resultsPage->showOnly(link.status, criteria);
    m_pages->setCurrentWidget(m_resultsPage);
    selectTreeNode({});
    m_linkedAddress = link.address;
    selectLinkedComputer();
}

void MainWindow::selectLinkedComputer()
{
    if (m_linkedAddress.isEmpty())
        return;
    // Compared as addresses: fd00::7 and fd00:0::7 are one computer.
    const QHostAddress wanted(m_linkedAddress);
    ClientTreeModel *tree = m_session->clientTree();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex child = tree->index(row, 0, parent);
            if (child.data(ClientTreeModel::NodeKindRole).value<ClientTreeModel::NodeKind>()
                == ClientTreeModel::NodeKind::Computer) {
                if (QHostAddress(child.data(ClientTreeModel::AddressRole).toString()) == wanted)
                    return child;
                continue;
            }
            if (const QModelIndex found = find(child); found.isValid())
                return found;
        }
        return QModelIndex();
    };
    const QModelIndex node = find({});
    if (!node.isValid())
        return; // not in the tree yet: tried again when results are loaded or a query ends
    m_linkedAddress.clear();
    if (m_pages->currentWidget() == m_resultsPage)
        selectTreeNode(node);
}

void MainWindow::onTreeClicked(const QModelIndex &index)
{
    m_linkedAddress.clear(); // the administrator chose another place
    using Kind = ClientTreeModel::NodeKind;
    const auto kind = index.data(ClientTreeModel::NodeKindRole).value<Kind>();
    EndpointCriteria criteria;
    std::optional<SecurityStatus> status;
    ResultsPlace place;
    switch (kind) {
    case Kind::Home:
        m_pages->setCurrentWidget(m_outsidePage);
        return;
    case Kind::OutsideServerManagement: {
        StatusSet outside = StatusSet::of({});
        for (SecurityStatus each : SecurityStatuses::outside)
            outside.insert(each);
        criteria.statuses = outside;
        break;
    }
    case Kind::ThisServer:
        status = SecurityStatus::ManagedByThisServer;
        break;
    case Kind::Domain:
        status = SecurityStatus::ManagedByThisServer;
        place = ResultsPlace::inDomain(index.data(ClientTreeModel::DomainRole).toString());
        break;
    case Kind::StatusGroup:
        status = index.data(ClientTreeModel::StatusRole).value<SecurityStatus>();
        break;
    case Kind::Computer: {
        // Exactly this computer: its address, which no other row of a query has (a computer
        // of Active Directory that did not resolve has only its name).
        const QString address = index.data(ClientTreeModel::AddressRole).toString();
        criteria.setQuick(address.isEmpty() ? index.data().toString() : address);
        break;
    }
    case Kind::AdContainer:
        criteria.setAdTree(index.data(ClientTreeModel::AdPathRole).toString());
        break;
    case Kind::IpRanges:
        place = ResultsPlace::outsideAd();
        break;
    }
    m_resultsPage->showOnly(status, criteria, place);
    m_pages->setCurrentWidget(m_resultsPage);
}

void MainWindow::setCommands(ConsoleIdentity *identity, ImportedAuthorities imported,
                             CommandController::OpenDatabase openDatabase)
{
    m_identity = identity;
    statusBar()->addPermanentWidget(new IdentityStatus(identity));
    m_actions = new EndpointActions(this);
    m_commands
        = new CommandController(new CommandSession(identity, std::move(imported),
                                                   m_session->serverName(), openDatabase, this),
                                this);
    m_menus = new EndpointMenus(m_actions, m_commands, m_session, m_resultsPage, m_tree, this);
    connect(m_menus, &EndpointMenus::diagnoseRequested, this,
            [this, openDatabase](const Endpoint &endpoint) {
                DiagnoseDialog::open(
                    new DiagnoseSession(m_identity, m_session->serverName(), openDatabase),
                    endpoint, this);
            });
    // The audit log's chain is checked once at start, off the GUI thread; a break is shown.
    auto *auditCheck = new AuditCheck(openDatabase, this);
    connect(auditCheck, &AuditCheck::problemFound, this, &MainWindow::showError);
    auditCheck->start();
    m_audit = new AuditSession(openDatabase, this); // a copy: the flipbook reads it too
    m_auditPage = new AuditPage(m_audit);
    m_pages->addWidget(m_auditPage);
    connect(m_commands, &CommandController::commandFinished, this, [this] {
        statusBar()->showMessage(tr("Command finished; see its outcome and the audit log."), 10000);
        if (m_pages->currentWidget() == m_auditPage)
            m_auditPage->refresh();
    });
    m_serverMenu->setEnabled(true);
    m_serverMenu->menuAction()->setToolTip(QString());
    m_serverMenu->addAction(tr("&Audit log"), this, &MainWindow::showAuditPage);
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(tr("&Export this server's credential..."), this,
                            &MainWindow::exportCredential);
    m_serverMenu->addAction(tr("&Import another server's credential..."), this,
                            &MainWindow::importCredential);
    m_serverMenu->addAction(tr("&Certificate Authority..."), this, [this, openDatabase] {
        auto *dialog
            = CaRolloverDialog::open(new CaRolloverSession(m_identity, m_session->serverName(),
                                                           Settings::dataDirectory(), openDatabase),
                                     this);
        connect(dialog, &CaRolloverDialog::restartRequested, this, &MainWindow::restartConsole);
    });
    addHealthFlipbook(openDatabase);
}

void MainWindow::addHealthFlipbook(const CommandController::OpenDatabase &openDatabase)
{
    // The agents are asked with this console's session certificate, once its CA has loaded.
    auto credentials = [identity = m_identity]() -> Result<AgentTls::Credentials> {
        if (!identity->isReady())
            return Result<AgentTls::Credentials>::failure(identity->error());
        return AgentTls::Credentials { identity->sessionCertificate().certificate,
                                       identity->sessionCertificate().key };
    };
    m_health = new HealthFlipbook(new HealthSession(openDatabase, credentials, this), m_session,
                                  m_commands, m_pages);
    connect(m_tree, &QTreeView::doubleClicked, m_health, &HealthFlipbook::showTreeNode);
    connect(
        m_resultsPage->table(), &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { m_health->showResultsRow(m_resultsPage, index.row()); });
    connect(m_menus, &EndpointMenus::detailsRequested, this, [this](const QVector<Endpoint> &all) {
        const int row = m_resultsPage->table()->currentIndex().row();
        if (all.size() == 1 && m_pages->currentWidget() == m_resultsPage && row >= 0)
            m_health->showResultsRow(m_resultsPage, row); // paged through what is shown
        else
            m_health->showComputers(all);
    });
    m_serverMenu->addAction(tr("Agent &Health"), m_health, &HealthFlipbook::showThisServer);
}

void MainWindow::setHistory(CommandController::OpenDatabase openDatabase)
{
    m_historySession = new HistorySession(m_session, std::move(openDatabase), this);
    m_history = new HistoryNavigator(m_historySession, this);
    m_pages->addWidget(m_history->historyPage());
    m_pages->addWidget(m_history->changesView());
    connect(m_history, &HistoryNavigator::queryOpened, this, [this](qint64 id) {
        showResults(std::nullopt);
        statusBar()->showMessage(tr("Showing the results of query %1.").arg(id), 10000);
    });
    connect(m_history, &HistoryNavigator::changesShown, this,
            [this] { m_pages->setCurrentWidget(m_history->changesView()); });
    connect(m_history, &HistoryNavigator::failed, this, &MainWindow::showError);
    m_historyAction->setEnabled(true);
    m_historyAction->setToolTip(QString());
}

void MainWindow::showHistoryPage()
{
    m_pages->setCurrentWidget(m_history->historyPage());
    m_history->refresh();
}

void MainWindow::setEvents(CommandController::OpenDatabase openDatabase)
{
    m_events = new EventSession(std::move(openDatabase), this);
    m_eventsPage = new EventsPage(m_events);
    m_pages->addWidget(m_eventsPage);
    m_serverMenu->addAction(tr("&Events"), this, &MainWindow::showEventsPage);
}

void MainWindow::setOverview(CommandController::OpenDatabase openDatabase)
{
    m_overview = new OverviewSession(m_session, std::move(openDatabase), this);
    m_overviewPage = new OverviewPage(m_overview);
    m_pages->insertWidget(0, m_overviewPage);
    connect(m_overviewPage, &OverviewPage::statusRequested, this,
            [this](SecurityStatus status) { showResults(status); });
    connect(m_overviewPage, &OverviewPage::changesRequested, this, [this](qint64 queryId) {
        if (m_history)
            m_history->showChanges(queryId);
    });
    connect(m_overviewPage, &OverviewPage::queryRequested, m_overview, &OverviewSession::openQuery);
    connect(m_overview, &OverviewSession::queryOpened, this, [this] { showResults(std::nullopt); });
    connect(m_overviewPage, &OverviewPage::addressesRequested, this,
            [this](const QString &ipv4, const QString &ipv6Prefix, int ipv6Length) {
                m_resultsPage->showAddresses(ipv4, ipv6Prefix, ipv6Length);
                m_pages->setCurrentWidget(m_resultsPage);
            });
    connect(m_overviewPage, &OverviewPage::containerRequested, this, [this](const QString &dn) {
        m_resultsPage->showAdTree(dn);
        m_pages->setCurrentWidget(m_resultsPage);
    });
    connect(m_overview, &OverviewSession::failed, this, &MainWindow::showError);
    QAction *show
        = new QAction(ConsoleIcons::icon(ConsoleIcons::Icon::Overview), tr("&Overview"), this);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(show, &QAction::triggered, this, &MainWindow::showOverviewPage);
    // Before History in the Query menu, beside the other ways through the queries.
    if (auto *queryMenu = qobject_cast<QMenu *>(m_historyAction->parent()))
        queryMenu->insertAction(m_historyAction, show);
    m_overview->refresh();
    showOverviewPage();
}

void MainWindow::showOverviewPage()
{
    m_pages->setCurrentWidget(m_overviewPage);
}

void MainWindow::setHeartbeats(HeartbeatSession *heartbeats)
{
    m_heartbeats = heartbeats;
    connect(heartbeats, &HeartbeatSession::policySaved, this, [this](const QString &error) {
        if (!error.isEmpty())
            showError(error);
    });
}

void MainWindow::showEventsPage()
{
    m_pages->setCurrentWidget(m_eventsPage);
    m_eventsPage->refresh();
}

void MainWindow::setQuarantine(CommandController::OpenDatabase openDatabase)
{
    m_detections = new DetectionSession(openDatabase, this);
    m_detectionsPage = new DetectionsPage(m_detections);
    m_pages->addWidget(m_detectionsPage);
    m_quarantine = new QuarantineSession(std::move(openDatabase), this);
    m_quarantinePage = new QuarantineStatusPage(m_quarantine);
    m_pages->addWidget(m_quarantinePage);
    m_serverMenu->addAction(tr("Computer &Quarantine Status"), this,
                            &MainWindow::showQuarantineStatusPage);
    m_serverMenu->addAction(tr("&Detections"), this, &MainWindow::showDetectionsPage);
    connect(m_quarantine, &QuarantineSession::refreshed, this, [this] {
        m_session->clientTree()->setQuarantines(
            m_quarantine->byAddress(),
            StatusStyle::quarantineIcon(QuarantineState::State::Quarantined),
            StatusStyle::quarantineIcon(QuarantineState::State::Pending));
    });
    connect(m_session, &QuerySession::queryFinished, m_quarantine, &QuarantineSession::refresh);
    if (m_commands)
        connect(m_commands, &CommandController::commandFinished, m_quarantine,
                &QuarantineSession::refresh);
    m_quarantine->refresh();
}

void MainWindow::showDetectionsPage()
{
    m_pages->setCurrentWidget(m_detectionsPage);
    m_detectionsPage->refresh();
}

void MainWindow::showQuarantineStatusPage()
{
    m_pages->setCurrentWidget(m_quarantinePage);
    m_quarantinePage->refresh();
}

void MainWindow::showAuditPage()
{
    m_pages->setCurrentWidget(m_auditPage);
    m_auditPage->refresh();
}

void MainWindow::exportCredential()
{
    if (!m_identity->isReady()) {
        showError(m_identity->isLoading() ? tr("The server's certificate authority is still "
                                               "loading from the keychain.")
                                          : m_identity->error());
        return;
    }
    CredentialExportDialog dialog(m_identity->authority(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The credential of this server was exported."), 10000);
}

void MainWindow::importCredential()
{
    CredentialImportDialog dialog(m_commands, this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("osmgmt"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): a message never stops the event loop
}
