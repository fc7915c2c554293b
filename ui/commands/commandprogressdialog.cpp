#include "commands/commandprogressdialog.h"

#include "commandsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { AddressColumn, NameColumn, OutcomeColumn, DetailColumn, ColumnCount };
}

CommandProgressDialog::CommandProgressDialog(RunningCommand *run, const QString &title,
                                             QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_table(new QTableWidget(0, ColumnCount))
{
    setObjectName(QStringLiteral("commandProgressDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_table->setObjectName(QStringLiteral("commandOutcomes"));
    m_table->setHorizontalHeaderLabels(
        { tr("Address"), tr("Computer"), tr("Outcome"), tr("Detail") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_progress->setRange(0, run->total());
    m_progress->setValue(0);

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: computers already contacted finish first..."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table);
    layout->addWidget(buttons);

    // One row per computer from the start, so the administrator sees what is waiting.
    const int total = run->total();
    m_table->setRowCount(total);
    m_status->setText(tr("Sending to %n computers...", nullptr, total));
    connect(run, &RunningCommand::targetFinished, this, &CommandProgressDialog::showOutcome);
    connect(run, &RunningCommand::finished, this, &CommandProgressDialog::showEnd);
    resize(760, 420);
}

void CommandProgressDialog::showOutcome(const TargetOutcome &outcome, int finishedCount)
{
    const QString key
        = outcome.target.address + QLatin1Char(':') + QString::number(outcome.target.port);
    int row = m_rowOfAddress.value(key, -1);
    if (row < 0) {
        row = int(m_rowOfAddress.size());
        m_rowOfAddress.insert(key, row);
    }
    m_table->setItem(row, AddressColumn, new QTableWidgetItem(outcome.target.address));
    m_table->setItem(row, NameColumn, new QTableWidgetItem(outcome.target.name));
    m_table->setItem(row, OutcomeColumn,
                     new QTableWidgetItem(TargetOutcome::displayName(outcome.kind)));
    m_table->setItem(row, DetailColumn, new QTableWidgetItem(outcome.detail));
    m_progress->setValue(finishedCount);
}

void CommandProgressDialog::showEnd(const QVector<TargetOutcome> &outcomes,
                                    const QString &auditError)
{
    m_table->setRowCount(int(outcomes.size()));
    for (const TargetOutcome &outcome : outcomes)
        showOutcome(outcome, m_progress->value());
    m_progress->setValue(m_progress->maximum());
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    QString text = summary();
    if (!auditError.isEmpty())
        text += QLatin1Char('\n')
            + tr("The audit log could not record this command: %1").arg(auditError);
    m_status->setText(text);
}

QString CommandProgressDialog::summary() const
{
    QMap<QString, int> counts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, OutcomeColumn))
            ++counts[item->text()];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}
