#pragma once

#include <QDialog>

class CommandProgressView;
class RunningCommand;
class QPushButton;
class QTableWidget;

// A command's progress (CommandProgressView) in a window of its own. Not modal: the
// administrator keeps working while it runs, and can cancel what has not been sent yet.
class CommandProgressDialog : public QDialog
{
    Q_OBJECT

public:
    CommandProgressDialog(RunningCommand *run, const QString &title, QWidget *parent = nullptr);

    QTableWidget *table() const;
    QString summary() const;

private:
    CommandProgressView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
