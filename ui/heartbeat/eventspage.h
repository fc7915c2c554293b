#pragma once

#include <QWidget>

class EventSession;
class EventsModel;
class QComboBox;
class QLabel;
class QTableView;

// The Events page (docs/watch.md, "Events"): agents that went offline, came back online or went
// missing, status changes between queries, health indicators that need attention; newest first,
// filtered by kind and age. The EventSession reads them on its worker; the page only shows.
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(EventSession *session, QWidget *parent = nullptr);

    EventsModel *model() const;
    // Reads again with what the filters say (the page calls it when a filter changes).
    void refresh();

signals:
    void refreshed(int events);

private:
    void showSearched(int events, bool truncated);

    EventSession *m_session;
    QComboBox *m_kind;
    QComboBox *m_age;
    QTableView *m_table;
    QLabel *m_status;
};
