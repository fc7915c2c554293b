#pragma once

#include "commands/commandcontroller.h"
#include "endpoint/securitystatus.h"
#include "scope/scope.h"
#include "store/storelocation.h"

#include <QMainWindow>

#include <optional>

class ActiveDirectorySession;
class AuditPage;
class EventSession;
class EventsPage;
class AuditSession;
class ConsoleIdentity;
class ConsoleWatcher;
class EndpointActions;
class EndpointMenus;
class HelpDialog;
class HistoryNavigator;
class HistorySession;
class QStackedWidget;
class QTreeView;
class OutsideManagementPage;
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
    void showEventsPage();

    // Runs the saved scope now; asks first when a query runs already.
    void runQuery();
    void defineScope();
    void showResults(std::optional<SecurityStatus> status);
    void showOutsidePage();
    // Help → Statuses and checks (F1), beside the window.
    void showHelp();
    // Shows a message the administrator can act on, without stopping the event loop.
    void showError(const QString &message);

private:
    void createMenus();
    QWidget *makeTreePane();
    // Opens the tree's top: outside server management, or the domains when grouped by AD path.
    void expandTreeTop();
    void loadScope();
    Result<Done> saveScope(const Scope &scope);
    void editSettings();
    void askToRestart(const StoreLocation &store);
    void editSchedule();
    void updateScheduleSummary();
    void onTreeClicked(const QModelIndex &index);
    void exportCredential();
    void importCredential();

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
    HelpDialog *m_help = nullptr;
};
