#pragma once

#include "endpoint/securitystatus.h"

#include <QWidget>

#include <map>

class CoverageModel;
class QLabel;
class QToolButton;

// The overview's legend: a row per security status with its icon, its name, its count (a
// button: the results narrowed to that status), its share as a bar in its colour, and the change
// since the previous query (a button: what changed). Colours and icons from StatusStyle.
class CoverageLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageLegend(CoverageModel *model, QWidget *parent = nullptr);

    QToolButton *countButton(SecurityStatus status) const { return m_rows.at(status).count; }
    QToolButton *changeButton(SecurityStatus status) const { return m_rows.at(status).change; }

signals:
    void countActivated(SecurityStatus status);
    void changeActivated(SecurityStatus status);

private:
    struct Row
    {
        QToolButton *count = nullptr;
        QWidget *share = nullptr;
        QToolButton *change = nullptr;
    };
    void addRow(SecurityStatus status, int row);
    void refresh();

    CoverageModel *m_model;
    std::map<SecurityStatus, Row> m_rows;
    QLabel *m_changeHeader = nullptr;
};
