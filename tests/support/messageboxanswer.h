#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

#include <memory>

// Answers the next message box a test makes the console open (it opens inside the call that
// follows, so this polls until it is up). Returns what the box said: its text, its informative
// text (the computers a confirmation names) and each button's words as "[words]". Yes clicks the
// box's Yes or, on a confirmation, its verb button ("Quarantine 2 computers", the accept role);
// No clicks No or Cancel. Header-only: only GUI tests use it, and they link Qt Widgets.
inline std::shared_ptr<QString> answerNextMessageBox(QObject *context,
                                                     QMessageBox::StandardButton button)
{
    auto said = std::make_shared<QString>();
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [said, button, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        *said = box->text() + QLatin1Char('\n') + box->informativeText();
        QAbstractButton *answer = box->button(button);
        for (QAbstractButton *each : box->buttons()) {
            *said += QStringLiteral("\n[%1]").arg(each->text());
            if (!answer && button == QMessageBox::Yes
                && box->buttonRole(each) == QMessageBox::AcceptRole)
                answer = each;
        }
        if (!answer && button == QMessageBox::No)
            answer = box->button(QMessageBox::Cancel);
        answer->click();
    });
    poll->start();
    return said;
}
