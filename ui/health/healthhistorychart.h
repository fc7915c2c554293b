#pragma once

#include "healthdata.h"

#include <QWidget>

// The group's health across past queries (issue 12, point 3): one stacked bar per query, the
// computers in each overall state, oldest on the left, with a legend. Plain QPainter.
class HealthHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit HealthHistoryChart(QWidget *parent = nullptr);

    void setPoints(QVector<HealthHistoryPoint> points);
    const QVector<HealthHistoryPoint> &points() const { return m_points; }

    QSize sizeHint() const override { return { 480, 200 }; }
    QSize minimumSizeHint() const override { return { 240, 140 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLegend(QPainter &painter, const QRect &area) const;

    QVector<HealthHistoryPoint> m_points;
};
