#pragma once

#include "store/queryrecord.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The query history: every stored query with its start, duration, state, scope size and counts
// per status, newest first. It shows what it is given (setQueries()) and asks for the rest with
// signals, so reading the store stays off the GUI thread (the caller loads the records in its
// store worker).
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    // Replaces the list, keeping the selected query selected when it is still there.
    void setQueries(const QVector<QueryRecord> &queries);
    // The selected query's id; 0 when none is selected.
    qint64 selectedQueryId() const;

signals:
    // Open this query's results (double-click or "Open results").
    void openRequested(qint64 queryId);
    // Show *Changes since the previous query* for this query.
    void changesRequested(qint64 queryId);

private:
    void updateButtons();
    void emitForSelection(void (HistoryPage::*signal)(qint64));

    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_changes = nullptr;
};
