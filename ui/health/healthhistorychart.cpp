#include "health/healthhistorychart.h"

#include "health/healthstyle.h"
#include "healthcountsmodel.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

HealthHistoryChart::HealthHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthHistoryChart"));
    setAccessibleName(tr("Health across past queries"));
}

void HealthHistoryChart::setPoints(QVector<HealthHistoryPoint> points)
{
    m_points = std::move(points);
    // What a screen reader and a test can read, as the bars show it.
    QStringList lines;
    for (const HealthHistoryPoint &point : std::as_const(m_points))
        lines << tr("Query %1: %2 need attention of %3")
                     .arg(point.queryId)
                     .arg(point.counts[int(HealthState::NeedsAttention)])
                     .arg(point.total());
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    update();
}

void HealthHistoryChart::paintLegend(QPainter &painter, const QRect &area) const
{
    int x = area.left();
    const int box = painter.fontMetrics().height() - 4;
    for (HealthState state : HealthCountsModel::columnStates) {
        const QString name = HealthKeys::displayName(state);
        painter.fillRect(QRect(x, area.top() + 2, box, box), HealthStyle::color(state));
        x += box + 4;
        painter.drawText(QRect(x, area.top(), area.right() - x, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += painter.fontMetrics().horizontalAdvance(name) + 16;
    }
}

void HealthHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const int line = painter.fontMetrics().height();
    const QRect legend(0, 0, width(), line);
    paintLegend(painter, legend);
    // The plot under the legend, with room for the query numbers below and the scale left.
    const int scaleWidth = painter.fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 6;
    const QRect plot(scaleWidth, line + 6, width() - scaleWidth - 4, height() - 2 * line - 12);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_points.isEmpty() || plot.height() < 10) {
        painter.drawText(plot, Qt::AlignCenter, tr("No health gathered yet"));
        return;
    }
    int most = 1;
    for (const HealthHistoryPoint &point : std::as_const(m_points))
        most = std::max(most, point.total());
    painter.drawText(QRect(0, plot.top() - line / 2, scaleWidth - 4, line),
                     Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(most));
    painter.drawText(QRect(0, plot.bottom() - line / 2, scaleWidth - 4, line),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const double slot = double(plot.width()) / double(m_points.size());
    const double bar = std::max(2.0, std::min(slot * 0.7, 48.0));
    const int labelEvery
        = std::max(1,
                   int(std::ceil(painter.fontMetrics().horizontalAdvance(QStringLiteral("#0000"))
                                 / std::max(slot, 1.0))));
    for (int i = 0; i < m_points.size(); ++i) {
        const HealthHistoryPoint &point = m_points.at(i);
        const double x = plot.left() + slot * i + (slot - bar) / 2;
        double y = plot.bottom();
        for (HealthState state : HealthCountsModel::columnStates) {
            const double h = double(plot.height()) * point.counts[int(state)] / most;
            painter.fillRect(QRectF(x, y - h, bar, h), HealthStyle::color(state));
            y -= h;
        }
        if (i % labelEvery == 0 || i == m_points.size() - 1)
            painter.drawText(
                QRectF(plot.left() + slot * i - 20, plot.bottom() + 2, slot + 40, line),
                Qt::AlignHCenter | Qt::AlignTop, tr("#%1").arg(point.queryId));
    }
}
