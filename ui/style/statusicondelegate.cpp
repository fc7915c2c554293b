#include "style/statusicondelegate.h"

#include "endpoint/securitystatus.h"
#include "style/statusstyle.h"

StatusIconDelegate::StatusIconDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{ }

void StatusIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features & QStyleOptionViewItem::HasDecoration)
        return;
    const QVariant status = index.data(m_statusRole);
    if (!status.canConvert<SecurityStatus>() || !status.isValid())
        return;
    option->icon = StatusStyle::icon(status.value<SecurityStatus>());
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}
