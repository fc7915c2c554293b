#pragma once

#include "endpoint/securitystatus.h"
#include "scope/scope.h"

#include <QWidget>

#include <map>

class QLabel;
class QProgressBar;
class QPushButton;
class QuerySession;

// The manual's Outside Server Management screen: the Security Status section with a number link
// per status, the Active Directory/IP Address Scope section with Define, the query's progress
// with Cancel, and the time of the last query.
class OutsideManagementPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutsideManagementPage(QuerySession *session, QWidget *parent = nullptr);

    void setScope(const Scope &scope);
    void setScheduleSummary(const QString &summary);

signals:
    void statusLinkActivated(SecurityStatus status);
    void defineRequested();
    void queryRequested();

private:
    QWidget *createStatusSection();
    QWidget *createScopeSection();
    QWidget *createQuerySection();
    void updateCounts();
    void updateLastQuery();
    void updateQueue(int queued);
    void onStarted(quint64 total);
    void onProgress(quint64 finished, quint64 total);
    void onFinished();

    QuerySession *m_session;
    std::map<SecurityStatus, QLabel *> m_countLinks;
    QLabel *m_scopeSummary = nullptr;
    QLabel *m_lastQuery = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_schedule = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_queryNow = nullptr;
};
