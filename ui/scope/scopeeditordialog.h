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
class QTabWidget;
class QVBoxLayout;
class Ipv4RangeRow;
class Ipv6PrefixRow;
class PortListEditor;
class RangeRow;

// The manual's Define screen for the Active Directory/IP Address Scope, in three tabs: IP
// ranges, Active Directory, Ports and checks. Invalid input is refused at the field, with the
// reason, once the field was left; neither Save button works until every field is valid. The
// total counts each address once (overlapping ranges are merged as a query merges them, and
// said so). Esc or Cancel with edits asks before it discards them.
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
    // Every refusal, one per field; empty when the scope can be saved. A new row nothing was
    // typed in is no refusal: it adds nothing.
    QStringList problems() const;
    // Whether anything differs from the scope the dialog opened with, typed text that is not
    // valid yet included.
    bool hasEdits() const;

    Ipv4RangeRow *addIpv4Row(const QString &text = {});
    Ipv6PrefixRow *addIpv6Row(const QString &prefix = {}, const QString &length = {});
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Esc, Cancel and the window's close: with edits, "Discard changes?" first.
    void reject() override;

private:
    QWidget *createActiveDirectoryTab(const Scope &scope, ActiveDirectorySession *directory);
    QWidget *createIpTab(const Scope &scope);
    QWidget *createPortsTab(const Scope &scope);
    // A list of rows under its label, with the button that adds one: the list's layout.
    QVBoxLayout *addRowList(QVBoxLayout *layout, const QString &label, const QString &addText,
                            const QString &addName, const std::function<void()> &add);
    void addRow(RangeRow *row, QVBoxLayout *rows);
    QList<RangeRow *> rows() const;
    // Rows in the order they are shown, IPv4 then IPv6.
    QList<RangeRow *> rowsOf(QVBoxLayout *list) const;
    void updateTabOrder();
    void revalidate();
    void showTotal();
    void accept(Choice choice);

    Scope m_original;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_onDemand = nullptr;
    ActiveDirectoryScopePanel *m_activeDirectory = nullptr;
    QCheckBox *m_ipEnabled = nullptr;
    QWidget *m_ipRows = nullptr;
    QVBoxLayout *m_ipv4Rows = nullptr;
    QVBoxLayout *m_ipv6Rows = nullptr;
    QPushButton *m_addIpv4 = nullptr;
    QPushButton *m_addIpv6 = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_overlap = nullptr;
    PortListEditor *m_ports = nullptr;
    QCheckBox *m_unreachableCheck = nullptr;
    QLineEdit *m_unreachablePort = nullptr;
    QLabel *m_unreachableError = nullptr;
    bool m_unreachableTouched = false;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveAndReassess = nullptr;
    QPushButton *m_saveOnly = nullptr;
    Choice m_choice = Choice::SaveOnly;
};
