#pragma once

#include "healthsession.h"

#include <QObject>

class CommandController;
class ComputerDetailsPage;
class HealthSummaryPage;
class QStackedWidget;
class QuerySession;
class ResultsPage;

// The health flipbook in the main window (issue 12, points 3 and 4): its Summary page and its
// Computer Details pages on the window's page stack, opened from the client tree, the results
// and the summary's lists, and Start service where it is not running through the command
// controller, after which the pages show the agents' new status.
class HealthFlipbook : public QObject
{
    Q_OBJECT

public:
    HealthFlipbook(HealthSession *session, QuerySession *query, CommandController *commands,
                   QStackedWidget *pages);

    HealthSession *session() const { return m_session; }
    HealthSummaryPage *summaryPage() const { return m_summary; }
    ComputerDetailsPage *detailsPage() const { return m_details; }

    // The Summary page over a node of the client tree (this server, a domain, an AD container,
    // a status group); a computer opens its Computer Details instead.
    void showTreeNode(const QModelIndex &node);
    // The Summary page over every client of this server.
    void showThisServer();
    // Computer Details over the rows the results page shows, at `viewRow`.
    void showResultsRow(ResultsPage *results, int viewRow);
    // Computer Details over `endpoints` (a selection), at the first.
    void showComputers(const QVector<Endpoint> &endpoints);
    void showBook(const ComputerBook &book, int page);

private:
    void startWhereStopped(const QVector<HealthRow> &rows);

    HealthSession *m_session;
    QuerySession *m_query;
    CommandController *m_commands;
    QStackedWidget *m_pages;
    HealthSummaryPage *m_summary;
    ComputerDetailsPage *m_details;
};
