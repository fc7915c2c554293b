#include "help/helpdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// "&Run query" and the Japanese "クエリを実行(&R)" both read "…Run query" / "クエリを実行".
QString withoutMnemonic(QString text)
{
    static const QRegularExpression japaneseMnemonic(QStringLiteral("\\(&\\w\\)"));
    text.remove(japaneseMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}
} // namespace

HelpDialog::HelpDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(HelpText::title());
    setModal(false);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 680);
}

void HelpDialog::showPage(const Scope &scope)
{
    m_browser->setHtml(HelpText::toHtml(HelpText::sections(scope, shortcutsOf(m_window))));
    show();
    raise();
    activateWindow();
}

QVector<HelpShortcut> HelpDialog::shortcutsOf(const QWidget *window)
{
    QVector<HelpShortcut> shortcuts;
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                shortcuts.append({ withoutMnemonic(action->text()), keys });
        }
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        // A QShortcut has no text of its own: it says what it does in its "What's This?".
        const QString what = shortcut->whatsThis();
        for (const QKeySequence &keys : shortcut->keys()) {
            if (!keys.isEmpty())
                shortcuts.append({ what, keys });
        }
    }
    return shortcuts;
}
