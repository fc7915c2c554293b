#pragma once

#include <QStyledItemDelegate>

// Draws StatusStyle's icon before an item that has a security status in `statusRole` and no
// icon of its own: the client tree's status groups and computers wear the colour and glyph the
// results badge and the overview wear. An item's own icon (a heartbeat state) wins.
class StatusIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusIconDelegate(int statusRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};
