#include "overview/subnetmapview.h"

#include "resultsmodel.h"
#include "style/statusstyle.h"
#include "subnetmap.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <array>

namespace {
constexpr int zoomedSide = 16; // a /24 zoomed: 16 lines of 16 addresses
} // namespace

SubnetMapView::SubnetMapView(SubnetMap *map, QWidget *parent)
    : QWidget(parent)
    , m_map(map)
{
    setObjectName(QStringLiteral("subnetMap"));
    setAccessibleName(tr("Subnet map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(map, &SubnetMap::changed, this, [this] {
        renderImage();
        update();
    });
    renderImage();
}

void SubnetMapView::renderImage()
{
    // One colour per status byte; the empty cell a faint tone of the window.
    std::array<QRgb, 256> colors;
    colors.fill(palette().color(QPalette::Base).darker(108).rgb());
    for (SecurityStatus status : SecurityStatuses::all)
        colors[size_t(status)] = StatusStyle::color(status).rgb();
    if (m_image.isNull())
        m_image = QImage(SubnetGrid::side, SubnetGrid::side, QImage::Format_RGB32);
    const std::vector<quint8> &statuses = m_map->grid().statuses();
    for (int y = 0; y < SubnetGrid::side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const quint8 *cells = statuses.data() + size_t(y) * SubnetGrid::side;
        for (int x = 0; x < SubnetGrid::side; ++x)
            line[x] = colors[cells[x]];
    }
    const std::optional<SubnetBlock> block = m_map->block();
    setAccessibleDescription(
        block ? tr("%1: %n computer(s) found", nullptr, int(m_map->grid().found()))
                    .arg(block->toString())
              : tr("No computer with an address is shown"));
}

void SubnetMapView::zoomTo(int line)
{
    m_zoom = std::clamp(line, -1, SubnetGrid::side - 1);
    m_pressed = m_dragged = -1;
    update();
    emit zoomChanged(m_zoom);
}

int SubnetMapView::columns() const
{
    return m_zoom < 0 ? SubnetGrid::side : zoomedSide;
}

QRectF SubnetMapView::gridArea() const
{
    const qreal side = std::min(width(), height()) - 2;
    return { (width() - side) / 2.0, (height() - side) / 2.0, side, side };
}

int SubnetMapView::cellAt(const QPointF &position) const
{
    const QRectF area = gridArea();
    if (!area.contains(position) || !m_map->block())
        return -1;
    const int x
        = std::min(columns() - 1, int((position.x() - area.left()) * columns() / area.width()));
    const int y
        = std::min(columns() - 1, int((position.y() - area.top()) * columns() / area.height()));
    const int index = y * columns() + x;
    return m_zoom < 0 ? index : m_zoom * SubnetGrid::side + index;
}

QRectF SubnetMapView::cellRect(int cell) const
{
    int index = cell;
    if (m_zoom >= 0) {
        if (cell / SubnetGrid::side != m_zoom)
            return {};
        index = cell % SubnetGrid::side;
    }
    const QRectF area = gridArea();
    const qreal size = area.width() / columns();
    return { area.left() + (index % columns()) * size, area.top() + (index / columns()) * size,
             size, size };
}

void SubnetMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = gridArea();
    if (!m_map->block()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No computer with an address is shown. Run a query, or open one "
                            "from the history."));
        return;
    }
    if (m_zoom < 0) {
        painter.drawImage(area, m_image); // scaled without smoothing: every cell stays sharp
        // A faint line every 16 lines and columns, so a /24 and a /20 can be found by eye.
        QColor grid = palette().color(QPalette::Window);
        grid.setAlpha(90);
        painter.setPen(QPen(grid, 1));
        for (int step = 16; step < SubnetGrid::side; step += 16) {
            const qreal at = area.width() * step / SubnetGrid::side;
            painter.drawLine(QPointF(area.left() + at, area.top()),
                             QPointF(area.left() + at, area.bottom()));
            painter.drawLine(QPointF(area.left(), area.top() + at),
                             QPointF(area.right(), area.top() + at));
        }
    } else {
        const QRgb *line = reinterpret_cast<const QRgb *>(m_image.constScanLine(m_zoom));
        QFont small = font();
        small.setPixelSize(std::max(8, int(area.width() / zoomedSide / 3.2)));
        painter.setFont(small);
        for (int index = 0; index < SubnetGrid::side; ++index) {
            const QRectF cell = cellRect(m_zoom * SubnetGrid::side + index).adjusted(1, 1, -1, -1);
            painter.fillRect(cell, QColor(line[index]));
            painter.setPen(m_map->grid().has(m_zoom * SubnetGrid::side + index)
                               ? QColor(Qt::white)
                               : palette().color(QPalette::PlaceholderText));
            painter.drawText(cell, Qt::AlignCenter, QString::number(index));
        }
    }
    paintSelection(painter);
}

