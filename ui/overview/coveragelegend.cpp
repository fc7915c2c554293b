#include "overview/coveragelegend.h"

#include "coveragemodel.h"
#include "overview/sharebar.h"
#include "style/colourscheme.h"
#include "style/statusstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

CoverageLegend::CoverageLegend(CoverageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("coverageLegend"));
    setAccessibleName(tr("Computers per security status"));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    auto *countHeader = new QLabel(tr("Computers"));
    auto *shareHeader = new QLabel(tr("Share"));
    m_changeHeader = new QLabel(tr("Since the previous query"));
    grid->addWidget(countHeader, 0, 2, Qt::AlignRight);
    grid->addWidget(shareHeader, 0, 3);
    grid->addWidget(m_changeHeader, 0, 4, Qt::AlignRight);
    int row = 1;
    for (SecurityStatus status : SecurityStatuses::all)
        addRow(status, row++);
    grid->setRowStretch(row, 1);
    connect(model, &QAbstractItemModel::modelReset, this, &CoverageLegend::refresh);
    refresh();
}

void CoverageLegend::addRow(SecurityStatus status, int row)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const QString key = toKey(status);
    auto *icon = new QLabel;
    const int side = fontMetrics().height() + 4;
    icon->setPixmap(StatusStyle::icon(status).pixmap(QSize(side, side)));
    auto *name = new QLabel(displayName(status));
    Row widgets;
    widgets.count = new QToolButton;
    widgets.count->setObjectName(QStringLiteral("count-") + key);
    widgets.count->setAutoRaise(true);
    widgets.count->setCursor(Qt::PointingHandCursor);
    QFont bold = widgets.count->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    widgets.count->setFont(bold);
    QPalette colored = widgets.count->palette();
    // A shade darker on a light palette, for text; as it is on a dark one, where darker would
    // fade into the window.
    const QColor color = StatusStyle::color(status);
    colored.setColor(QPalette::ButtonText,
                     ColourScheme::isDark(colored) ? color : color.darker(115));
    widgets.count->setPalette(colored);
    widgets.count->setToolTip(tr("Show these computers in the results"));
    widgets.count->setAccessibleName(tr("%1: computers").arg(displayName(status)));
    connect(widgets.count, &QToolButton::clicked, this,
            [this, status] { emit countActivated(status); });
    auto *share = new ShareBar(StatusStyle::color(status));
    share->setObjectName(QStringLiteral("share-") + key);
    share->setAccessibleName(tr("%1: share of the computers found").arg(displayName(status)));
    widgets.share = share;
    widgets.change = new QToolButton;
    widgets.change->setObjectName(QStringLiteral("change-") + key);
    widgets.change->setAutoRaise(true);
    widgets.change->setCursor(Qt::PointingHandCursor);
    widgets.change->setToolTip(tr("Show what changed since the previous query"));
    widgets.change->setAccessibleName(
        tr("%1: change since the previous query").arg(displayName(status)));
    connect(widgets.change, &QToolButton::clicked, this,
            [this, status] { emit changeActivated(status); });
    grid->addWidget(icon, row, 0);
    grid->addWidget(name, row, 1);
    grid->addWidget(widgets.count, row, 2, Qt::AlignRight);
    grid->addWidget(share, row, 3);
    grid->addWidget(widgets.change, row, 4, Qt::AlignRight);
    m_rows.emplace(status, widgets);
}

void CoverageLegend::refresh()
{
    const QLocale locale;
    const qint64 total = m_model->total();
    const bool compared = m_model->previous().has_value();
    m_changeHeader->setVisible(compared);
    for (const auto &[status, row] : m_rows) {
        const qint64 count = m_model->count(status);
        row.count->setText(locale.toString(count));
        row.count->setEnabled(m_model->latest().has_value());
        static_cast<ShareBar *>(row.share)->setShare(total == 0 ? 0.0
                                                                : double(count) / double(total));
        const std::optional<qint64> change = m_model->change(status);
        row.change->setVisible(compared);
        row.change->setText(change ? CoverageModel::changeText(*change) : QString());
        row.change->setEnabled(change && *change != 0);
    }
}
