#pragma once

#include "logs/logpage.h"

class EventSession;
class EventsModel;
class QComboBox;

// The Events page (docs/watch.md, "Events"): agents that went offline, came back online or went
// missing, status changes between queries, health indicators that need attention; newest first,
// filtered by kind and age. The EventSession reads them on its worker; the page only shows.
class EventsPage : public LogPage
{
    Q_OBJECT

public:
    explicit EventsPage(EventSession *session, QWidget *parent = nullptr);

    EventsModel *model() const;
    // Reads again with what the filters say (the page calls it when a filter changes).
    void refresh() override;

protected:
    QString searchedText(int events, bool truncated, int limit) const override;
    QString failedText(const QString &error) const override;

private:
    EventSession *m_session;
    QComboBox *m_kind;
    QComboBox *m_age;
};
