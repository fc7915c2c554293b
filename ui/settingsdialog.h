#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QSpinBox;

// The console's own settings: its server name (agents registered to it are "Managed by this
// server"), the language of the interface, and how much query history to keep.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &serverName, const QString &language, QWidget *parent = nullptr);

    QString serverName() const;
    QString language() const; // "", "en" or "ja"
    // Retention (docs/data-model.md): 0 is no limit. The audit log is never pruned.
    void setRetention(int keepQueries, int keepDays);
    int keepQueries() const;
    int keepDays() const;

private:
    void revalidate();

    QLineEdit *m_serverName;
    QComboBox *m_language;
    QSpinBox *m_keepQueries;
    QSpinBox *m_keepDays;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};
