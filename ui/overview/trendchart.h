#pragma once

#include "endpoint/securitystatus.h"

#include <QWidget>

class TrendModel;

// Trends as a line per security status over the stored queries of a TrendModel, each query a
// point at its start time, in the status colours (StatusStyle). Hovering near a query shows its
// counts; clicking there asks for its results. Painted with QPainter (docs/decisions.md).
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(TrendModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override { return { 600, 240 }; }
    QSize minimumSizeHint() const override { return { 240, 140 }; }

    // Where the point of the model's `row` for `status` is drawn, in widget coordinates.
    QPointF pointOf(int row, SecurityStatus status) const;
    // The model row drawn nearest to x = `position.x()`, if within a few pixels; -1 otherwise.
    int rowAt(const QPointF &position) const;

signals:
    void queryActivated(qint64 queryId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotArea() const;
    qreal xOf(int row) const;
    // The top of the y axis: a round number at or above the highest count, kept from the last
    // reset (the highest count walks every query, and every point's place needs it).
    qint64 ceiling() const { return m_ceiling; }
    static qint64 roundCeiling(qint64 highest);
    void paintAxes(QPainter &painter, const QRectF &area) const;
    void paintLines(QPainter &painter) const;
    void updateAccessibleText();

    TrendModel *m_model;
    int m_hovered = -1;
    qint64 m_ceiling = 4;
    // plotArea() for the size m_areaFor (its width depends on the fonts and the ceiling's text:
    // kept, since every point's place asks for it).
    mutable QSize m_areaFor;
    mutable QRectF m_area;
};
