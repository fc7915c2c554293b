#pragma once

#include <QObject>

class ChangesView;
class HistoryPage;
class HistorySession;

// The query history's two pages and the way between them (issue 6, point 4): the list of every
// stored query, a past query's results, and the changes since the query before it. The
// HistorySession reads and compares on its workers; the pages only show.
class HistoryNavigator : public QObject
{
    Q_OBJECT

public:
    explicit HistoryNavigator(HistorySession *session, QObject *parent = nullptr);

    HistoryPage *historyPage() const { return m_history; }
    ChangesView *changesView() const { return m_changes; }

    // Reloads the list of queries; loaded() follows.
    void refresh();
    // Compares a query with the completed query before it; changesShown() follows.
    void showChanges(qint64 queryId);

signals:
    void loaded(int queries);
    void changesShown(qint64 queryId);
    // A past query's results are in the session's results model now.
    void queryOpened(qint64 queryId);
    void failed(const QString &message);

private:
    HistorySession *m_session;
    HistoryPage *m_history;
    ChangesView *m_changes;
};
