#pragma once

#include "scope/activedirectoryscope.h"

#include <QWidget>

class ActiveDirectorySession;
class ActiveDirectoryTreeModel;
class ConnectionStepsView;
class DirectoryPasswordField;
struct ConnectionStep;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

// The scope editor's Active Directory part (issue 5, points 2 and 3): the connection to the
// domain controller, "Connect" (which also tests it and says what worked), and the tree of
// domain → OUs and containers → computers with check boxes and the number of computers the
// selection holds. Every directory call runs on the worker thread of the ActiveDirectorySession
// it is given (the main window owns it, so the directory outlives the editor); a panel that goes
// cancels what it asked.
//
// The password is never part of the scope: DirectoryPasswordField keeps it in the keychain.
// "Test connection" runs ConnectionCheck and shows each step; when every step passed, it
// connects the tree as "Connect" does.
class ActiveDirectoryScopePanel : public QWidget
{
    Q_OBJECT

public:
    ActiveDirectoryScopePanel(const ActiveDirectoryScope &scope, ActiveDirectorySession *session,
                              QWidget *parent = nullptr);
    ~ActiveDirectoryScopePanel() override;

    ActiveDirectoryConnection connection() const;
    QStringList selectedDns() const;
    ActiveDirectoryTreeModel *model() const { return m_model; }

signals:
    void selectionChanged();

private:
    QWidget *createConnectionForm(const ActiveDirectoryConnection &connection);
    void connectToServer();
    void openSession(const QString &password);
    void testConnection();
    void connectionChecked(quint64 requestId, const QVector<ConnectionStep> &steps, bool bound,
                           bool allPassed);
    void connected(quint64 requestId, const QString &namingContext);
    void showCount(int count);
    void showVerification();

    ActiveDirectorySession *m_session;
    ActiveDirectoryTreeModel *m_model;
    quint64 m_openRequest = 0;
    quint64 m_checkRequest = 0;
    // The password of the running open or check, until the server has answered it.
    QString m_pendingPassword;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_bindUser = nullptr;
    DirectoryPasswordField *m_password = nullptr;
    QLineEdit *m_baseDn = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_verifyWarning = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_test = nullptr;
    ConnectionStepsView *m_steps = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_count = nullptr;
    int m_queryTimeoutS;
};
