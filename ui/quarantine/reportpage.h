#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

// The shape the quarantine reports share (Computer Quarantine Status, Detections): a title, a
// status line with a Refresh button, and the table. A session reads on its worker; the page
// only shows, and asks it again with refresh().
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    // Says it is reading, then asks the session again (readAgain()).
    void refresh();

protected:
    // `name` prefixes the object names: the page (namePage), its table (nameTable), its status
    // line (nameSummary) and its button (nameRefresh).
    ReportPage(const QString &name, const QString &title, QAbstractItemModel *model,
               QWidget *parent);

    virtual void readAgain() = 0;
    void setStatus(const QString &text);

private:
    QTableView *m_table;
    QLabel *m_status;
};
