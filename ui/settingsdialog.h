#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

// The console's own settings: its server name (agents registered to it are "Managed by this
// server") and the language of the interface.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &serverName, const QString &language, QWidget *parent = nullptr);

    QString serverName() const;
    QString language() const; // "", "en" or "ja"

private:
    void revalidate();

    QLineEdit *m_serverName;
    QComboBox *m_language;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
