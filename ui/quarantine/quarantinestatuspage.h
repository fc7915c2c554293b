#pragma once

#include "quarantine/reportpage.h"

class QuarantineSession;
class QuarantineStatusModel;

// The Computer Quarantine Status page (reference 001; docs/quarantine.md): every computer that is
// quarantined, pending or released, by whom, since when and why, with the state's icon. The
// QuarantineSession reads them on its worker; the page only shows.
class QuarantineStatusPage : public ReportPage
{
    Q_OBJECT

public:
    explicit QuarantineStatusPage(QuarantineSession *session, QWidget *parent = nullptr);

    QuarantineStatusModel *model() const;

protected:
    void readAgain() override;

private:
    void showRefreshed();

    QuarantineSession *m_session;
};
