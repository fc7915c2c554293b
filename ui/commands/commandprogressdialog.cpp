#include "commands/commandprogressdialog.h"

#include "commands/commandprogressview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

CommandProgressDialog::CommandProgressDialog(RunningCommand *run, const QString &title,
                                             QWidget *parent)
    : QDialog(parent)
    , m_view(new CommandProgressView(run))
{
    setObjectName(QStringLiteral("commandProgressDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_view->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view, &CommandProgressView::finished, this, [this] {
        m_cancel->setEnabled(false);
        m_close->setEnabled(true);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 420);
}

QTableWidget *CommandProgressDialog::table() const
{
    return m_view->table();
}

QString CommandProgressDialog::summary() const
{
    return m_view->summary();
}
