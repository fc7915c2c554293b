#pragma once

#include "identity/certificateauthority.h"

#include <QDialog>

class QLabel;
class CredentialFileField;
class QLineEdit;
class QSpinBox;

// The Client Mover's other half (reference 000): a move credential, exported for another console
// that will move this server's clients to itself. The file holds a move-only certificate valid
// for the days chosen here (never this server's CA key), encrypted with a password the
// administrator gives twice and that must pass ServerCredential::passwordProblem().
class CredentialExportDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialExportDialog(CertificateAuthority authority, QWidget *parent = nullptr);

    // Writes the file named in the dialog; false (and the reason shown) when it cannot.
    bool exportFile();
    QString error() const;

private:
    CertificateAuthority m_authority;
    CredentialFileField *m_file;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QSpinBox *m_days;
    QLabel *m_error;
};
