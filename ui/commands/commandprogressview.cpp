#include "commands/commandprogressview.h"

#include "commandsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { AddressColumn, NameColumn, OutcomeColumn, DetailColumn, ColumnCount };
}

CommandProgressView::CommandProgressView(RunningCommand *run, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_table(new QTableWidget(0, ColumnCount))
{
    m_status->setObjectName(QStringLiteral("commandStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("commandOutcomes"));
    m_table->setHorizontalHeaderLabels(
        { tr("Address"), tr("Computer"), tr("Outcome"), tr("Detail") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_progress->setRange(0, run->total());
    m_progress->setValue(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table);

    // One row per computer from the start, so the administrator sees what is waiting.
    const int total = run->total();
    m_table->setRowCount(total);
    m_status->setText(tr("Sending to %n computers...", nullptr, total));
    connect(run, &RunningCommand::targetFinished, this, &CommandProgressView::showOutcome);
    connect(run, &RunningCommand::finished, this, &CommandProgressView::showEnd);
}

void CommandProgressView::cancel()
{
    if (m_finished)
        return;
    if (m_run)
        m_run->cancel();
    m_status->setText(tr("Cancelling: computers already contacted finish first..."));
}

void CommandProgressView::showOutcome(const TargetOutcome &outcome, int finishedCount)
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

void CommandProgressView::showEnd(const QVector<TargetOutcome> &outcomes, const QString &auditError)
{
    m_table->setRowCount(int(outcomes.size()));
    for (const TargetOutcome &outcome : outcomes)
        showOutcome(outcome, m_progress->value());
    m_progress->setValue(m_progress->maximum());
    QString text = summary();
    if (!auditError.isEmpty())
        text += QLatin1Char('\n')
            + tr("The audit log could not record this command: %1").arg(auditError);
    m_status->setText(text);
    m_finished = true;
    emit finished();
}

QString CommandProgressView::summary() const
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
