#pragma once

#include <QWidget>

class NewestSearch;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QTableView;

// The shape of a page that shows the newest rows of a log read by a NewestSearch session (the
// audit log, the events): a title, a bar where the page puts its filters, the table, and a
// status line that counts the rows or says that only the newest are shown. The session reads;
// the page only shows.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    // Reads again with what the page's filters say.
    virtual void refresh() = 0;

signals:
    void refreshed(int rows);

protected:
    // `name` prefixes the object names of the table and the status line ("events": eventsTable,
    // eventsStatus).
    LogPage(NewestSearch *session, QAbstractItemModel *model, const QString &name,
            const QString &title, QWidget *parent);

    QHBoxLayout *bar() const { return m_bar; }
    void setStatus(const QString &text);

    // The status line after a search: how many rows, or that the newest `limit` are shown.
    virtual QString searchedText(int rows, bool truncated, int limit) const = 0;
    // The status line when the log cannot be read.
    virtual QString failedText(const QString &error) const = 0;

private:
    QHBoxLayout *m_bar;
    QTableView *m_table;
    QLabel *m_status;
};
