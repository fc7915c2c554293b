#pragma once

#include "store/queryrecord.h"
#include "store/resultchanges.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

// *Changes since the previous query*: four tabs, each with its count, for the endpoints that
// became unprotected, became protected, appeared and disappeared (ResultChanges). Shows what it
// is given; QueryComparison computes it off the GUI thread.
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { BecameUnprotected, BecameProtected, Appeared, Disappeared };

    explicit ChangesView(QWidget *parent = nullptr);

    void setChanges(const ResultChanges &changes, const QueryRecord &previous,
                    const QueryRecord &current);
    // The first query has nothing to compare with.
    void setNoPreviousQuery(const QueryRecord &current);

    QTreeWidget *list(Tab tab) const;

private:
    QTreeWidget *createList(const QString &objectName, bool withBefore);
    void setTabCount(Tab tab, qsizetype count);

    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_lists[4] = {};
};
