#pragma once

#include <QDialog>
#include <QStringList>

class CommandController;
class QDialogButtonBox;
class QLabel;
class CredentialFileField;
class QLineEdit;
class QPushButton;

// The Client Mover's question (reference 000): moving a client away from another server needs
// that server's credential, the password-protected file its console exported. One file per
// server; the dialog lists the servers still missing and accepts once none is. Opened with no
// missing server, it imports any credential (the Agents menu).
class CredentialImportDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialImportDialog(CommandController *controller, QStringList missingServers,
                           QWidget *parent = nullptr);

    QStringList remaining() const { return m_missing; }
    // Imports the file named in the dialog; importFinished() follows when the keychain answered.
    void importFile();

signals:
    void importFinished();

private:
    void updateText();

    CommandController *m_controller;
    QStringList m_missing;
    bool m_standalone; // opened from the menu, not for a move
    QLabel *m_servers;
    CredentialFileField *m_file;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
};