void SubnetMapView::paintSelection(QPainter &painter) const
{
    if (m_pressed < 0 || m_dragged < 0 || m_pressed == m_dragged)
        return;
    const int first = std::min(m_pressed, m_dragged);
    const int last = std::max(m_pressed, m_dragged);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    // The run of addresses from first to last, line by line of the grid.
    const int perLine = columns();
    const int base = m_zoom < 0 ? 0 : m_zoom * SubnetGrid::side;
    for (int start = first; start <= last;) {
        const int lineEnd = base + ((start - base) / perLine + 1) * perLine - 1;
        const int end = std::min(last, lineEnd);
        const QRectF from = cellRect(start);
        const QRectF to = cellRect(end);
        painter.drawRect(QRectF(from.topLeft(), to.bottomRight()));
        start = end + 1;
    }
}

void SubnetMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressed = m_dragged = cellAt(event->position());
    else if (event->button() == Qt::RightButton && m_zoom >= 0)
        zoomTo(-1);
}

void SubnetMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed >= 0 && (event->buttons() & Qt::LeftButton)) {
        const int cell = cellAt(event->position());
        if (cell >= 0 && cell != m_dragged) {
            m_dragged = cell;
            update();
        }
        return;
    }
    showTip(event->position(), event->globalPosition().toPoint());
}

void SubnetMapView::showTip(const QPointF &position, const QPoint &global)
{
    const int cell = cellAt(position);
    m_hovered = cell;
    if (cell < 0) {
        QToolTip::hideText();
        return;
    }
    const QString address = m_map->block()->address(cell);
    if (!m_map->grid().has(cell)) {
        QToolTip::showText(global, tr("%1: no computer found").arg(address), this);
        setCursor(Qt::CrossCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const Endpoint endpoint = m_map->results()->endpoint(m_map->grid().row(cell));
    const QString name = endpoint.name.isEmpty() ? tr("(no name)") : endpoint.name;
    QToolTip::showText(
        global,
        QStringLiteral("<b>%1</b><br>%2<br><span style=\"color:%3\">&#9679;</span> %4")
            .arg(name.toHtmlEscaped(), address.toHtmlEscaped(),
                 StatusStyle::color(endpoint.status).name(),
                 displayName(endpoint.status).toHtmlEscaped()),
        this);
}

void SubnetMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressed < 0)
        return;
    const int released = cellAt(event->position());
    const int first = m_pressed;
    const int last = released >= 0 ? released : m_dragged;
    m_pressed = m_dragged = -1;
    update();
    if (last < 0)
        return;
    if (first == last) {
        if (m_map->grid().has(first))
            emit computerActivated(m_map->grid().row(first));
        return;
    }
    emit cellsSelected(std::min(first, last), std::max(first, last));
}

void SubnetMapView::wheelEvent(QWheelEvent *event)
{
    const int cell = cellAt(event->position());
    if (event->angleDelta().y() > 0 && m_zoom < 0 && cell >= 0)
        zoomTo(cell / SubnetGrid::side);
    else if (event->angleDelta().y() < 0 && m_zoom >= 0)
        zoomTo(-1);
    event->accept();
}

void SubnetMapView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Escape || event->key() == Qt::Key_Minus) && m_zoom >= 0) {
        zoomTo(-1);
        return;
    }
    if ((event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) && m_zoom < 0) {
        zoomTo(std::max(0, m_hovered) / SubnetGrid::side);
        return;
    }
    QWidget::keyPressEvent(event);
}
