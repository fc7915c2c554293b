#include "results/resultsitemdelegate.h"

#include "resultsmodel.h"
#include "style/statusstyle.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

void ResultsItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Detail is a sentence: its beginning says the most. Names, addresses and paths keep their
    // two ends (the table's middle elision).
    if (index.column() == ResultsModel::DetailColumn)
        option->textElideMode = Qt::ElideRight;
    if (index.column() != ResultsModel::StatusColumn)
        return;
    const QVariant status = index.data(ResultsModel::StatusRole);
    if (!status.isValid())
        return;
    option->icon = StatusStyle::icon(status.value<SecurityStatus>());
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

bool ResultsItemDelegate::isElided(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem full = option;
    initStyleOption(&full, index);
    if (full.text.isEmpty())
        return false;
    const QWidget *widget = full.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (!style)
        return false;
    // The room the style gives the text in this cell, against what the whole text needs.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &full, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return full.fontMetrics.horizontalAdvance(full.text) > textRect.width() - 2 * margin;
}

bool ResultsItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() && isElided(option, index)) {
        QToolTip::showText(event->globalPos(), index.data(Qt::DisplayRole).toString(), view,
                           option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
