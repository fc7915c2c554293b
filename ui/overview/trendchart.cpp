#include "overview/trendchart.h"

#include "style/statusstyle.h"
#include "trendmodel.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace {
constexpr qreal pointRadius = 3.5;
constexpr qreal hitDistance = 10.0;
} // namespace

TrendChart::TrendChart(TrendModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("trendChart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_hovered = -1;
        m_ceiling = roundCeiling(m_model->highest());
        m_areaFor = QSize();
        updateAccessibleText();
        update();
    });
    m_ceiling = roundCeiling(m_model->highest());
    updateAccessibleText();
}

void TrendChart::updateAccessibleText()
{
    setAccessibleName(tr("Trends"));
    setAccessibleDescription(tr("%n stored query(s) shown; click a query to open its results",
                                nullptr, m_model->rowCount()));
}

QRectF TrendChart::plotArea() const
{
    if (m_areaFor == size())
        return m_area;
    const QFontMetrics metrics = fontMetrics();
    const qreal left = metrics.horizontalAdvance(QLocale().toString(ceiling())) + 12;
    m_area = QRectF(left, metrics.height(), width() - left - 16,
                    height() - metrics.height() * 3.0 - 4);
    m_areaFor = size();
    return m_area;
}

qint64 TrendChart::roundCeiling(qint64 counted)
{
    const qint64 highest = std::max<qint64>(counted, 4);
    // A step of 1 to 10 times a power of ten, the smallest that holds the highest count in four
    // steps, so that the grid lines are round numbers and the lines use most of the height.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(highest) / 4.0)));
    for (double step : { 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 }) {
        const double gridStep = step * magnitude;
        if (gridStep != std::floor(gridStep))
            continue; // counts are whole: a grid line at 2.5 computers would read "2"
        if (gridStep * 4.0 >= double(highest))
            return qint64(gridStep * 4.0);
    }
    return highest;
}

qreal TrendChart::xOf(int row) const
{
    const QRectF area = plotArea();
    const int rows = m_model->rowCount();
    if (rows == 1)
        return area.center().x();
    const qint64 first = m_model->query(0).startedAt.toMSecsSinceEpoch();
    const qint64 last = m_model->query(rows - 1).startedAt.toMSecsSinceEpoch();
    if (last == first)
        return area.left() + area.width() * row / (rows - 1);
    const qint64 at = m_model->query(row).startedAt.toMSecsSinceEpoch();
    return area.left() + area.width() * double(at - first) / double(last - first);
}

QPointF TrendChart::pointOf(int row, SecurityStatus status) const
{
    const QRectF area = plotArea();
    const qint64 count = m_model->query(row).statusCounts.value(status, 0);
    return { xOf(row), area.bottom() - area.height() * double(count) / double(ceiling()) };
}

int TrendChart::rowAt(const QPointF &position) const
{
    int nearest = -1;
    qreal distance = hitDistance;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qreal away = std::abs(xOf(row) - position.x());
        if (away <= distance) {
            distance = away;
            nearest = row;
        }
    }
    return nearest;
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    if (m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_model->containerCountsPending()
                             ? tr("Counting the computers of this AD container…")
                             : m_model->days() > 0
                             ? tr("No completed query of this scope in the last %n day(s).",
                                  nullptr, m_model->days())
                             : tr("No completed query of this scope is stored."));
        return;
    }
    paintAxes(painter, area);
    if (m_hovered >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawLine(QPointF(xOf(m_hovered), area.top()),
                         QPointF(xOf(m_hovered), area.bottom()));
    }
    paintLines(painter);
}

void TrendChart::paintAxes(QPainter &painter, const QRectF &area) const
{
    const QLocale locale;
    const qint64 top = ceiling();
    const QColor grid = palette().color(QPalette::Midlight);
    const QColor text = palette().color(QPalette::PlaceholderText);
    for (int step = 0; step <= 4; ++step) {
        const qreal y = area.bottom() - area.height() * step / 4.0;
        painter.setPen(grid);
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - 10, area.left() - 6, 20), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(top * step / 4));
    }
    // The first and last query's dates under the axis, and the middle one's when there is room.
    const int rows = m_model->rowCount();
    QVector<int> labelled { 0 };
    if (rows > 2)
        labelled << rows / 2;
    if (rows > 1)
        labelled << rows - 1;
    const qreal labelWidth = 160;
    for (int row : labelled) {
        const QString date = locale.toString(m_model->query(row).startedAt.toLocalTime().date(),
                                             QLocale::ShortFormat);
        const qreal x = std::clamp(xOf(row) - labelWidth / 2, 0.0, width() - labelWidth);
        Qt::Alignment align = Qt::AlignHCenter;
        if (xOf(row) - labelWidth / 2 < 0)
            align = Qt::AlignLeft;
        else if (xOf(row) + labelWidth / 2 > width())
            align = Qt::AlignRight;
        painter.drawText(QRectF(x, area.bottom() + 4, labelWidth, fontMetrics().height()),
                         align | Qt::AlignTop, date);
    }
}

void TrendChart::paintLines(QPainter &painter) const
{
    const int rows = m_model->rowCount();
    for (SecurityStatus status : SecurityStatuses::all) {
        bool seen = false;
        for (int row = 0; row < rows && !seen; ++row)
            seen = m_model->query(row).statusCounts.value(status, 0) > 0;
        if (!seen)
            continue; // a status no query found would only lie flat on the axis
        const QColor color = StatusStyle::color(status);
        QPainterPath line;
        line.moveTo(pointOf(0, status));
        for (int row = 1; row < rows; ++row)
            line.lineTo(pointOf(row, status));
        painter.setPen(QPen(color, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (int row = 0; row < rows; ++row) {
            const qreal radius = row == m_hovered ? pointRadius * 1.6 : pointRadius;
            painter.drawEllipse(pointOf(row, status), radius, radius);
        }
    }
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (row != m_hovered) {
        m_hovered = row;
        update();
    }
    if (row < 0) {
        QToolTip::hideText();
        setCursor(Qt::ArrowCursor);
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const QLocale locale;
    const QueryRecord &query = m_model->query(row);
    QString tip = QStringLiteral("<b>%1</b>")
                      .arg(locale.toString(query.startedAt.toLocalTime(), QLocale::ShortFormat)
                               .toHtmlEscaped());
    for (SecurityStatus status : SecurityStatuses::all) {
        tip += QStringLiteral("<br><span style=\"color:%1\">&#9679;</span> %2: %3")
                   .arg(StatusStyle::color(status).name(), displayName(status).toHtmlEscaped(),
                        locale.toString(query.statusCounts.value(status, 0)));
    }
    tip += QStringLiteral("<br><i>%1</i>").arg(tr("Click to open this query's results"));
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position());
    if (row >= 0)
        emit queryActivated(m_model->query(row).id);
}

void TrendChart::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
}
