#include "scope/connectionstepsview.h"

#include <QHeaderView>

namespace {

QString mark(ConnectionStep::Outcome outcome)
{
    switch (outcome) {
    case ConnectionStep::Outcome::Passed:
        return QStringLiteral("\u2713");
    case ConnectionStep::Outcome::Failed:
        return QStringLiteral("\u2717");
    case ConnectionStep::Outcome::NotTried:
        break;
    }
    return QStringLiteral("\u2013");
}

QColor colour(ConnectionStep::Outcome outcome)
{
    switch (outcome) {
    case ConnectionStep::Outcome::Passed:
        return QColor(0x1e, 0x84, 0x49);
    case ConnectionStep::Outcome::Failed:
        return QColor(0xc0, 0x39, 0x2b);
    case ConnectionStep::Outcome::NotTried:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace

ConnectionStepsView::ConnectionStepsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("adCheckSteps"));
    setColumnCount(3);
    setHeaderLabels({ QString(), tr("Step"), tr("Result") });
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setMaximumHeight(170);
    hide(); // until the first test
}

void ConnectionStepsView::showRunning(const QString &what)
{
    clear();
    auto *item = new QTreeWidgetItem(this, { QStringLiteral("…"), what, tr("testing…") });
    item->setForeground(2, colour(ConnectionStep::Outcome::NotTried));
    show();
}

void ConnectionStepsView::showSteps(const QVector<ConnectionStep> &steps)
{
    clear();
    for (const ConnectionStep &step : steps) {
        const QString result
            = step.outcome == ConnectionStep::Outcome::NotTried ? tr("not tried") : step.detail;
        auto *item = new QTreeWidgetItem(this, { mark(step.outcome), step.title, result });
        item->setForeground(0, colour(step.outcome));
        item->setForeground(2, colour(step.outcome));
        item->setToolTip(2, result);
        item->setData(0, Qt::UserRole, int(step.outcome));
    }
    show();
}
