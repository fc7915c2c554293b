#pragma once

#include <QImage>
#include <QWidget>

class SubnetMap;

// The subnet map: a block of 65,536 addresses (IPv4 /16, IPv6 /112) as a 256×256 grid, one
// cell per address in its status's colour (StatusStyle), empty where no computer was found; or,
// zoomed, one line of it (a /24) as 16×16 larger cells. Hovering a cell names its computer,
// clicking it opens it, dragging from one cell to another selects the addresses between them
// (in address order) and opens those; the wheel (or + and −) zooms to the /24 under the cursor
// and back out. The
// whole block is one 256×256 image, scaled without smoothing, so it draws in a few milliseconds.
class SubnetMapView : public QWidget
{
    Q_OBJECT
public:
    explicit SubnetMapView(SubnetMap *map, QWidget *parent = nullptr);

    // -1: the whole block; otherwise the line (a /24) shown alone.
    void zoomTo(int line);
    int zoomedLine() const { return m_zoom; }
    // The cell (0-65,535) under `position`, or -1 outside the grid.
    int cellAt(const QPointF &position) const;
    // Where cell `cell` is drawn (empty when not shown at this zoom).
    QRectF cellRect(int cell) const;
    // The image of the whole block, as last drawn (for the benchmark and the tests).
    const QImage &image() const { return m_image; }
    // Remakes the image from the map's grid.
    void renderImage();

    QSize sizeHint() const override { return { 560, 560 }; }
    QSize minimumSizeHint() const override { return { 280, 280 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // A cell with a computer was clicked: its row in the results model.
    void computerActivated(int row);
    // Cells `first` to `last` (address order) were selected by dragging.
    void cellsSelected(int first, int last);
    void zoomChanged(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF gridArea() const;
    int columns() const; // cells per side at this zoom: 256, or 16 zoomed
    void paintSelection(QPainter &painter) const;
    void showTip(const QPointF &position, const QPoint &global);

    SubnetMap *m_map;
    QImage m_image;
    int m_zoom = -1;
    int m_pressed = -1; // the cell where a drag began
    int m_dragged = -1; // the cell it reached
    int m_hovered = -1; // the cell under the mouse, for + to zoom to
};
