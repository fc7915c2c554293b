#pragma once

#include "logs/logpage.h"

struct AuditFilter;
class AuditLogModel;
class AuditSession;
class QComboBox;
class QLineEdit;
class QTimer;

// The audit log's own page (issue 4): every command, who gave it, when, on which computers and
// with what outcome; searchable and exportable to CSV. There is nothing here that deletes or
// changes an entry. The AuditSession searches and exports on its workers; the page only shows.
class AuditPage : public LogPage
{
    Q_OBJECT

public:
    explicit AuditPage(AuditSession *session, QWidget *parent = nullptr);

    AuditLogModel *model() const;
    // Searches again with what the fields say (the page calls it as the administrator types).
    void refresh() override;
    // Writes what the fields select to `path` as CSV; exported() or exportFailed() follows.
    void exportTo(const QString &path);
    void exportWithDialog();

signals:
    void exported(const QString &path);
    void exportFailed(const QString &path, const QString &error);

protected:
    QString searchedText(int entries, bool truncated, int limit) const override;
    QString failedText(const QString &error) const override;

private:
    AuditFilter filter() const;

    AuditSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_action;
    QTimer *m_debounce;
};
