#pragma once

#include <QDialog>
#include <QStringList>

class CommandController;
class QDialogButtonBox;
class QLabel;
class CredentialFileField;
class QLineEdit;
class QPushButton;

// Agents → Import another server's credential (reference 000): the password-protected file
// another server's console exported, imported ahead of a move. A move itself asks for what it
// misses in the Client Mover wizard (commands/clientmoverwizard.h).
class CredentialImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialImportDialog(CommandController *controller, QWidget *parent = nullptr);

    // Imports the file named in the dialog; importFinished() follows when the keychain answered.
    void importFile();

signals:
    void importFinished();

private:
    CommandController *m_controller;
    QLabel *m_servers;
    CredentialFileField *m_file;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
};
