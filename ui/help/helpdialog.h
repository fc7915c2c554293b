#pragma once

#include "help/helptext.h"

#include <QDialog>

class QTextBrowser;

// Help → Statuses and checks: non-modal, so the administrator reads it beside the results.
// Built again each time it is shown, so the shortcut list is the one the window has now.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // window: whose actions and shortcuts the keyboard section lists.
    explicit HelpDialog(QWidget *window);

    // Builds the page again for the saved scope, shows it and brings it to the front.
    void showPage(const Scope &scope);
    QTextBrowser *browser() const { return m_browser; }

    // The shortcuts that exist in window: its actions' and its QShortcuts', in menu order.
    static QVector<HelpShortcut> shortcutsOf(const QWidget *window);

private:
    QWidget *m_window;
    QTextBrowser *m_browser;
};
