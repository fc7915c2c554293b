#pragma once

#include <QStyledItemDelegate>

// Draws StatusStyle's icon before an item that has a security status in `statusRole` and no
// icon of its own: the client tree's status groups and computers wear the colour and glyph the
// results badge and the overview wear. An item's own icon (a heartbeat state) wins. A label cut
// short by a narrow column is elided in the middle (its count stays readable) and shown whole
// as a tooltip, unless the item has a tooltip of its own.
class StatusIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusIconDelegate(int statusRole, QObject *parent = nullptr);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Whether the label of `index` does not fit the width `option` gives it.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};
