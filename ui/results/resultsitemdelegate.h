#pragma once

#include <QStyledItemDelegate>

// How a cell of the results table is drawn: Security status with its badge (StatusStyle, the
// colour and glyph the tree and the overview show too), and a cell whose text the column is too
// narrow for, elided in the middle by the table (Detail, a sentence, at its end), gives its whole
// text as its tooltip; a cell shown whole keeps the row's tooltip (its Detail: why the computer
// has its status).
class ResultsItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // True when the text of `index` does not fit the cell `option` describes.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
