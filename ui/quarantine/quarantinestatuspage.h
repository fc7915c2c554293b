#pragma once

#include "quarantine/autoresponselog.h"
#include "quarantine/reportpage.h"

class QLabel;
class QuarantineSession;
class QuarantineStatusModel;

// The Computer Quarantine Status page (reference 001; docs/quarantine.md): every computer that is
// quarantined, pending or released, by whom, since when and why, with the state's icon. The
// QuarantineSession reads them on its worker; the page only shows. Above the table, a banner names
// the computers whose automatic response failed and were not quarantined since
// (docs/auto-response.md): each with the threat, the rule, why it failed and what to do.
class QuarantineStatusPage : public ReportPage
{
    Q_OBJECT

public:
    explicit QuarantineStatusPage(QuarantineSession *session, QWidget *parent = nullptr);

    QuarantineStatusModel *model() const;
    // The banner's words for the failed automatic responses; empty when there are none.
    static QString failureText(const QVector<AutoResponseRecord> &failures);

protected:
    void readAgain() override;

private:
    void showRefreshed();

    QuarantineSession *m_session;
    QLabel *m_failures;
};
