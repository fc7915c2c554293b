#pragma once

#include "commands/commandcontroller.h"
#include "endpoint/securitystatus.h"
#include "scope/scope.h"
#include "store/storelocation.h"

#include <QMainWindow>

#include <optional>

class ActiveDirectorySession;
struct ConsoleLink;
class AuditPage;
class EventSession;
class EventsPage;
class HeartbeatSession;
class AuditSession;
class ConsoleIdentity;
class ConsoleWatcher;
class EndpointActions;
class EndpointMenus;
class HealthFlipbook;
class HelpDialog;
class HistoryNavigator;
class HistorySession;
class QStackedWidget;
class QTreeView;
class OutsideManagementPage;
class OverviewPage;
class OverviewSession;
class DetectionSession;
class DetectionsPage;
class QuarantineSession;
class QuarantineStatusPage;
class QuerySession;
class ResultsPage;
class ScheduledQueries;

// The console: the client tree on the left, the pages on the right (DESIGN.md, "The user
// interface"). It edits and keeps the scope file and asks the session to run queries. It owns
// the sessions its pages and dialogs show (history, audit log, Active Directory): the widgets
// reach the store, the directory and the agents only through those objects of models/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QuerySession *session, QString scopeFile, QWidget *parent = nullptr);

    const Scope &scope() const { return m_scope; }
    // What every scope editor browses Active Directory with.
    ActiveDirectorySession *directory() const { return m_directory; }
    OutsideManagementPage *outsidePage() const { return m_outsidePage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    QTreeView *clientTree() const { return m_tree; }

    // The scheduled query: its menu item, its summary on the Outside Server Management page.
    void setScheduledQueries(ScheduledQueries *scheduled);
    // Which watcher acts on the store, in the status bar.
    void setWatcher(ConsoleWatcher *watcher);
    // Commands to agents: the status of this console's identity, the context menus of the tree
    // and the results, the Client Mover's credentials, and the audit log's page.
    void setCommands(ConsoleIdentity *identity, ImportedAuthorities imported,
                     CommandController::OpenDatabase openDatabase);
    EndpointMenus *endpointMenus() const { return m_menus; }
    CommandController *commands() const { return m_commands; }
    AuditPage *auditPage() const { return m_auditPage; }
    void showAuditPage();
    // The query history, a past query's results and the changes between queries.
    void setHistory(CommandController::OpenDatabase openDatabase);
    HistoryNavigator *history() const { return m_history; }
    void showHistoryPage();
    // The Events page (agents offline, online again, missing; status changes), in the Agents menu.
    void setEvents(CommandController::OpenDatabase openDatabase);
    EventsPage *eventsPage() const { return m_eventsPage; }
    // Where the Heartbeats settings page reads and saves the store's heartbeat settings.
    void setHeartbeats(HeartbeatSession *heartbeats);
    void showEventsPage();
    // The overview, the console's home page: shown at once, and under Query → Overview.
    void setOverview(CommandController::OpenDatabase openDatabase);
    OverviewPage *overviewPage() const { return m_overviewPage; }
    OverviewSession *overview() const { return m_overview; }
    void showOverviewPage();
    // The health flipbook (issue 12): made with the commands, which Start service goes through.
    HealthFlipbook *healthFlipbook() const { return m_health; }
    // Quarantine (docs/quarantine.md): the Computer Quarantine Status page in the Server menu, and
    // the quarantine icons of the client tree, read again after each command and query; the
    // Detections page beside it.
    void setQuarantine(CommandController::OpenDatabase openDatabase);
    QuarantineStatusPage *quarantineStatusPage() const { return m_quarantinePage; }
    void showQuarantineStatusPage();
    DetectionsPage *detectionsPage() const { return m_detectionsPage; }
    void showDetectionsPage();

    // Runs the saved scope now; asks first when a query runs already.
    void runQuery();
    void defineScope();
    // The results of one status (a summary link), every other filter taken away; the tree
    // selects that status's node.
    void showResults(std::optional<SecurityStatus> status);
    // The summary; the tree selects Home.
    void showOutsidePage();
    // Opens the page a deep link points at (osmgmt --page, --status, --address).
    void openLink(const ConsoleLink &link);
    // Help → Statuses and checks (F1), beside the window.
    void showHelp();
    // Shows a message the administrator can act on, without stopping the event loop.
    void showError(const QString &message);
    // The embedded demo: DEMO in the title and the status bar, and the demo's own setting of
    // whether a query runs at start.
    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }
    // Whether a query runs as the console starts (Settings::queryAtStart of this mode).
    bool queryAtStart() const;
    // Ctrl+F: the results page with its search box focused.
    void focusSearch();

private:
    void createMenus();
    QWidget *makeTreePane();
    // Opens the tree's top: outside server management, or the domains when grouped by AD path.
    void expandTreeTop();
    void loadScope();
    Result<Done> saveScope(const Scope &scope);
    void editSettings();
    void askToRestart(const StoreLocation &store);
    // Starts the console again with the same arguments (unless a query runs) and quits.
    void restartConsole();
    void editSchedule();
    void updateScheduleSummary();
    // Shows exactly the node's computers (or, for Home, the summary).
    void onTreeClicked(const QModelIndex &index);
    // Makes `index` the tree's current node without showing it again (the page shows it).
    void selectTreeNode(const QModelIndex &index);
    void exportCredential();
    void importCredential();
    // Shift+F10: the context menu of the focused widget, at its current item.
    void openContextMenu();
    // Selects the tree's node of the deep link's computer once the tree holds it.
    void selectLinkedComputer();
    void updateTitle();
    void addHealthFlipbook(const CommandController::OpenDatabase &openDatabase);

    QuerySession *m_session;
    ActiveDirectorySession *m_directory;
    QString m_scopeFile;
    Scope m_scope;
    QTreeView *m_tree;
    QStackedWidget *m_pages;
    OutsideManagementPage *m_outsidePage;
    ResultsPage *m_resultsPage;
    ScheduledQueries *m_scheduled = nullptr;
    QAction *m_scheduleAction = nullptr;
    ConsoleIdentity *m_identity = nullptr;
    EndpointActions *m_actions = nullptr;
    CommandController *m_commands = nullptr;
    EndpointMenus *m_menus = nullptr;
    AuditSession *m_audit = nullptr;
    AuditPage *m_auditPage = nullptr;
    QMenu *m_serverMenu = nullptr;
    HistorySession *m_historySession = nullptr;
    HistoryNavigator *m_history = nullptr;
    QAction *m_historyAction = nullptr;
    EventSession *m_events = nullptr;
    EventsPage *m_eventsPage = nullptr;
    HeartbeatSession *m_heartbeats = nullptr;
    QuarantineSession *m_quarantine = nullptr;
    QuarantineStatusPage *m_quarantinePage = nullptr;
    DetectionSession *m_detections = nullptr;
    DetectionsPage *m_detectionsPage = nullptr;
    HelpDialog *m_help = nullptr;
    OverviewSession *m_overview = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    bool m_selectingTreeNode = false; // the page moves the tree, not the tree the page
    HealthFlipbook *m_health = nullptr;
    QAction *m_cancelQuery = nullptr;
    QAction *m_exportResults = nullptr;
    QAction *m_queryAtStart = nullptr;
    QString m_linkedAddress; // a deep link's computer whose tree node is not there yet
    bool m_demo = false;
};
