#include "diagnose/diagnosisstepsview.h"

#include <QHeaderView>

namespace {

using Outcome = DiagnosisStep::Outcome;

QString mark(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("\u2713");
    case Outcome::Failed:
        return QStringLiteral("\u2717");
    case Outcome::Skipped:
        return QStringLiteral("\u2013");
    case Outcome::Pending:
        break;
    }
    return QStringLiteral("\u2026");
}

QColor colour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QColor(0x1e, 0x84, 0x49);
    case Outcome::Failed:
        return QColor(0xc0, 0x39, 0x2b);
    case Outcome::Skipped:
    case Outcome::Pending:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace

DiagnosisStepsView::DiagnosisStepsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("diagnosisSteps"));
    setColumnCount(3);
    setHeaderLabels({ QString(), tr("Step"), tr("Result") });
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void DiagnosisStepsView::showPlanned(const QVector<DiagnosisStep> &steps)
{
    clear();
    for (const DiagnosisStep &step : steps) {
        auto *item = new QTreeWidgetItem(
            this, { mark(Outcome::Pending), DiagnosisStep::title(step.kind), tr("waiting") });
        item->setData(0, OutcomeRole, int(Outcome::Pending));
        item->setData(0, KindRole, DiagnosisStep::key(step.kind));
        item->setForeground(2, colour(Outcome::Pending));
    }
    if (QTreeWidgetItem *first = topLevelItem(0))
        first->setText(2, tr("running…"));
}

void DiagnosisStepsView::showStep(int index, const DiagnosisStep &step)
{
    QTreeWidgetItem *item = topLevelItem(index);
    if (!item)
        return;
    qDeleteAll(item->takeChildren());
    item->setText(0, mark(step.outcome));
    item->setText(2, step.seen);
    item->setToolTip(2, step.seen);
    item->setData(0, OutcomeRole, int(step.outcome));
    item->setForeground(0, colour(step.outcome));
    item->setForeground(2, colour(step.outcome));
    if (step.outcome == Outcome::Failed) {
        for (const auto &[label, text] :
             { qMakePair(tr("Cause"), step.cause), qMakePair(tr("What to do"), step.remedy) }) {
            auto *child = new QTreeWidgetItem(item, { QString(), label, text });
            child->setToolTip(2, text);
        }
        item->setExpanded(true);
    }
    if (QTreeWidgetItem *next = topLevelItem(index + 1);
        next && next->data(0, OutcomeRole).toInt() == int(Outcome::Pending))
        next->setText(2, tr("running…"));
    scrollToItem(item);
}
