#pragma once

#include "endpoint/endpoint.h"

#include <QWizard>

class CommandController;
class CommandProgressView;
class CredentialFileField;
class QLabel;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

// A credential the console offers to the Client Mover instead of asking where it is: the demo's
// second server (its file, and the password the demo shows). A real console offers none.
struct OfferedCredential
{
    QString server;
    QString file;
    QString password;
};

// The Client Mover (reference 000) as a short wizard: where the other server's credential comes
// from (that server's console exports it), the file and its password, the computers to move named
// in the confirmation itself, then the move in the background with its progress, a Cancel, and the
// audit log's answer. The move goes through CommandController like every command; the wizard only
// asks. Pages whose question is answered already (the credentials are imported) are skipped.
class ClientMoverWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ExplainPage, CredentialPage, ConfirmPage, RunPage };

    ClientMoverWizard(CommandController *controller, QVector<Endpoint> targets,
                      QWidget *parent = nullptr);

    // The servers whose credential is still missing.
    QStringList missingServers() const { return m_missing; }
    const QVector<Endpoint> &targets() const { return m_targets; }
    // Whether the move was started (the confirmation's button was pressed).
    bool moveStarted() const { return m_started; }
    // The move's progress, once started.
    CommandProgressView *progress() const { return m_progress; }

    // Reads the file and password of the credential page; the page goes on by itself once every
    // missing server's credential is imported. False when nothing was started (the reason shown).
    bool importCredential();

public slots:
    // While the move runs, Cancel stops what was not sent yet instead of closing.
    void reject() override;

signals:
    void importFinished();

private:
    friend class MoverCredentialPage;
    friend class MoverRunPage;

    QWizardPage *createExplainPage();
    QWizardPage *createCredentialPage();
    QWizardPage *createConfirmPage();
    QWizardPage *createRunPage();
    void startMove(QVBoxLayout *layout);
    void updateServers();

    CommandController *m_controller;
    QVector<Endpoint> m_targets;
    QStringList m_missing;
    bool m_importing = false;
    bool m_started = false;
    QLabel *m_servers = nullptr;
    CredentialFileField *m_file = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    CommandProgressView *m_progress = nullptr;
};
