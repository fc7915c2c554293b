#include "style/statusstyle.h"

#include "style/colourscheme.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <functional>

namespace {

// The glyph inside the disc, in a 1×1 box: a tick, an arrow to elsewhere, a cross, a dash, a
// question mark drawn as strokes (a font's "?" may be missing on a bare machine).
QPainterPath glyph(SecurityStatus status)
{
    QPainterPath path;
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        path.moveTo(0.28, 0.52);
        path.lineTo(0.44, 0.68);
        path.lineTo(0.72, 0.34);
        break;
    case SecurityStatus::ManagedByAnotherServer:
        path.moveTo(0.28, 0.5);
        path.lineTo(0.72, 0.5);
        path.moveTo(0.55, 0.33);
        path.lineTo(0.72, 0.5);
        path.lineTo(0.55, 0.67);
        break;
    case SecurityStatus::NoClientInstalled:
        path.moveTo(0.33, 0.33);
        path.lineTo(0.67, 0.67);
        path.moveTo(0.67, 0.33);
        path.lineTo(0.33, 0.67);
        break;
    case SecurityStatus::Unreachable:
        path.moveTo(0.3, 0.5);
        path.lineTo(0.7, 0.5);
        break;
    case SecurityStatus::UnresolvedAd:
        path.moveTo(0.36, 0.38);
        path.cubicTo(0.36, 0.22, 0.64, 0.22, 0.64, 0.38);
        path.cubicTo(0.64, 0.5, 0.5, 0.5, 0.5, 0.6);
        path.moveTo(0.5, 0.72);
        path.lineTo(0.5, 0.74);
        break;
    }
    return path;
}

// An icon drawn at whatever size is asked: a badge of one colour (fainter when disabled) with a
// white mark, both drawn by `draw` into the centred square `box`.
class BadgeIconEngine : public QIconEngine
{
public:
    using Draw = std::function<void(QPainter *painter, const QRectF &box)>;

    BadgeIconEngine(QColor fill, Draw draw)
        : m_fill(fill)
        , m_draw(std::move(draw))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        QColor fill = m_fill;
        if (mode == QIcon::Disabled)
            fill.setAlphaF(0.4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        m_draw(painter, box);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new BadgeIconEngine(m_fill, m_draw); }

private:
    QColor m_fill;
    Draw m_draw;
};

// A disc with the status's glyph as a white stroke.
void drawStatus(SecurityStatus status, QPainter *painter, const QRectF &box)
{
    const qreal side = box.width();
    painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
    QTransform toBox;
    toBox.translate(box.x(), box.y());
    toBox.scale(side, side);
    painter->setPen(
        QPen(Qt::white, std::max(2.0, side * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(toBox.map(glyph(status)));
}

// A padlock in a rounded square: the shackle as a stroke, the body filled white.
void drawQuarantine(QuarantineState::State state, QPainter *painter, const QRectF &box)
{
    const qreal side = box.width();
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), side * 0.2, side * 0.2);
    const auto at = [&box, side](qreal x, qreal y) {
        return QPointF(box.x() + x * side, box.y() + y * side);
    };
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(at(0.3, 0.48), at(0.7, 0.78)));
    painter->setPen(QPen(Qt::white, std::max(1.5, side * 0.09), Qt::SolidLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(at(0.38, 0.48));
    shackle.lineTo(at(0.38, 0.36));
    shackle.cubicTo(at(0.38, 0.2), at(0.62, 0.2), at(0.62, 0.36));
    if (state == QuarantineState::State::Quarantined)
        shackle.lineTo(at(0.62, 0.48)); // closed; pending: open on one side
    painter->drawPath(shackle);
}

} // namespace

QColor StatusStyle::quarantineColor(QuarantineState::State state)
{
    switch (state) {
    case QuarantineState::State::Quarantined:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple: cut off on purpose
    case QuarantineState::State::Pending:
        return QColor(0x56, 0xB4, 0xE9); // sky blue: warned, not yet cut off
    case QuarantineState::State::Released:
        break;
    }
    return {};
}

QIcon StatusStyle::quarantineIcon(QuarantineState::State state)
{
    if (state == QuarantineState::State::Released)
        return {};
    return QIcon(
        new BadgeIconEngine(quarantineColor(state), [state](QPainter *painter, const QRectF &box) {
            drawQuarantine(state, painter, box);
        }));
}

QColor StatusStyle::color(SecurityStatus status)
{
    // On a dark palette a colour too dark to stand out (the blue) is lightened until it does.
    const QPalette palette = QGuiApplication::palette();
    const QColor base = baseColor(status);
    return ColourScheme::isDark(palette)
        ? ColourScheme::legibleOn(base, palette.color(QPalette::Window))
        : base;
}

QColor StatusStyle::baseColor(SecurityStatus status)
{
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        return QColor(0x00, 0x9E, 0x73); // bluish green: protected
    case SecurityStatus::ManagedByAnotherServer:
        return QColor(0x00, 0x72, 0xB2); // blue: protected, but elsewhere
    case SecurityStatus::NoClientInstalled:
        return QColor(0xD5, 0x5E, 0x00); // vermillion: the hole to close first
    case SecurityStatus::Unreachable:
        return QColor(0x80, 0x80, 0x80); // grey: nothing known
    case SecurityStatus::UnresolvedAd:
        return QColor(0xE6, 0x9F, 0x00); // orange: needs a look
    }
    return QColor(Qt::gray);
}

QIcon StatusStyle::icon(SecurityStatus status)
{
    return QIcon(new BadgeIconEngine(color(status), [status](QPainter *painter, const QRectF &box) {
        drawStatus(status, painter, box);
    }));
}
