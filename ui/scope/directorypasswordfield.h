#pragma once

#include "scope/activedirectoryconnection.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// The bind password of the scope editor's Active Directory part (issue 5, point 2). It lives
// in the keychain only (SavedPassword), never in the scope file, the settings or the logs:
// the field shows whether one is saved for this server and user (not the password itself),
// an empty field means "use the saved one", a typed one replaces it once the server accepted
// it, and Forget removes it. Every keychain call runs on the keychain thread (keychainthread.h);
// keychain errors are shown in SecretStore's words.
class DirectoryPasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryPasswordField(QWidget *parent = nullptr);

    // Which saved password the field stands for: the keychain key is the server and the user.
    void setConnection(const ActiveDirectoryConnection &connection);
    // Calls `use` with the typed password, else the saved one, else an empty string; on a
    // keychain error shows it and calls `use` with no value.
    using PasswordUser = std::function<void(const std::optional<QString> &password)>;
    void withPassword(const PasswordUser &use);
    // After the server accepted `password` for `connection`: saves it when it was typed here.
    void accepted(const ActiveDirectoryConnection &connection, const QString &password);
    bool isSaved() const { return m_saved; }

signals:
    // A keychain read, write or removal finished; the field shows the outcome.
    void keychainAnswered();

private:
    void refresh();
    void showSaved(bool saved);
    void showKeychainError(const QString &text);
    void forget();

    ActiveDirectoryConnection m_connection;
    QLineEdit *m_edit;
    QLabel *m_state;
    QPushButton *m_forget;
    bool m_saved = false;
    quint64 m_generation = 0; // answers for an older server or user are dropped
};
