#pragma once

#include "healthdata.h"
#include "healthsession.h"

#include <QWidget>

class HealthComputersModel;
class HealthCountsModel;
class HealthHistoryChart;
class QLabel;
class QTableView;
class QToolButton;

// The Summary page of the flipbook (issue 12, point 3; reference 001, "SEP Agent Health summary
// page"): over a group of the client tree, how many computers are in each state overall and per
// indicator, the computers that need attention, the settings icon (marked when settings
// overlap), Start service where it is not running, and the group's health across past queries.
class HealthSummaryPage : public QWidget
{
    Q_OBJECT

public:
    HealthSummaryPage(HealthSession *session, QWidget *parent = nullptr);

    // Shows the group `title` made of the computers of `book`.
    void setGroup(const QString &title, ComputerBook book);
    const HealthSummary &summary() const { return m_summary; }
    HealthCountsModel *counts() const { return m_counts; }
    HealthComputersModel *attention() const { return m_attention; }

signals:
    // Open the Computer Details flipbook over `book` at `page`.
    void computersRequested(const ComputerBook &book, int page);
    // Start service where it is not running, on these computers.
    void startWhereStoppedRequested(const QVector<HealthRow> &stopped);
    // The numbers of the group are shown (they are counted on a worker).
    void summaryShown();
    // ... and then the group's history across past queries (counted by the store).
    void historyShown();

private:
    void rebuild();
    void showSummary(const HealthSummary &summary);
    void showSettings();
    void openState(HealthState state);
    QToolButton *stateButton(HealthState state);

    HealthSession *m_session;
    QString m_title;
    ComputerBook m_book;
    QVector<QString> m_addresses;
    HealthSummary m_summary;
    QLabel *m_heading;
    QLabel *m_subtitle;
    QLabel *m_note;
    QToolButton *m_settings;
    QToolButton *m_startService;
    QHash<int, QToolButton *> m_stateButtons;
    HealthCountsModel *m_counts;
    QTableView *m_countsView;
    HealthComputersModel *m_attention;
    QTableView *m_attentionView;
    HealthHistoryChart *m_chart;
};
