#pragma once

#include "common/result.h"
#include "store/auditentry.h"

#include <QWidget>

#include <functional>
#include <memory>

class AuditLogModel;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The audit log's own page (issue 4): every command, who gave it, when, on which computers and
// with what outcome; searchable and exportable to CSV. There is nothing here that deletes or
// changes an entry. Searching and exporting run on worker threads.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    explicit AuditPage(OpenDatabase openDatabase, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
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

    OpenDatabase m_openDatabase;
    AuditLogModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_action;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_debounce;
    int m_generation = 0;
};
