#pragma once

#include "databasesettingssession.h"
#include "store/storelocation.h"

#include <QDialog>

class HeartbeatSettingsPage;
class QButtonGroup;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

// The console's own settings: its server name (agents registered to it are "Managed by this
// server"), the language of the interface, how much query history to keep, and on the Database
// page where the store is: this computer's SQLite file or a team's PostgreSQL server, whose
// password goes to the keychain (never to the settings).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &serverName, const QString &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString serverName() const;
    QString language() const; // "", "en" or "ja"
    // Retention (docs/data-model.md): 0 is no limit. The audit log is never pruned.
    void setRetention(int keepQueries, int keepDays);
    int keepQueries() const;
    int keepDays() const;
    // The Database page: the store in use (`sqliteFile` is the console's file, shown for SQLite).
    void setStore(const StoreLocation &location, const QString &sqliteFile);
    StoreLocation storeLocation() const;
    // The Heartbeats page (docs/watch.md, "Heartbeats").
    HeartbeatSettingsPage *heartbeatPage() const { return m_heartbeatPage; }
    // True when OK saved a new PostgreSQL password in the keychain.
    bool passwordSaved() const { return m_passwordSaved; }

    void accept() override;

signals:
    // Test connection has an answer, in words (also shown on the page).
    void connectionTested(bool succeeded, const QString &message);

private:
    QWidget *makeGeneralPage();
    QWidget *makeDatabasePage();
    QWidget *makeTlsFields();
    void revalidate();
    void testConnection();
    void setBusy(bool busy);

    QLineEdit *m_serverName;
    QComboBox *m_language;
    QSpinBox *m_keepQueries;
    QSpinBox *m_keepDays;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLabel *m_sqliteFile = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_tlsWarning = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QWidget *m_postgresFields = nullptr;
    QString m_sqlitePath;
    bool m_passwordSaved = false;
    HeartbeatSettingsPage *m_heartbeatPage = nullptr;
    int m_workers = 0; // keychain or connection work still running: the dialog waits for it
    DatabaseSettingsSession m_store; // the store and the keychain, for the Database page
};
