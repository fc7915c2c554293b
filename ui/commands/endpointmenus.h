#pragma once

#include "endpoint/endpoint.h"
#include "endpointactions.h"

#include <QObject>
#include <QPoint>
#include <QVector>

class CommandController;
class QAbstractItemView;
class QMenu;
class QTreeView;
class QuerySession;
class ResultsPage;

// The context menus of the client tree and the results table, both built from the one list of
// actions (EndpointActions): the selection becomes endpoints, the menu offers what fits them,
// and a chosen action goes to the command controller, the clipboard or an export.
class EndpointMenus : public QObject
{
    Q_OBJECT

public:
    EndpointMenus(EndpointActions *actions, CommandController *commands, QuerySession *session,
                  ResultsPage *results, QTreeView *tree, QWidget *window);

    // The endpoints selected in a view (results rows, or the tree's computers).
    QVector<Endpoint> selectedInResults() const;
    QVector<Endpoint> selectedInTree() const;
    // The menu for `endpoints` (the caller owns it); tests open it without a mouse.
    QMenu *menuFor(const QVector<Endpoint> &endpoints, QWidget *parent);

    // Tab-separated, one computer per line, with a header: what Copy puts on the clipboard.
    static QString clipboardText(const QVector<Endpoint> &endpoints);

signals:
    // Diagnose connection was chosen: the first computer of the selection.
    void diagnoseRequested(const Endpoint &endpoint);
    // Computer details was chosen: the flipbook over the selection.
    void detailsRequested(const QVector<Endpoint> &endpoints);

private:
    void showMenu(QAbstractItemView *view, const QPoint &position,
                  const QVector<Endpoint> &endpoints);
    void act(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints);
    void exportSelection(const QVector<Endpoint> &endpoints);

    EndpointActions *m_actions;
    CommandController *m_commands;
    QuerySession *m_session;
    ResultsPage *m_results;
    QTreeView *m_tree;
    QWidget *m_window;
    QObject *m_menuSource = nullptr; // the view whose menu is open
};
