#pragma once

#include "identity/certificateauthority.h"

#include <QDialog>

class QLabel;
class CredentialFileField;
class QLineEdit;

// The Client Mover's other half (reference 000): this console's credential, exported for
// another console that will move this server's clients to itself. The file holds this server's
// CA key, so it is encrypted with a password the administrator gives twice.
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
    QLabel *m_error;
};
