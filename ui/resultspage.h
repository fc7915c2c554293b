#pragma once

#include "endpoint/securitystatus.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QuerySession;
class ResultsFilterModel;

// The query result: one table of endpoints, optionally narrowed to one security status, and
// Export of what is shown.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QuerySession *session, QWidget *parent = nullptr);

    void showStatus(std::optional<SecurityStatus> status);
    std::optional<SecurityStatus> shownStatus() const;
    int shownCount() const;
    QTableView *table() const { return m_table; }

    // Writes what is shown, in the order shown, to `path` as CSV on a worker thread;
    // exported() or exportFailed() follows.
    void exportTo(const QString &path);
    void exportWithDialog();

signals:
    void exported(const QString &path, int rows);
    void exportFailed(const QString &error);

private:
    void updateHeader();

    QuerySession *m_session;
    ResultsFilterModel *m_filter;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_shownCount;
};
