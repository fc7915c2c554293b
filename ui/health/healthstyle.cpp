#include "health/healthstyle.h"

#include "style/statusstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int side = 64; // drawn large, scaled down sharp by QIcon

QPainterPath glyph(HealthState state)
{
    QPainterPath path;
    switch (state) {
    case HealthState::Healthy: // a tick
        path.moveTo(0.28, 0.52);
        path.lineTo(0.44, 0.68);
        path.lineTo(0.72, 0.34);
        break;
    case HealthState::NeedsAttention: // an exclamation mark
        path.moveTo(0.5, 0.26);
        path.lineTo(0.5, 0.58);
        path.moveTo(0.5, 0.72);
        path.lineTo(0.5, 0.74);
        break;
    case HealthState::NoData: // a slash
        path.moveTo(0.3, 0.7);
        path.lineTo(0.7, 0.3);
        break;
    case HealthState::Untracked: // a dash
        path.moveTo(0.3, 0.5);
        path.lineTo(0.7, 0.5);
        break;
    }
    return path;
}

QPixmap disc(const QColor &fill, const QPainterPath &mark)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    painter.setPen(QPen(Qt::white, side * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(QTransform::fromScale(side, side).map(mark));
    return pixmap;
}

} // namespace

QColor HealthStyle::color(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return StatusStyle::color(SecurityStatus::ManagedByThisServer);
    case HealthState::NeedsAttention:
        return StatusStyle::color(SecurityStatus::NoClientInstalled);
    case HealthState::NoData:
        return StatusStyle::color(SecurityStatus::Unreachable);
    case HealthState::Untracked:
        return StatusStyle::color(SecurityStatus::ManagedByAnotherServer);
    }
    return StatusStyle::color(SecurityStatus::Unreachable);
}

QIcon HealthStyle::icon(HealthState state)
{
    return QIcon(disc(color(state), glyph(state)));
}

QIcon HealthStyle::settingsIcon(bool overlapping)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A cog: a ring with eight teeth, in the text colour of the grey palette entry.
    const QColor ink = StatusStyle::color(SecurityStatus::Unreachable).darker(150);
    painter.translate(side / 2.0, side / 2.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    for (int tooth = 0; tooth < 8; ++tooth) {
        painter.drawRect(QRectF(-4, -side * 0.45, 8, 12));
        painter.rotate(45);
    }
    painter.drawEllipse(QPointF(0, 0), side * 0.32, side * 0.32);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(0, 0), side * 0.13, side * 0.13);
    painter.resetTransform();
    if (overlapping) {
        // The mark of reference 001: settings overlap on a computer.
        const QPixmap mark
            = disc(color(HealthState::NeedsAttention), glyph(HealthState::NeedsAttention));
        painter.drawPixmap(QRect(side / 2, side / 2, side / 2, side / 2), mark);
    }
    return QIcon(pixmap);
}

QIcon HealthStyle::startServiceIcon()
{
    QPainterPath triangle;
    triangle.moveTo(0.4, 0.3);
    triangle.lineTo(0.7, 0.5);
    triangle.lineTo(0.4, 0.7);
    triangle.closeSubpath();
    QPixmap pixmap = disc(color(HealthState::Healthy), QPainterPath());
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(QTransform::fromScale(side, side).map(triangle));
    return QIcon(pixmap);
}
