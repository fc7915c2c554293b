#pragma once

#include <QList>
#include <QObject>

class QMenu;
class QTableView;
class QTimer;

// Which columns the results table shows, in which order, and how wide (issue 19, point 1).
// The answer comes first: name, address, security status and why (Detail), Detail taking the
// room that is left. Columns are as wide as their content (Security status as its longest
// status, whatever the rows hold, so that the column does not jump while a query fills it),
// capped so that one long name does not push Detail off screen; what is cut is elided in the
// middle by the table. The header's context menu chooses, moves and resets the columns; the
// choice is kept in Setting::ResultsColumns.
class ResultsColumnLayout : public QObject
{
    Q_OBJECT
public:
    // Lays `table`'s columns out (its model: ResultsModel's columns) as saved, or the default.
    explicit ResultsColumnLayout(QTableView *table);

    // The columns shown, in the order shown (ResultsModel::Column numbers).
    QList<int> shown() const;
    // Shows `columns` in that order, hides the others, and keeps the choice.
    void setShown(const QList<int> &columns);
    void reset();
    static QList<int> defaultColumns();

    // The header's menu for the column at `column` (ResultsModel::Column, or -1 outside a column).
    QMenu *makeMenu(int column, QWidget *parent);
    // Widths from the rows now in view; Detail gets what remains of the viewport.
    void fit();
    // The width Security status needs for its longest status (badge and text) or its header.
    int statusWidth() const;

private:
    void apply(const QList<int> &columns);
    void save() const;
    void fitDetail();
    int widestAllowed() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QTableView *m_table;
    QTimer *m_refit;
    bool m_fitting = false;
};
