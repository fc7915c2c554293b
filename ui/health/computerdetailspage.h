#pragma once

#include "healthsession.h"

#include <QWidget>

class ComputerDetectionsSection;
class ComputerQuarantineSection;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QuarantineBanner;

// The Computer Details flipbook (issue 12, point 3; reference 001, "SEP Agent Health page in
// the Computer Details flipbook"): one computer per page, paged like a book with Previous and
// Next, PgUp/PgDn, Home/End, and "12 of 150". Each page has General, Agent Health, Services,
// Components and patterns, Quarantine, Detections and History. A computer without an agent of
// this server that reported has no Agent Health pages, and the page says why; its quarantine
// and detections (issue 14) are shown all the same, and a banner above the tabs says when it is
// quarantined or pending.
class ComputerDetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComputerDetailsPage(HealthSession *session, QWidget *parent = nullptr);

    void setBook(ComputerBook book, int page);
    int page() const { return m_page; }
    int pageCount() const { return m_book.size(); }
    void showPage(int page);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // Start the stopped services of this computer (reference 001: the Start SEP Service icon).
    void startServiceRequested(const HealthRow &row);
    // The History page shows the computer's states (read from the store on a worker).
    void historyShown();

private:
    void showComputer();
    void showGeneral(const Endpoint &endpoint);
    void showHealth(const HealthRow &row);
    void showHistory(const QString &address);
    void showQuarantine();
    QString whyNoHealth(const Endpoint &endpoint) const;
    void setHealthTabsVisible(bool visible);

    HealthSession *m_session;
    ComputerBook m_book;
    int m_page = 0;
    QLabel *m_title;
    QLabel *m_indicator;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_noHealth;
    QTabWidget *m_tabs;
    QWidget *m_general;
    QFormLayout *m_generalForm;
    QWidget *m_health;
    QTableWidget *m_indicators;
    QToolButton *m_startService;
    QTableWidget *m_services;
    QTableWidget *m_components;
    QuarantineBanner *m_banner;
    ComputerQuarantineSection *m_quarantine;
    ComputerDetectionsSection *m_detections;
    QTableWidget *m_history;
    std::optional<HealthRow> m_row;
};
