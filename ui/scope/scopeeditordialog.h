#pragma once

#include "scope/scope.h"

#include <QDialog>

#include <functional>

class ActiveDirectoryScopePanel;
class ActiveDirectorySession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;
class Ipv4RangeRow;
class Ipv6PrefixRow;
class PortListEditor;
class RangeRow;

// The manual's Define screen for the Active Directory/IP Address Scope. Invalid input is refused
// at the field, with the reason, and neither Save button works until every field is valid.
class ScopeEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { SaveAndReassess, SaveOnly };

    // `directory` browses the Active Directory part; its owner keeps it beyond the dialog.
    ScopeEditorDialog(const Scope &scope, ActiveDirectorySession *directory,
                      QWidget *parent = nullptr);

    // The scope as edited; call only when problems() is empty.
    Scope scope() const;
    Choice choice() const { return m_choice; }
    // Every refusal currently shown, one per field; empty when the scope can be saved.
    QStringList problems() const;

    Ipv4RangeRow *addIpv4Row(const QString &text = {});
    Ipv6PrefixRow *addIpv6Row(const QString &prefix = {}, const QString &length = {});

private:
    QWidget *createActiveDirectorySection(const Scope &scope, ActiveDirectorySession *directory);
    QWidget *createIpSection(const Scope &scope);
    QWidget *createAdvancedSection(const Scope &scope);
    // A list of rows under its label, with the button that adds one: the list's layout.
    QVBoxLayout *addRowList(QVBoxLayout *layout, const QString &label, const QString &addText,
                            const QString &addName, const std::function<void()> &add);
    void addRow(RangeRow *row, QVBoxLayout *rows);
    void revalidate();
    void accept(Choice choice);

    QCheckBox *m_onDemand = nullptr;
    ActiveDirectoryScopePanel *m_activeDirectory = nullptr;
    QCheckBox *m_ipEnabled = nullptr;
    QWidget *m_ipRows = nullptr;
    QVBoxLayout *m_ipv4Rows = nullptr;
    QVBoxLayout *m_ipv6Rows = nullptr;
    QLabel *m_total = nullptr;
    PortListEditor *m_ports = nullptr;
    QCheckBox *m_unreachableCheck = nullptr;
    QLineEdit *m_unreachablePort = nullptr;
    QLabel *m_unreachableError = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveAndReassess = nullptr;
    QPushButton *m_saveOnly = nullptr;
    Choice m_choice = Choice::SaveOnly;
};
