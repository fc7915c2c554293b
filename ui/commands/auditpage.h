#pragma once

#include <QWidget>

struct AuditFilter;
class AuditLogModel;
class AuditSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The audit log's own page (issue 4): every command, who gave it, when, on which computers and
// with what outcome; searchable and exportable to CSV. There is nothing here that deletes or
// changes an entry. The AuditSession searches and exports on its workers; the page only shows.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AuditSession *session, QWidget *parent = nullptr);

    AuditLogModel *model() const;
    // Searches again with what the fields say (the page calls it as the administrator types).
    void refresh();
    // Writes what the fields select to `path` as CSV; exportFinished() follows.
    void exportTo(const QString &path);
    void exportWithDialog();

signals:
    void refreshed(int entries);
    void exportFinished(const QString &path, const QString &error);

private:
    AuditFilter filter() const;
    void showSearched(int entries, bool truncated);

    AuditSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_action;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_debounce;
};
