#pragma once

#include "carolloversession.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// This server's certificate authority and its rollover (docs/security.md, "Rolling the CA
// over"): the current CA and when it expires, the pending CA of a rollover, how many agents of
// this server present a certificate of each, and the steps: start (a new CA), migrate (the agents
// move to it), finish (the old CA is retired). Each step is confirmed, runs in the background with
// a bar and Cancel, and is audited; the same steps as `osmgmt-cli ca`. After a finish the console
// loads its identity again; when it cannot, it says a restart is needed and offers it.
class CaRolloverDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes `session` over (released when the dialog goes).
    explicit CaRolloverDialog(CaRolloverSession *session, QWidget *parent = nullptr);
    ~CaRolloverDialog() override;

    // Opens a non-modal dialog that deletes itself when closed.
    static CaRolloverDialog *open(CaRolloverSession *session, QWidget *parent);

    CaRolloverSession *session() const { return m_session; }

signals:
    // The administrator asked to restart the console (its identity could not be reloaded).
    void restartRequested();

private:
    // Asks the session for the status (the agents are asked: Refresh waits for the answer).
    void readStatus();
    void showStatus(const CaRollover::Status &status);
    void showAgents(const CaRollover::Status &status);
    void updateButtons();
    bool confirm(const QString &title, const QString &question, const QString &details,
                 const QString &verb);
    void startRollover();
    void migrate();
    void finish();
    void stepStarted(const QString &what);
    void stepFinished(CaRolloverSession::Step step, bool succeeded, const QString &message);

    CaRolloverSession *m_session;
    std::optional<CaRollover::Status> m_status;
    QLabel *m_current;
    QLabel *m_rollover;
    QLabel *m_counts;
    QTreeWidget *m_agents;
    QPushButton *m_start;
    QPushButton *m_migrate;
    QPushButton *m_finish;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    QLabel *m_restartNote;
    QPushButton *m_restart;
    bool m_reading = false; // a status read is on its way
};
